using Kjoretoyregister.Register.Tests.Testdata;

namespace Kjoretoyregister.Server.Tests.Testdata;

/// <summary>
/// A person as the test OIDC provider (<see cref="OidcUtsteder"/>) knows them: <paramref name="Pid"/> as
/// ID-porten's <c>pid</c> claim (a synthetic fødselsnummer), and a <see cref="Sub"/> of its own (a pairwise
/// subject, as ID-porten sends beside <c>pid</c>).
/// </summary>
internal sealed record Oidcperson(string Pid)
{
    private static int neste;

    public string Sub { get; init; } = "par-" + Guid.NewGuid().ToString("N");

    /// <summary>The forvaltning account the person becomes with the default <c>SubjectClaim</c> (<c>pid</c>).</summary>
    public string Brukernavn => "oidc:" + Pid;

    /// <summary>A person with a synthetic fødselsnummer no other call in this test run gets.</summary>
    public static Oidcperson Ny()
    {
        var n = Interlocked.Increment(ref neste);
        return new(Syntetiske.Fnr(1 + (n % 28), 1 + (n / 28 % 12), 1950 + (n / 336 % 50), n / 16800));
    }
}
