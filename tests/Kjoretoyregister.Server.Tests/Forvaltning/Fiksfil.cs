using Kjoretoyregister.Contracts;
using Kjoretoyregister.Server.Forvaltning;
using Kjoretoyregister.Server.Forvaltning.Endringer;
using Kjoretoyregister.Server.Forvaltning.Kontoer;
using Kjoretoyregister.Server.Tilgang;
using Microsoft.Extensions.Time.Testing;

namespace Kjoretoyregister.Server.Tests.Forvaltning;

/// <summary>
/// A real <c>fiks.db</c> in its own temp directory, deleted afterwards. Every store opened on it shares
/// one fake clock, so tests can move time; each <see cref="Store"/> is a separate instance, as a second
/// server would be.
/// </summary>
internal sealed class Fiksfil : IDisposable
{
    public static readonly Organisasjonsnummer Kommunenummer = Organisasjonsnummer.Parse("921627009");
    public static readonly Organisasjonsnummer Leverandornummer = Organisasjonsnummer.Parse("889640782");

    /// <summary>Both agreements signed, as the service needs before it can be activated.</summary>
    public static readonly Avtaler Signert = new(new DateOnly(2025, 1, 15), new DateOnly(2025, 2, 3));

    private readonly string mappe = Directory.CreateTempSubdirectory("kjoretoyregister-fiks-").FullName;
    private readonly List<SqliteForvaltningStore> storer = [];

    public FakeTimeProvider Klokke { get; } = new(new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero));

    public string Sti => Path.Combine(mappe, FiksDatabase.Filnavn);

    /// <summary>A new store on the file: its own <see cref="FiksDatabase"/>, connections and prepared statements.</summary>
    public SqliteForvaltningStore Store()
    {
        var store = new SqliteForvaltningStore(new FiksDatabase(Sti), Klokke);
        storer.Add(store);
        return store;
    }

    /// <summary>A store for forvaltning's accounts on the file (as another server instance would have).</summary>
    public SqliteBrukerStore Brukere() => new(new FiksDatabase(Sti), Klokke);

    /// <summary>The wrong-password counts on the file (as another server instance would have them).</summary>
    public SqliteFeilforsokStore Feilforsok() => new(new FiksDatabase(Sti), Klokke);

    /// <summary>The change log on the file.</summary>
    public SqliteEndringslogg Endringslogg() => new(new FiksDatabase(Sti));

    /// <summary>An organisation with both agreements signed and the service activated.</summary>
    public static async Task<Organisasjon> AktivOrganisasjonAsync(IForvaltningStore store, string navn = "Testkommune")
    {
        var organisasjon = await store.OpprettOrganisasjonAsync(navn, Testdata.Unike.Orgnr());
        await store.SettAvtalerAsync(organisasjon.FiksOrgId, Signert);
        await store.SettKjoretoyregisterAktivertAsync(organisasjon.FiksOrgId, true);
        return (await store.HentOrganisasjonAsync(organisasjon.FiksOrgId))!;
    }

    /// <summary>An organisation with the service activated and an integration that may search it.</summary>
    public static async Task<Integrasjon> SokbarIntegrasjonAsync(IForvaltningStore store, string passordhash = "pbkdf2-sha512$1$AA==$AA==")
    {
        var organisasjon = await AktivOrganisasjonAsync(store);
        return await store.OpprettIntegrasjonAsync(
            new NyIntegrasjon(organisasjon.FiksOrgId, "Fagsystem", Leverandornummer, null, KanSoke: true), passordhash);
    }

    public void Dispose()
    {
        foreach (var store in storer)
        {
            store.Dispose();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(mappe, recursive: true);
    }
}
