using Kjoretoyregister.Contracts;

namespace Kjoretoyregister.Server.Tests.Testdata;

/// <summary>
/// Values that must differ between the organisations a test run makes: one organisation per
/// organisasjonsnummer is a rule of forvaltning, and tests share servers and files.
/// </summary>
internal static class Unike
{
    // Above the numbers tests pick by hand (Syntetiske.Orgnr below 100,000), below the generator's limit of 140,000.
    private static int neste = 100_000;

    /// <summary>A valid organisasjonsnummer no other call in this test run gets.</summary>
    public static Organisasjonsnummer Orgnr() =>
        Organisasjonsnummer.Parse(Register.Tests.Testdata.Syntetiske.Orgnr(Interlocked.Increment(ref neste)));
}
