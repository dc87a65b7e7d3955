namespace Kjoretoyregister.Server.Forvaltning;

/// <summary>
/// The one place the server pays the slow password hash (<see cref="Integrasjonspassord"/>): the lookup
/// API's integration check, the forvaltning login and the pages that generate passwords share it, so
/// together they run at most one slow hash per core and cannot starve the rest of the server.
/// </summary>
public sealed class Tregehasher
{
    private readonly SemaphoreSlim plasser = new(Math.Max(1, Environment.ProcessorCount));
    private long verifiseringer;

    /// <summary>Slow-hash verifications started since the server started (what a flood of guesses costs; read by tests and metrics).</summary>
    public long Verifiseringer => Interlocked.Read(ref verifiseringer);

    public Task<bool> VerifiserAsync(string passord, string hash, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref verifiseringer);
        return KjorAsync(() => Integrasjonspassord.Verifiser(passord, hash), cancellationToken);
    }

    public Task<string> HashAsync(string passord, CancellationToken cancellationToken) =>
        KjorAsync(() => Integrasjonspassord.Hash(passord), cancellationToken);

    private async Task<T> KjorAsync<T>(Func<T> arbeid, CancellationToken cancellationToken)
    {
        await plasser.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await Task.Run(arbeid, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            plasser.Release();
        }
    }
}
