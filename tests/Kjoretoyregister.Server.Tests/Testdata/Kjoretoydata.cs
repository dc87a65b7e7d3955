using System.Globalization;
using System.Text.Json.Nodes;
using Kjoretoyregister.Register.Tests.Testdata;

namespace Kjoretoyregister.Server.Tests.Testdata;

/// <summary>A test's own vehicle: unique kuid, plate, VIN and owner (synthetic fødselsnummer), registered since 2020.</summary>
internal sealed record Kjoretoydata(string Kuid, string Kjennemerke, string Understellsnummer, string Fnr, string Fornavn, string Etternavn)
{
    private static int neste;

    public const string Fom = "2020-01-01T00:00:00+01:00";

    public static Kjoretoydata Ny(string etternavn = "Testesen")
    {
        var n = Interlocked.Increment(ref neste);
        var nummer = (10000 + n).ToString(CultureInfo.InvariantCulture);
        return new Kjoretoydata(
            (2_000_000_000L + n).ToString(CultureInfo.InvariantCulture),
            "TK " + nummer,
            "TESTVIN" + nummer + "AB",
            Syntetiske.Fnr(1 + (n % 28), 1 + (n % 12), 1950 + (n % 40), n / 28),
            "Kari",
            etternavn);
    }

    public JsonObject Linje() => Linjer.Kjoretoy(
        Kuid,
        [Linjer.Plate(Kjennemerke, Fom)],
        [Linjer.Registrering("REGISTRERT", Fom)],
        [Linjer.Eierskap(Linjer.Person(Fnr, Fornavn, Etternavn), Fom)],
        Understellsnummer);
}
