using Kjoretoyregister.Client.Tests.Testdata;
using Kjoretoyregister.Contracts.Svv;
using Kjoretoyregister.Register.Tests.Testdata;
using Kjoretoyregister.Server.Tests.Testdata;

namespace Kjoretoyregister.Client.Tests;

/// <summary>Each lookup of the SDK against the real server, with the test's own vehicles.</summary>
public sealed class OppslagTests(OppslagTests.Server server) : IClassFixture<OppslagTests.Server>
{
    public sealed class Server : IDisposable
    {
        public Server() => Fabrikk.StartServer();

        public ServerFabrikk Fabrikk { get; } = ServerFabrikk.UtenDemoregister();

        public void Dispose() => Fabrikk.Dispose();
    }

    private ServerFabrikk Fabrikk => server.Fabrikk;

    [Fact]
    public async Task PlatesAreAnsweredInTheOrderAskedWithTheOwnersFodselsnummer()
    {
        var a = Kjoretoydata.Ny();
        var b = Kjoretoydata.Ny();
        Klientoppsett.Importer(Fabrikk, a.Linje(), b.Linje());
        using var oppsett = Klientoppsett.For(Fabrikk);

        var svar = await oppsett.Klient.SlaOppKjennemerkerAsync([b.Kjennemerke, "ZZ 99999", a.Kjennemerke], formal: "Parkeringsgebyr");

        Assert.Equal(3, svar.Count);
        Assert.Equal(b.Fnr, svar[0].Kjoretoy?.Eierskap?.Eier?.Person?.Fodselsnummer);
        Assert.Equal("KJENNEMERKE_UKJENT", Assert.Single(svar[1].Responskoder).Kode);
        Assert.Equal(a.Fnr, svar[2].Kjoretoy?.Eierskap?.Eier?.Person?.Fodselsnummer);
    }

    [Fact]
    public async Task PlateBeforeTheVehicleWasRegisteredIsUnknownAtThatTime()
    {
        var a = Kjoretoydata.Ny();
        Klientoppsett.Importer(Fabrikk, a.Linje());
        using var oppsett = Klientoppsett.For(Fabrikk);

        var da = await oppsett.Klient.SlaOppKjennemerkerAsync([a.Kjennemerke], dtg: new DateTimeOffset(2019, 6, 1, 12, 0, 0, TimeSpan.FromHours(2)));
        var per = await oppsett.Klient.SlaOppKjennemerkerAsync([new KjennemerkeForesporsel(a.Kjennemerke, "2021-06-01T12:00:00+02:00")]);

        Assert.False(Assert.Single(da).ErTreff);
        Assert.True(Assert.Single(per).ErTreff);
    }

    [Fact]
    public async Task KuidAndUnderstellsnummerFindTheSameVehicle()
    {
        var a = Kjoretoydata.Ny();
        Klientoppsett.Importer(Fabrikk, a.Linje());
        using var oppsett = Klientoppsett.For(Fabrikk);

        var kuid = await oppsett.Klient.SlaOppKuidAsync([a.Kuid]);
        var vin = await oppsett.Klient.SlaOppUnderstellsnummerAsync(a.Understellsnummer, DateTimeOffset.UtcNow);

        Assert.Equal(a.Kjennemerke, Assert.Single(kuid).Kjoretoy?.KjoretoyId?.Kjennemerke);
        Assert.Equal(a.Kuid, Assert.Single(vin).Kjoretoy?.KjoretoyId?.Kuid);
    }

    [Fact]
    public async Task EiernavnFindsTheOwnersVehiclesAndNoMatchIsAnEmptyPage()
    {
        var etternavn = "Sdksøk" + Guid.NewGuid().ToString("N")[..6];
        var a = Kjoretoydata.Ny(etternavn);
        Klientoppsett.Importer(Fabrikk, a.Linje());
        using var oppsett = Klientoppsett.For(Fabrikk);

        var treff = await oppsett.Klient.SokEiernavnAsync(etternavn);
        var ingen = await oppsett.Klient.SokEiernavnAsync("Ingensheter" + Guid.NewGuid().ToString("N")[..6]);

        Assert.Equal(a.Kjennemerke, Assert.Single(treff.Kjoretoyresponser).Kjoretoy?.KjoretoyId?.Kjennemerke);
        Assert.Equal(0, ingen.AntallTreffTotalt);
        Assert.Empty(ingen.Kjoretoyresponser);
    }

    [Fact]
    public async Task PersonAndOrganisationGetTheVehiclesTheyOwnNow()
    {
        var person = Kjoretoydata.Ny();
        var orgnr = Syntetiske.Orgnr(700 + Random.Shared.Next(200));
        var firmabil = Kjoretoydata.Ny();
        Klientoppsett.Importer(Fabrikk, person.Linje(), Linjer.Kjoretoy(
            firmabil.Kuid,
            [Linjer.Plate(firmabil.Kjennemerke, Kjoretoydata.Fom)],
            [Linjer.Registrering("REGISTRERT", Kjoretoydata.Fom)],
            [Linjer.Eierskap(Linjer.Enhet(orgnr, "Sdk Testfirma AS"), Kjoretoydata.Fom)],
            firmabil.Understellsnummer));
        using var oppsett = Klientoppsett.For(Fabrikk);

        var personens = await oppsett.Klient.HentForPersonAsync(person.Fnr);
        var firmaets = await oppsett.Klient.HentForOrganisasjonAsync(orgnr);

        Assert.Equal(person.Kjennemerke, Assert.Single(personens.Kjoretoy).Kjennemerke);
        Assert.Contains(firmaets.Kjoretoy, k => k.Kjennemerke == firmabil.Kjennemerke);
    }

    [Fact]
    public async Task TwoHundredFiftyPlatesAreThreeCallsAndTwoHundredFiftyAnswersInOrder()
    {
        var biler = Enumerable.Range(0, 5).Select(_ => Kjoretoydata.Ny()).ToList();
        Klientoppsett.Importer(Fabrikk, [.. biler.Select(b => b.Linje())]);
        using var oppsett = Klientoppsett.For(Fabrikk);
        var plater = Enumerable.Range(0, 250).Select(i => i % 50 == 0 ? biler[i / 50].Kjennemerke : $"ZZ {10000 + i}").ToList();

        var svar = await oppsett.Klient.SlaOppKjennemerkerAsync(plater);

        Assert.Equal(3, oppsett.Api.Antall);
        Assert.Equal(250, svar.Count);
        Assert.Equal(
            Enumerable.Range(0, 250).Select(i => i % 50 == 0 ? biler[i / 50].Kjennemerke : null),
            svar.Select(s => s.Kjoretoy?.KjoretoyId?.Kjennemerke));
    }

    [Fact]
    public async Task PurposeWithNorwegianLettersReachesTheAuditLogAsWritten()
    {
        var a = Kjoretoydata.Ny();
        Klientoppsett.Importer(Fabrikk, a.Linje());
        using var oppsett = Klientoppsett.For(Fabrikk);

        await oppsett.Klient.SlaOppKjennemerkerAsync([a.Kjennemerke], formal: "Bil til hinder for brøyting på Ærøveien");

        var rader = new List<Kjoretoyregister.Server.Logg.LoggRad>();
        await foreach (var rad in Fabrikk.Tjeneste<Kjoretoyregister.Server.Logg.IOppslagsloggLeser>().SokAsync(new Kjoretoyregister.Server.Logg.LoggFilter(Kjennemerke: a.Kjennemerke)))
        {
            rader.Add(rad.Rad);
        }

        Assert.Equal("Bil til hinder for brøyting på Ærøveien", Assert.Single(rader).Formal);
    }

    [Fact]
    public async Task OppslagsvalgSendsPurposeEmployeeAndCaseToTheAuditLog()
    {
        var a = Kjoretoydata.Ny();
        Klientoppsett.Importer(Fabrikk, a.Linje());
        using var oppsett = Klientoppsett.For(Fabrikk);
        var sak = "PG-" + Guid.NewGuid().ToString("N")[..10];

        await oppsett.Klient.SlaOppKjennemerkerAsync([a.Kjennemerke], null, new Oppslagsvalg("PARKERINGSGEBYR", "trafikkbetjent-17 på Ås", sak));

        var rader = new List<Kjoretoyregister.Server.Logg.LoggRad>();
        await foreach (var rad in Fabrikk.Tjeneste<Kjoretoyregister.Server.Logg.IOppslagsloggLeser>().SokAsync(new Kjoretoyregister.Server.Logg.LoggFilter(Saksreferanse: sak)))
        {
            rader.Add(rad.Rad);
        }

        var logget = Assert.Single(rader);
        Assert.Equal(("PARKERINGSGEBYR", "trafikkbetjent-17 på Ås", sak), (logget.Formal, logget.Saksbehandler, logget.Saksreferanse));
    }

    [Fact]
    public void OppslagsvalgRefusesWhatTheServerWouldRefuseNamingTheParameter()
    {
        var lang = Assert.Throws<ArgumentException>(() => new Oppslagsvalg(saksreferanse: new string('1', 101)));
        var kontroll = Assert.Throws<ArgumentException>(() => new Oppslagsvalg(saksbehandler: "a\nb"));

        Assert.Equal("saksreferanse", lang.ParamName);
        Assert.Equal("saksbehandler", kontroll.ParamName);
        Assert.Null(new Oppslagsvalg(formal: "  ").Formal);
    }

    [Fact]
    public async Task ForAnotherKommunesIntegrationSharesTheTokenAndCallsWithItsHeaders()
    {
        var a = Kjoretoydata.Ny();
        Klientoppsett.Importer(Fabrikk, a.Linje());
        var store = Fabrikk.Tjeneste<Kjoretoyregister.Server.Forvaltning.IForvaltningStore>();
        var kommune = await store.OpprettOrganisasjonAsync("Andre kommune " + Guid.NewGuid().ToString("N")[..6], Kjoretoyregister.Contracts.Organisasjonsnummer.Parse("921627009"));
        await store.SettAvtalerAsync(kommune.FiksOrgId, new Kjoretoyregister.Server.Forvaltning.Avtaler(new DateOnly(2025, 1, 15), new DateOnly(2025, 2, 3)));
        Assert.True(await store.SettKjoretoyregisterAktivertAsync(kommune.FiksOrgId, true));
        var passord = Kjoretoyregister.Server.Forvaltning.Integrasjonspassord.Generer();
        var integrasjon = await store.OpprettIntegrasjonAsync(
            new Kjoretoyregister.Server.Forvaltning.NyIntegrasjon(kommune.FiksOrgId, "Fagsystem", Kjoretoyregister.Contracts.Organisasjonsnummer.Parse("910000004"), null, KanSoke: true),
            Kjoretoyregister.Server.Forvaltning.Integrasjonspassord.Hash(passord));
        using var oppsett = Klientoppsett.For(Fabrikk);
        await oppsett.Klient.SlaOppKjennemerkerAsync([a.Kjennemerke]);

        var svar = await oppsett.Klient.For(kommune.FiksOrgId, integrasjon.IntegrasjonId, passord).SlaOppKjennemerkerAsync([a.Kjennemerke]);

        Assert.Equal(a.Fnr, Assert.Single(svar).Kjoretoy?.Eierskap?.Eier?.Person?.Fodselsnummer);
        Assert.Equal(1, oppsett.Maskinporten.Antall);
        var rader = new List<Kjoretoyregister.Server.Logg.LoggRad>();
        await foreach (var rad in Fabrikk.Tjeneste<Kjoretoyregister.Server.Logg.IOppslagsloggLeser>().SokAsync(new Kjoretoyregister.Server.Logg.LoggFilter(FiksOrgId: kommune.FiksOrgId)))
        {
            rader.Add(rad.Rad);
        }

        Assert.Equal(integrasjon.IntegrasjonId, Assert.Single(rader).IntegrasjonId);
    }

    [Fact]
    public async Task EmptyListMakesNoCall()
    {
        using var oppsett = Klientoppsett.For(Fabrikk);

        var svar = await oppsett.Klient.SlaOppKjennemerkerAsync(Array.Empty<string>());

        Assert.Empty(svar);
        Assert.Equal(0, oppsett.Api.Antall);
    }

    [Fact]
    public async Task CancelledCallThrowsOperationCanceled()
    {
        using var oppsett = Klientoppsett.For(Fabrikk);
        using var avbrutt = new CancellationTokenSource();
        await avbrutt.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => oppsett.Klient.SlaOppKjennemerkerAsync(["AB 12345"], cancellationToken: avbrutt.Token));
    }
}
