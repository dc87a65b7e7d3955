using Kjoretoyregister.Contracts;
using Kjoretoyregister.Contracts.Svv;
using Kjoretoyregister.Register.Lagring;
using Kjoretoyregister.Register.Tests.Testdata;
using static Kjoretoyregister.Register.Tests.Testdata.Linjer;

namespace Kjoretoyregister.Register.Tests.Oppslag;

/// <summary>
/// CONTRACT.md §2, trial plates, one sentence a test. The test clock stands at 2026-06-01 12:00 (Oslo).
/// </summary>
public abstract class ProvekjennemerkeTests(Lagringsmotor motor) : Registertest(motor)
{
    private static readonly string Forhandler = Syntetiske.Orgnr(10);
    private static readonly string EierAvBil1 = Syntetiske.Fnr(1, 1, 70);
    private static readonly string EierAvBil2 = Syntetiske.Fnr(2, 2, 72);
    private static readonly string Bruker1 = Syntetiske.Fnr(3, 3, 83);
    private static readonly string Bruker2 = Syntetiske.Fnr(4, 4, 84);
    private static readonly string Bruker3 = Syntetiske.Fnr(5, 5, 85);

    protected override Task ArrangerAsync() => register.LastAsync(
        Kjoretoy("2001", eierskap: [Eierskap(Person(EierAvBil1, "EIER", "EN"), "2020-01-01T00:00:00+01:00")]),
        Kjoretoy("2002", eierskap: [Eierskap(Person(EierAvBil2, "EIER", "TO"), "2020-01-01T00:00:00+01:00")]),
        Kjoretoy("2003"));

    private static DateTimeOffset T(string iso) => Dtg.Parse(iso).Tidspunkt;

    private static Kjennemerke Plate(string tekst) => Kjennemerke.Parse(tekst);

    private Task LastDagsprove() => register.LastAsync(Provekjennemerke(
        "9001", "P 10001", "DAGSPROVEKJENNEMERKE", Enhet(Forhandler, "EKSEMPEL BILFORHANDLER AS"), "2026-01-01T00:00:00+01:00", null,
        Kjoreseddel("2001", Person(Bruker1, "BRUKER", "EN"), "2026-05-01T08:00:00+02:00", "2026-05-01T18:00:00+02:00"),
        Kjoreseddel("2002", Person(Bruker2, "BRUKER", "TO"), "2026-05-20T08:00:00+02:00", "2026-05-20T18:00:00+02:00"),
        Kjoreseddel("2003", Person(Bruker3, "BRUKER", "TRE"), "2026-07-01T08:00:00+02:00", "2026-07-01T18:00:00+02:00")));

    private Task LastArsprove(params System.Text.Json.Nodes.JsonObject[] kjoresedler) => register.LastAsync(Provekjennemerke(
        "9002", "P 20002", "ARSPROVEKJENNEMERKE", Enhet(Forhandler, "EKSEMPEL BILFORHANDLER AS"), "2026-01-01T00:00:00+01:00", "2027-01-01T00:00:00+01:00",
        kjoresedler));

    [Fact]
    public async Task DayTrialPlateWithoutDtgReturnsVehicleAndUserOfTheSlipItWasLastUsedOnNotAFutureOne()
    {
        await LastDagsprove();

        var svar = await register.Oppslag.SlaOppKjennemerkeAsync(Plate("P10001"), null);

        Assert.Empty(svar.Responskoder);
        Assert.Equal("2002", svar.Kjoretoy!.KjoretoyId.Kuid);
        Assert.Equal(Bruker2, svar.Provekjennemerke!.Kjoreseddel!.Bruker.Person!.Fodselsnummer);
        Assert.Equal("DAGSPROVEKJENNEMERKE", svar.Provekjennemerke.Kjennemerketype.KodeVerdi);
    }

    [Fact]
    public async Task DayTrialPlateWithDtgReturnsVehicleAndUserOfTheSlipValidAtThatTime()
    {
        await LastDagsprove();

        var svar = await register.Oppslag.SlaOppKjennemerkeAsync(Plate("P 10001"), T("2026-05-01T12:00:00+02:00"));

        Assert.Equal("2001", svar.Kjoretoy!.KjoretoyId.Kuid);
        Assert.Equal(Bruker1, svar.Provekjennemerke!.Kjoreseddel!.Bruker.Person!.Fodselsnummer);
        Assert.Equal(T("2026-05-01T08:00:00+02:00"), svar.Provekjennemerke.Kjoreseddel.FomTidspunkt);
    }

    [Fact]
    public async Task DayTrialPlateWithDtgWhenNoSlipWasValidGivesKjennemerkeUkjent()
    {
        await LastDagsprove();

        var mellom = await register.Oppslag.SlaOppKjennemerkeAsync(Plate("P 10001"), T("2026-05-01T19:00:00+02:00"));

        Assert.Equal(Responskoder.KjennemerkeUkjent, Assert.Single(mellom.Responskoder).Kode);
        Assert.Null(mellom.Kjoretoy);
        Assert.Null(mellom.Provekjennemerke);
    }

    [Fact]
    public async Task DayTrialPlateNeverUsedGivesKjennemerkeUkjent()
    {
        await register.LastAsync(Provekjennemerke("9003", "P 10003", "DAGSPROVEKJENNEMERKE", Enhet(Forhandler, "EKSEMPEL BILFORHANDLER AS"), "2026-01-01T00:00:00+01:00", null));

        var svar = await register.Oppslag.SlaOppKjennemerkeAsync(Plate("P 10003"), null);

        Assert.Equal(Responskoder.KjennemerkeUkjent, Assert.Single(svar.Responskoder).Kode);
    }

    [Fact]
    public async Task AnnualTrialPlateWithoutSlipAlwaysReturnsItsOwnerAsAHit()
    {
        await LastArsprove();

        var svar = await register.Oppslag.SlaOppKjennemerkeAsync(Plate("P 20002"), T("2026-03-01T12:00:00+01:00"));

        Assert.Empty(svar.Responskoder);
        Assert.Null(svar.Kjoretoy);
        Assert.Equal(Forhandler, svar.Provekjennemerke!.Eier.Enhet!.Organisasjonsnummer);
        Assert.Null(svar.Provekjennemerke.Kjoreseddel);
        Assert.Equal("ARSPROVEKJENNEMERKE", svar.Provekjennemerke.Kjennemerketype.KodeVerdi);
        Assert.True(svar.ErTreff);
    }

    [Fact]
    public async Task AnnualTrialPlateReturnsVehicleAndUserOfTheDigitalSlipValidAtDtgBesidesItsOwner()
    {
        await LastArsprove(
            Kjoreseddel("2001", Person(Bruker1, "BRUKER", "EN"), "2026-03-01T08:00:00+01:00", "2026-03-03T08:00:00+01:00"),
            Kjoreseddel("2002", Person(Bruker2, "BRUKER", "TO"), "2026-04-01T08:00:00+02:00", "2026-04-03T08:00:00+02:00"));

        var svar = await register.Oppslag.SlaOppKjennemerkeAsync(Plate("P 20002"), T("2026-03-02T12:00:00+01:00"));

        Assert.Equal("2001", svar.Kjoretoy!.KjoretoyId.Kuid);
        Assert.Equal(Bruker1, svar.Provekjennemerke!.Kjoreseddel!.Bruker.Person!.Fodselsnummer);
        Assert.Equal(Forhandler, svar.Provekjennemerke.Eier.Enhet!.Organisasjonsnummer);
    }

    [Fact]
    public async Task AnnualTrialPlateWithDtgBetweenSlipsReturnsTheOwnerAlone()
    {
        await LastArsprove(Kjoreseddel("2001", Person(Bruker1, "BRUKER", "EN"), "2026-03-01T08:00:00+01:00", "2026-03-03T08:00:00+01:00"));

        var svar = await register.Oppslag.SlaOppKjennemerkeAsync(Plate("P 20002"), T("2026-03-10T12:00:00+01:00"));

        Assert.Empty(svar.Responskoder);
        Assert.Null(svar.Kjoretoy);
        Assert.Null(svar.Provekjennemerke!.Kjoreseddel);
        Assert.Equal(Forhandler, svar.Provekjennemerke.Eier.Enhet!.Organisasjonsnummer);
    }

    [Fact]
    public async Task AnnualTrialPlateWithoutDtgReturnsTheSlipItWasLastUsedOn()
    {
        await LastArsprove(
            Kjoreseddel("2001", Person(Bruker1, "BRUKER", "EN"), "2026-03-01T08:00:00+01:00", "2026-03-03T08:00:00+01:00"),
            Kjoreseddel("2002", Person(Bruker2, "BRUKER", "TO"), "2026-05-01T08:00:00+02:00", "2026-05-03T08:00:00+02:00"),
            Kjoreseddel("2003", Person(Bruker3, "BRUKER", "TRE"), "2026-09-01T08:00:00+02:00", "2026-09-03T08:00:00+02:00"));

        var svar = await register.Oppslag.SlaOppKjennemerkeAsync(Plate("P 20002"), null);

        Assert.Equal("2002", svar.Kjoretoy!.KjoretoyId.Kuid);
        Assert.Equal(Bruker2, svar.Provekjennemerke!.Kjoreseddel!.Bruker.Person!.Fodselsnummer);
    }

    [Fact]
    public async Task AnnualTrialPlateThatDidNotExistAtTGivesKjennemerkeUkjent()
    {
        await LastArsprove();

        var for_ = await register.Oppslag.SlaOppKjennemerkeAsync(Plate("P 20002"), T("2025-12-31T12:00:00+01:00"));
        var etter = await register.Oppslag.SlaOppKjennemerkeAsync(Plate("P 20002"), T("2027-01-01T00:00:00+01:00"));

        Assert.Equal(Responskoder.KjennemerkeUkjent, Assert.Single(for_.Responskoder).Kode);
        Assert.Equal(Responskoder.KjennemerkeUkjent, Assert.Single(etter.Responskoder).Kode);
    }

    [Fact]
    public async Task TrialPlateResponseCarriesTheVehicleWithItsOwnOwnershipAndThePlateAsProvekjennemerke()
    {
        await LastDagsprove();

        var svar = await register.Oppslag.SlaOppKjennemerkeAsync(Plate("P 10001"), T("2026-05-20T12:00:00+02:00"));

        Assert.Equal(EierAvBil2, svar.Kjoretoy!.Eierskap!.Eier!.Person!.Fodselsnummer);
        Assert.Equal("9001", svar.Provekjennemerke!.Prkid);
        Assert.Equal("P 10001", svar.Provekjennemerke.Kjennemerke);
        Assert.Equal(Forhandler, svar.Provekjennemerke.Eier.Enhet!.Organisasjonsnummer);
        Assert.Equal("PROVEKJORING", svar.Provekjennemerke.Kjoreseddel!.Formal);
    }
}

public sealed class SqliteProvekjennemerkeTests() : ProvekjennemerkeTests(Lagringsmotor.Sqlite);

public sealed class PostgresProvekjennemerkeTests() : ProvekjennemerkeTests(Lagringsmotor.Postgres);
