using Kjoretoyregister.Server.Logg;

namespace Kjoretoyregister.Server.Tests.Logg;

/// <summary>Audit rows for tests, with synthetic fødselsnumre (month + 80) and valid organisasjonsnumre.</summary>
internal static class Loggrader
{
    public const string Fnr1 = "01818510078";
    public const string Fnr2 = "15867010022";
    public const string Fnr3 = "28829010188";
    public const string Orgnr1 = "910000071";

    public static readonly Guid Org = Guid.Parse("6a1f0b4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b");
    public static readonly Guid AnnenOrg = Guid.Parse("7b2e1c5f-2d3e-4f60-9bac-1d2e3f4a5b6c");
    public static readonly Guid Integrasjon = Guid.Parse("0e9d8c7b-6a59-4837-a625-14f3e2d1c0b9");
    public static readonly Guid AnnenIntegrasjon = Guid.Parse("1f0e9d8c-7b6a-4948-b736-25a4f3e2d1c0");
    public static readonly DateTimeOffset Tid = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);

    public static LoggRad Rad(
        string operasjon = Operasjoner.Kjennemerke,
        string nokkel = "BR 12345",
        Utfall utfall = Utfall.Treff,
        DateTimeOffset? tidspunkt = null,
        Guid? org = null,
        Guid? integrasjon = null,
        IReadOnlyList<string>? kuider = null,
        IReadOnlyList<string>? parter = null,
        string errorId = "00-trace-01",
        string? formal = null,
        DateTimeOffset? dtg = null) => new(
            Tidspunkt: tidspunkt ?? Tid,
            FiksOrgId: org ?? Org,
            IntegrasjonId: integrasjon ?? Integrasjon,
            KonsumentOrgnr: "910000144",
            KlientId: "klient-1",
            Operasjon: operasjon,
            Nokkel: nokkel,
            Dtg: dtg,
            Utfall: utfall,
            Kuider: kuider ?? (utfall == Utfall.Treff ? ["7000000001"] : []),
            Parter: parter ?? [],
            ErrorId: errorId,
            Formal: formal);
}
