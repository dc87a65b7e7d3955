using Kjoretoyregister.Contracts;
using Kjoretoyregister.Contracts.Svv;
using Kjoretoyregister.Register.Lagring;
using Kjoretoyregister.Register.Tests.Testdata;
using static Kjoretoyregister.Register.Tests.Testdata.Linjer;

namespace Kjoretoyregister.Register.Tests.Oppslag;

/// <summary>CONTRACT.md §2: what a lookup at time T returns, one rule a test.</summary>
public abstract class TidsreglerTests(Lagringsmotor motor) : Registertest(motor)
{
    private static readonly string KariFnr = Syntetiske.Fnr(14, 2, 81);
    private static readonly string OlaFnr = Syntetiske.Fnr(30, 6, 92);

    private Task LastBilMedEierskifte() => LastBilMedEierskifte(register);

    private static Task LastBilMedEierskifte(TestRegister register) => register.LastAsync(Kjoretoy(
        "1001",
        kjennemerker: [Plate("BR 12345", "2018-01-01T00:00:00+01:00")],
        registreringer: [Registrering("REGISTRERT", "2018-01-01T00:00:00+01:00")],
        eierskap:
        [
            Eierskap(Person(KariFnr, "KARI", "NORDMANN"), "2018-01-01T00:00:00+01:00", "2021-05-10T10:00:00+02:00"),
            Eierskap(Person(OlaFnr, "OLA", "HANSEN"), "2021-05-10T10:00:00+02:00"),
        ]));

    private static DateTimeOffset T(string iso) => Dtg.Parse(iso).Tidspunkt;

    [Fact]
    public async Task LookupAtTimeBeforeOwnershipChangeReturnsPreviousOwner()
    {
        await LastBilMedEierskifte();

        var svar = await register.Oppslag.SlaOppKjennemerkeAsync(Kjennemerke.Parse("BR12345"), T("2021-05-10T09:59:59.999+02:00"));

        Assert.Equal(KariFnr, svar.Kjoretoy!.Eierskap!.Eier!.Person!.Fodselsnummer);
    }

    [Fact]
    public async Task LookupAtTheInstantOfOwnershipChangeReturnsNewOwnerBecausePeriodsAreHalfOpen()
    {
        await LastBilMedEierskifte();

        var svar = await register.Oppslag.SlaOppKjennemerkeAsync(Kjennemerke.Parse("BR12345"), T("2021-05-10T08:00:00Z"));

        Assert.Equal(OlaFnr, svar.Kjoretoy!.Eierskap!.Eier!.Person!.Fodselsnummer);
    }

    [Fact]
    public async Task LookupWithoutDtgSeesTheFactsValidNow()
    {
        await using var tidlig = await TestRegister.OpprettAsync(Motor, T("2020-01-01T12:00:00Z"));
        await LastBilMedEierskifte(tidlig);

        var forEierskifte = await tidlig.Oppslag.SlaOppKjennemerkeAsync(Kjennemerke.Parse("BR 12345"), null);
        tidlig.Klokke.SetUtcNow(T("2026-01-01T12:00:00Z"));
        var etterEierskifte = await tidlig.Oppslag.SlaOppKjennemerkeAsync(Kjennemerke.Parse("BR 12345"), null);

        Assert.Equal(KariFnr, forEierskifte.Kjoretoy!.Eierskap!.Eier!.Person!.Fodselsnummer);
        Assert.Equal(OlaFnr, etterEierskifte.Kjoretoy!.Eierskap!.Eier!.Person!.Fodselsnummer);
    }

    [Fact]
    public async Task PlateAttachedToNoVehicleAtTimeGivesKjennemerkeUkjent()
    {
        await register.LastAsync(Kjoretoy("1001", kjennemerker: [Plate("BR 12345", "2018-01-01T00:00:00+01:00", "2019-01-01T00:00:00+01:00")]));

        var for_ = await register.Oppslag.SlaOppKjennemerkeAsync(Kjennemerke.Parse("BR12345"), T("2017-12-31T23:59:59+01:00"));
        var under = await register.Oppslag.SlaOppKjennemerkeAsync(Kjennemerke.Parse("BR12345"), T("2018-06-01T00:00:00+02:00"));
        var etter = await register.Oppslag.SlaOppKjennemerkeAsync(Kjennemerke.Parse("BR12345"), T("2019-01-01T00:00:00+01:00"));

        Assert.Equal(Responskoder.KjennemerkeUkjent, Assert.Single(for_.Responskoder).Kode);
        Assert.Equal("1001", under.Kjoretoy!.KjoretoyId.Kuid);
        Assert.Equal(Responskoder.KjennemerkeUkjent, Assert.Single(etter.Responskoder).Kode);
        Assert.Null(etter.Kjoretoy);
    }

    [Fact]
    public async Task PersonalisedPlateThatMovedBetweenVehiclesFindsTheVehicleItWasOnAtTheTime()
    {
        await register.LastAsync(
            Kjoretoy("1001", kjennemerker: [Plate("SOLSKIN", "2019-01-01T00:00:00+01:00", "2022-01-01T00:00:00+01:00", "PERSONLIG")]),
            Kjoretoy("1002", kjennemerker: [Plate("SOLSKIN", "2022-02-01T00:00:00+01:00", null, "PERSONLIG")]));

        var forst = await register.Oppslag.SlaOppKjennemerkeAsync(Kjennemerke.Parse("solskin"), T("2020-01-01T00:00:00Z"));
        var mellom = await register.Oppslag.SlaOppKjennemerkeAsync(Kjennemerke.Parse("solskin"), T("2022-01-15T00:00:00Z"));
        var sist = await register.Oppslag.SlaOppKjennemerkeAsync(Kjennemerke.Parse("solskin"), T("2023-01-01T00:00:00Z"));

        Assert.Equal("1001", forst.Kjoretoy!.KjoretoyId.Kuid);
        Assert.Equal(Responskoder.KjennemerkeUkjent, Assert.Single(mellom.Responskoder).Kode);
        Assert.Equal("1002", sist.Kjoretoy!.KjoretoyId.Kuid);
    }

    [Theory]
    [InlineData("br12345")]
    [InlineData("BR 12345")]
    [InlineData("BR-12345")]
    [InlineData(" br 123 45 ")]
    public async Task PlateLookupIgnoresCaseSpacesAndHyphens(string skrevet)
    {
        await LastBilMedEierskifte();

        var svar = await register.Oppslag.SlaOppKjennemerkeAsync(Kjennemerke.Parse(skrevet), null);

        Assert.Equal("BR 12345", svar.Kjoretoy!.KjoretoyId.Kjennemerke);
    }

    [Fact]
    public async Task KuidLookupReturnsTheVehicleWhateverTheTimeWithNothingValidBeforeItsHistory()
    {
        await LastBilMedEierskifte();

        var svar = await register.Oppslag.SlaOppKuidAsync(Kuid.Parse("1001"), T("2010-01-01T00:00:00Z"));

        Assert.Equal("1001", svar.Kjoretoy!.KjoretoyId.Kuid);
        Assert.Empty(svar.Kjoretoy.Kjennemerke);
        Assert.Null(svar.Kjoretoy.KjoretoyId.Kjennemerke);
        Assert.Null(svar.Kjoretoy.Registrering);
        Assert.Null(svar.Kjoretoy.Eierskap);
        Assert.Empty(svar.Responskoder);
    }

    [Fact]
    public async Task KuidLookupShowsPlatesRegistrationAndOwnershipAtT()
    {
        await LastBilMedEierskifte();

        var svar = await register.Oppslag.SlaOppKuidAsync(Kuid.Parse("1001"), T("2019-01-01T00:00:00Z"));

        Assert.Equal("BR 12345", Assert.Single(svar.Kjoretoy!.Kjennemerke).Kjennemerke);
        Assert.Equal("REGISTRERT", svar.Kjoretoy.Registrering!.Registreringsstatus.KodeVerdi);
        Assert.Equal(KariFnr, svar.Kjoretoy.Eierskap!.Eier!.Person!.Fodselsnummer);
    }

    [Fact]
    public async Task UnknownKuidGivesKuidUkjent()
    {
        await LastBilMedEierskifte();

        var svar = await register.Oppslag.SlaOppKuidAsync(Kuid.Parse("999"), null);

        Assert.Equal(Responskoder.KuidUkjent, Assert.Single(svar.Responskoder).Kode);
    }

    [Fact]
    public async Task UnderstellsnummerSharedByTwoVehiclesReturnsBoth()
    {
        await register.LastAsync(
            Kjoretoy("1001", understellsnummer: "WVWZZZ1JZXW000001"),
            Kjoretoy("1002", understellsnummer: "WVWZZZ1JZXW000001"),
            Kjoretoy("1003", understellsnummer: "WVWZZZ1JZXW000003"));

        var svar = await register.Oppslag.SlaOppUnderstellsnummerAsync(Understellsnummer.Parse("wvwzzz1jzxw000001"), null);

        Assert.Equal(["1001", "1002"], svar.Select(s => s.Kjoretoy!.KjoretoyId.Kuid).Order());
    }

    [Fact]
    public async Task UnknownUnderstellsnummerGivesUnderstellsnummerUkjent()
    {
        await LastBilMedEierskifte();

        var svar = await register.Oppslag.SlaOppUnderstellsnummerAsync(Understellsnummer.Parse("NOSUCHVIN"), null);

        Assert.Equal(Responskoder.UnderstellsnummerUkjent, Assert.Single(Assert.Single(svar).Responskoder).Kode);
    }

    [Fact]
    public async Task IdentityFirstRegistrationApprovalAndInspectionAreReturnedAsTheyStandAtAnyTime()
    {
        await LastBilMedEierskifte();

        var tidlig = await register.Oppslag.SlaOppKuidAsync(Kuid.Parse("1001"), T("2000-01-01T00:00:00Z"));
        var na = await register.Oppslag.SlaOppKuidAsync(Kuid.Parse("1001"), null);

        Assert.Equal(new DateOnly(2015, 3, 2), tidlig.Kjoretoy!.Forstegangsregistrering!.RegistrertForstegangNorgeDato);
        Assert.Equal(new DateOnly(2027, 4, 21), tidlig.Kjoretoy.PeriodiskKjoretoyKontroll!.Kontrollfrist);
        Assert.Equal("Personbil", tidlig.Kjoretoy.Godkjenning!.Value.TilElement().GetProperty("tekniskGodkjenning").GetProperty("kjoretoyklassifisering").GetProperty("beskrivelse").GetString());
        Assert.Equal(na.Kjoretoy!.Godkjenning, tidlig.Kjoretoy.Godkjenning);
        Assert.Equal("TESTVIN1001", tidlig.Kjoretoy.KjoretoyId.Understellsnummer);
    }

    [Fact]
    public async Task RegistrationStatusFollowsItsPeriods()
    {
        await register.LastAsync(Kjoretoy(
            "1001",
            registreringer:
            [
                Registrering("REGISTRERT", "2018-01-01T00:00:00+01:00", "2023-03-01T00:00:00+01:00"),
                Registrering("AVREGISTRERT", "2023-03-01T00:00:00+01:00", "2024-03-01T00:00:00+01:00"),
                Registrering("VRAKET", "2024-03-01T00:00:00+01:00"),
            ]));

        var statuser = new List<string>();
        foreach (var t in new[] { "2020-01-01T00:00:00Z", "2023-06-01T00:00:00Z", "2025-01-01T00:00:00Z" })
        {
            statuser.Add((await register.Oppslag.SlaOppKuidAsync(Kuid.Parse("1001"), T(t))).Kjoretoy!.Registrering!.Registreringsstatus.KodeVerdi);
        }

        Assert.Equal(["REGISTRERT", "AVREGISTRERT", "VRAKET"], statuser);
    }

    [Fact]
    public async Task MainPlateIsThePersonalisedPlateWhileOneIsAttached()
    {
        await register.LastAsync(Kjoretoy(
            "1001",
            kjennemerker:
            [
                Plate("EK 39085", "2017-06-06T00:00:00+02:00"),
                Plate("SOLSKIN", "2022-03-01T09:00:00+01:00", "2024-01-10T12:00:00+01:00", "PERSONLIG"),
            ]));

        var med = await register.Oppslag.SlaOppKuidAsync(Kuid.Parse("1001"), T("2023-01-01T00:00:00Z"));
        var uten = await register.Oppslag.SlaOppKuidAsync(Kuid.Parse("1001"), T("2025-01-01T00:00:00Z"));

        Assert.Equal("SOLSKIN", med.Kjoretoy!.KjoretoyId.Kjennemerke);
        Assert.Equal(2, med.Kjoretoy.Kjennemerke.Count);
        Assert.Equal("EK 39085", uten.Kjoretoy!.KjoretoyId.Kjennemerke);
        Assert.Single(uten.Kjoretoy.Kjennemerke);
    }

    [Fact]
    public async Task OwnershipCarriesCoOwnerLesseeAndUnderenhetWithDerivedBirthDate()
    {
        var leasingselskap = Syntetiske.Orgnr(1);
        var underenhet = Syntetiske.Orgnr(2);
        await register.LastAsync(Kjoretoy(
            "1001",
            eierskap:
            [
                Eierskap(
                    Enhet(leasingselskap, "EKSEMPEL LEASING AS"),
                    "2020-01-01T00:00:00+01:00",
                    medeier: Person(OlaFnr, "OLA", "HANSEN"),
                    leasingtaker: Person(KariFnr, "KARI", "NORDMANN"),
                    underenhet: Enhet(underenhet, "EKSEMPEL LEASING AS AVD BERGEN")),
            ]));

        var eierskap = (await register.Oppslag.SlaOppKuidAsync(Kuid.Parse("1001"), null)).Kjoretoy!.Eierskap!;

        Assert.Equal(leasingselskap, eierskap.Eier!.Enhet!.Organisasjonsnummer);
        Assert.Null(eierskap.Eier.Person);
        Assert.Equal(OlaFnr, eierskap.Medeier!.Person!.Fodselsnummer);
        Assert.Equal(new DateOnly(1981, 2, 14), eierskap.Leasingtaker!.Person!.Fodselsdato);
        Assert.Equal(underenhet, eierskap.Underenhet!.Enhet!.Organisasjonsnummer);
        Assert.Equal(T("2020-01-01T00:00:00+01:00"), eierskap.Vedtakstidspunkt);
        Assert.Null(eierskap.Eier.TilTidspunkt);
    }
}

public sealed class SqliteTidsreglerTests() : TidsreglerTests(Lagringsmotor.Sqlite);

public sealed class PostgresTidsreglerTests() : TidsreglerTests(Lagringsmotor.Postgres);
