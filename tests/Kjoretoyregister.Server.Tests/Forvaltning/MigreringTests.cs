using Kjoretoyregister.Server.Drift;
using Kjoretoyregister.Server.Forvaltning;

namespace Kjoretoyregister.Server.Tests.Forvaltning;

/// <summary>A fiks.db written by the previous version (schema step 1) is brought up to date without losing a row.</summary>
public sealed class MigreringTests : IDisposable
{
    private const string OrgId = "a1b2c3d4-0000-4000-8000-00000000abcd";
    private const string IntegrasjonId = "b1b2c3d4-0000-4000-8000-00000000abcd";

    private readonly Fiksfil fil = new();

    [Fact]
    public async Task AStepOneFileKeepsItsOrganisationsAndIntegrationsAndGetsTheNewTables()
    {
        LagStegEnFil();

        var store = fil.Store();
        var detaljer = await store.HentDetaljerAsync(Guid.Parse(OrgId));
        var tilgang = await store.HentTilgangAsync(Guid.Parse(IntegrasjonId));
        var bruker = await fil.Brukere().OpprettAsync("kari", "Kari", "hash", ksAdministrator: false);
        var gitt = await fil.Brukere().GiAdministratorAsync("kari", Guid.Parse(OrgId));

        Assert.True(await store.SvarerAsync(), "skjemaversjonen skal være den nyeste");
        Assert.Equal("Gammel kommune", detaljer!.Organisasjon.Navn);
        Assert.True(detaljer.Organisasjon.KjoretoyregisterAktivert, "en aktivert organisasjon forblir aktivert");
        Assert.Equal(Avtaler.Ingen, detaljer.Avtaler);
        Assert.Null(detaljer.Fakturering);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_000), detaljer.Organisasjon.Opprettet);
        Assert.True(tilgang!.KanSoke && tilgang.TjenesteAktivert);
        Assert.Equal("gammel-hash", tilgang.Passordhash);
        Assert.Equal(["gammel-klient"], Sqlite.Tekster(fil.Sti, "SELECT klient_id FROM maskinporten_klient"));
        Assert.Equal("kari", bruker.Brukernavn);
        Assert.True(gitt);
        Assert.Empty(await store.ListTariffAsync());
        Assert.Equal(0, await fil.Endringslogg().TellAsync(null));
    }

    [Fact]
    public async Task OpeningTheFileAgainDoesNotApplyTheStepsTwice()
    {
        LagStegEnFil();
        _ = fil.Store();

        var igjen = fil.Store();

        Assert.True(await igjen.SvarerAsync());
        Assert.Equal(["Gammel kommune"], Sqlite.Tekster(fil.Sti, "SELECT navn FROM organisasjon"));
    }

    private void LagStegEnFil()
    {
        var steg1 = new SqliteFil(fil.Sti, [FiksDatabase.Steg[0]]);
        using var tilkobling = steg1.Apne();
        using var kommando = tilkobling.CreateCommand();
        kommando.CommandText = $"""
            INSERT INTO organisasjon (fiks_org_id, navn, organisasjonsnummer, kjoretoyregister_aktivert, opprettet, endret)
            VALUES ('{OrgId}', 'Gammel kommune', '{Fiksfil.Kommunenummer}', 1, 1700000000000, 1700000000000);
            INSERT INTO integrasjon (integrasjon_id, fiks_org_id, navn, autorisert_organisasjonsnummer, beskrivelse, passordhash, kan_soke, opprettet, endret)
            VALUES ('{IntegrasjonId}', '{OrgId}', 'Fagsystem', '{Fiksfil.Leverandornummer}', NULL, 'gammel-hash', 1, 1700000000000, 1700000000000);
            INSERT INTO maskinporten_klient (klient_id, organisasjonsnummer, scopes, jwks, sertifikater, opprettet)
            VALUES ('gammel-klient', '{Fiksfil.Leverandornummer}', 'ks:fiks', '[]', '[]', 1700000000000);
            """;
        kommando.ExecuteNonQuery();
        Assert.Equal(["1"], Sqlite.Tekster(fil.Sti, "SELECT CAST(user_version AS TEXT) FROM pragma_user_version"));
    }

    public void Dispose() => fil.Dispose();
}
