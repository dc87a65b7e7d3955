using Kjoretoyregister.Server.Logg;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kjoretoyregister.Cli.Tests;

/// <summary>Writes audit rows the way the server does (the real writer, a real file), with synthetic fødselsnumre (month + 80).</summary>
internal static class Oppslagsloggdata
{
    public const string Fnr1 = "01818510078";
    public const string Fnr2 = "15867010022";
    public const string Orgnr = "910000071";

    public static readonly Guid Org = Guid.Parse("6a1f0b4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b");
    public static readonly Guid AnnenOrg = Guid.Parse("7b2e1c5f-2d3e-4f60-9bac-1d2e3f4a5b6c");
    public static readonly Guid Integrasjon = Guid.Parse("0e9d8c7b-6a59-4837-a625-14f3e2d1c0b9");

    public static async Task SkrivAsync(string dataKatalog, params LoggRad[] rader)
    {
        var database = new OppslagsloggDatabase(Path.Combine(dataKatalog, OppslagsloggDatabase.Filnavn));
        await using var skriver = new Loggskriver(database, Microsoft.Extensions.Options.Options.Create(new OppslagsloggOptions()), TimeProvider.System, NullLogger<Loggskriver>.Instance);
        await skriver.SkrivAsync(rader);
    }

    public static LoggRad Rad(
        DateTimeOffset tidspunkt,
        string operasjon = Operasjoner.Kjennemerke,
        string nokkel = "BR 12345",
        Utfall utfall = Utfall.Treff,
        IReadOnlyList<string>? parter = null,
        string errorId = "00-trace-01",
        string? formal = null,
        Guid? org = null) => new(
            Tidspunkt: tidspunkt,
            FiksOrgId: org ?? Org,
            IntegrasjonId: Integrasjon,
            KonsumentOrgnr: "910000144",
            KlientId: "klient-1",
            Operasjon: operasjon,
            Nokkel: nokkel,
            Dtg: null,
            Utfall: utfall,
            Kuider: utfall == Utfall.Treff ? ["7000000001"] : [],
            Parter: parter ?? [],
            ErrorId: errorId,
            Formal: formal);
}
