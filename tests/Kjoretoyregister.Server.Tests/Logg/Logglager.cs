using Kjoretoyregister.Server.Logg;

namespace Kjoretoyregister.Server.Tests.Logg;

/// <summary>
/// A real, empty audit log on one engine, with a writer and a reader; removed afterwards. The writer and
/// reader tests run against every subclass, so both engines answer alike.
/// </summary>
public abstract class Logglager : IAsyncDisposable
{
    private readonly List<Loggskriver> skrivere = [];

    private Loggskriver? skriver;

    /// <summary>The writer with the standard batch size and deadline.</summary>
    public Loggskriver Skriver => skriver ??= LagSkriver();

    public abstract IOppslagsloggLeser Leser { get; }

    /// <summary>The first schema step of the engine's <c>oppslagslogg</c> set.</summary>
    public abstract string Skjema { get; }

    /// <summary>A further writer on the same log, disposed with it.</summary>
    public Loggskriver LagSkriver(int maksRader = Loggskriver.StandardMaksRader, TimeSpan? skrivefrist = null)
    {
        var ny = LagSkriver(maksRader, skrivefrist ?? new OppslagsloggOptions().Skrivefrist);
        skrivere.Add(ny);
        return ny;
    }

    /// <summary>Runs SQL on the log behind the writer's back (to break or repair it).</summary>
    public abstract Task KjorAsync(string sql);

    /// <summary>The first column of the first row of <paramref name="sql"/> as a number.</summary>
    public abstract Task<long> TallAsync(string sql);

    /// <summary>A new chain store on the log (as another instance would have).</summary>
    public abstract ILoggkjedelager Kjede();

    /// <summary>What the readiness check says.</summary>
    public abstract Task<bool> SvarerAsync();

    /// <summary>Holds a lock the writer needs until disposed.</summary>
    public abstract Task<IAsyncDisposable> HoldSkrivelasAsync();

    /// <summary>The schema's statement that creates the usage table (to repair it after a test dropped it).</summary>
    public string LagForbruk()
    {
        var start = Skjema.IndexOf("CREATE TABLE forbruk", StringComparison.Ordinal);
        return Skjema[start..(Skjema.IndexOf(';', start) + 1)];
    }

    public async Task<List<LoggRad>> AlleAsync(LoggFilter? filter = null) =>
        await Leser.SokAsync(filter ?? new LoggFilter()).Select(r => r.Rad).ToListAsync();

    public virtual async ValueTask DisposeAsync()
    {
        foreach (var s in skrivere)
        {
            await s.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    protected abstract Loggskriver LagSkriver(int maksRader, TimeSpan skrivefrist);
}
