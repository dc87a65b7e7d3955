using Kjoretoyregister.Register.Lagring;
using Kjoretoyregister.Server.Forvaltning;
using Kjoretoyregister.Server.Forvaltning.Endringer;

namespace Kjoretoyregister.Server.Tests.Forvaltning;

/// <summary>
/// A change and its change-log entry are one: a change that is refused or finds nothing to change leaves
/// no entry, and the entry is there, read by another instance, whenever the change is.
/// </summary>
public abstract class EndringstransaksjonTests(Lagringsmotor motor) : Fikstester(motor)
{
    private const string Hash = "pbkdf2-sha512$1$AA==$AA==";

    [Fact]
    public async Task ARefusedActivationLeavesNoEntryAndAnAcceptedOneLeavesItsEntry()
    {
        var store = lager.Store();
        var organisasjon = await store.OpprettOrganisasjonAsync("Testkommune", Fiksfil.Kommunenummer);
        var id = organisasjon.FiksOrgId;

        await Assert.ThrowsAsync<ForvaltningException>(() => store.SettKjoretoyregisterAktivertAsync(id, true, Endring(id, "Aktiverte for tidlig")));
        var etterAvvist = await lager.Endringslogg().ListAsync(id, 0, 10);
        await store.SettAvtalerAsync(id, Fiksfil.Signert, Endring(id, "Registrerte avtalene"));
        var aktivert = await store.SettKjoretoyregisterAktivertAsync(id, true, Endring(id, "Aktiverte tjenesten"));

        Assert.Empty(etterAvvist);
        Assert.True(aktivert);
        Assert.True((await lager.Store().HentOrganisasjonAsync(id))!.KjoretoyregisterAktivert);
        Assert.Equal(["Aktiverte tjenesten", "Registrerte avtalene"], (await lager.Endringslogg().ListAsync(id, 0, 10)).Select(e => e.Handling));
    }

    [Fact]
    public async Task WithdrawingAnAgreementOfAnActiveServiceLeavesNeitherTheChangeNorAnEntry()
    {
        var store = lager.Store();
        var organisasjon = await Fiksfil.AktivOrganisasjonAsync(store);

        await Assert.ThrowsAsync<ForvaltningException>(() =>
            store.SettAvtalerAsync(organisasjon.FiksOrgId, Avtaler.Ingen, Endring(organisasjon.FiksOrgId, "Trakk avtalene")));

        Assert.Equal(Fiksfil.Signert, (await store.HentDetaljerAsync(organisasjon.FiksOrgId))!.Avtaler);
        Assert.Equal(0, await lager.Endringslogg().TellAsync(null));
    }

    [Fact]
    public async Task ATakenIdAndAMissingIntegrationLeaveNoEntry()
    {
        var store = lager.Store();
        var organisasjon = await store.OpprettOrganisasjonAsync("Testkommune", Fiksfil.Kommunenummer, endring: Endring(null, "Opprettet"));

        await Assert.ThrowsAsync<ForvaltningException>(() =>
            store.OpprettOrganisasjonAsync("Annen", Fiksfil.Kommunenummer, organisasjon.FiksOrgId, Endring(null, "Opprettet igjen")));
        var slettet = await store.SlettIntegrasjonAsync(Guid.NewGuid(), Endring(null, "Slettet en som ikke finnes"));
        var byttet = await store.ByttPassordhashAsync(Guid.NewGuid(), Hash, Endring(null, "Byttet passord på en som ikke finnes"));
        var gitt = await lager.Brukere().GiAdministratorAsync("finnes.ikke", organisasjon.FiksOrgId, Endring(null, "Ga rollen til ingen"));

        Assert.False(slettet || byttet || gitt);
        Assert.Equal(["Opprettet"], (await lager.Endringslogg().ListAsync(null, 0, 10)).Select(e => e.Handling));
    }

    [Fact]
    public async Task EveryAcceptedChangeIsLoggedOnceWithItsWhoAndWhat()
    {
        var store = lager.Store();
        var brukere = lager.Brukere();
        var organisasjon = await Fiksfil.AktivOrganisasjonAsync(store);
        var id = organisasjon.FiksOrgId;

        var integrasjon = await store.OpprettIntegrasjonAsync(new NyIntegrasjon(id, "Fagsystem", Fiksfil.Leverandornummer, null), Hash, endring: Endring(id, "1"));
        await store.SettKanSokeAsync(integrasjon.IntegrasjonId, true, Endring(id, "2"));
        await store.ByttPassordhashAsync(integrasjon.IntegrasjonId, Hash, Endring(id, "3"));
        await store.SettDetaljerAsync(id, "Testkommune", new Fakturering("Rådhuset", null, Fiksfil.Kommunenummer), Endring(id, "4"));
        await store.SlettIntegrasjonAsync(integrasjon.IntegrasjonId, Endring(id, "5"));
        await store.SettTariffAsync(new Tariff(new DateOnly(2025, 1, 1), 0.1m, 500m), Endring(null, "6"));
        await brukere.OpprettAsync("kari", "Kari", Hash, ksAdministrator: false, Endring(id, "7"));
        await brukere.GiAdministratorAsync("kari", id, Endring(id, "8"));
        await brukere.ByttPassordAsync("kari", Hash, Endring(null, "9"));
        await brukere.FjernAdministratorAsync("kari", id, Endring(id, "10"));

        var logg = await lager.Endringslogg().ListAsync(null, 0, 100);
        Assert.Equal(["10", "9", "8", "7", "6", "5", "4", "3", "2", "1"], logg.Select(e => e.Handling));
        Assert.All(logg, e => Assert.Equal("kari-admin", e.Utfortav));
        Assert.Equal(8, await lager.Endringslogg().TellAsync(id));
    }

    [Fact]
    public async Task AnEntryWithoutWhoOrWhatIsRefusedBeforeTheChangeIsWritten()
    {
        var store = lager.Store();
        var organisasjon = await store.OpprettOrganisasjonAsync("Testkommune", Fiksfil.Kommunenummer);

        await Assert.ThrowsAsync<ArgumentException>(() =>
            store.SettAvtalerAsync(organisasjon.FiksOrgId, Fiksfil.Signert, new Endring(lager.Klokke.GetUtcNow(), " ", null, "Registrerte", null)));

        Assert.Equal(Avtaler.Ingen, (await store.HentDetaljerAsync(organisasjon.FiksOrgId))!.Avtaler);
    }

    /// <summary>
    /// Two instances race: one withdraws the agreements while the other activates the service. Whatever
    /// the order, the rule holds afterwards, and the log holds exactly the changes that were made.
    /// </summary>
    [Fact]
    public async Task ActivationRacingAWithdrawalNeverLeavesTheServiceActiveWithoutAgreements()
    {
        var en = lager.Store();
        var to = lager.Store();
        var organisasjon = await en.OpprettOrganisasjonAsync("Testkommune", Fiksfil.Kommunenummer);
        var id = organisasjon.FiksOrgId;
        var gjort = 0;

        for (var runde = 0; runde < 20; runde++)
        {
            await en.SettKjoretoyregisterAktivertAsync(id, false);
            await en.SettAvtalerAsync(id, Fiksfil.Signert);
            var trekk = Task.Run(() => Forsok(() => en.SettAvtalerAsync(id, Avtaler.Ingen, Endring(id, "Trakk avtalene"))));
            var aktiver = Task.Run(() => Forsok(() => to.SettKjoretoyregisterAktivertAsync(id, true, Endring(id, "Aktiverte"))));
            gjort += (await trekk ? 1 : 0) + (await aktiver ? 1 : 0);

            var detaljer = (await en.HentDetaljerAsync(id))!;
            Assert.False(detaljer.Organisasjon.KjoretoyregisterAktivert && !detaljer.Avtaler.BeggeSignert, $"runde {runde}: aktivert uten avtaler");
        }

        Assert.Equal(gjort, await lager.Endringslogg().TellAsync(id));
    }

    private static async Task<bool> Forsok(Func<Task<bool>> endre)
    {
        try
        {
            return await endre();
        }
        catch (ForvaltningException)
        {
            return false;
        }
    }

    private Endring Endring(Guid? fiksOrgId, string handling) => new(lager.Klokke.GetUtcNow(), "kari-admin", fiksOrgId, handling, null);

    public sealed class Sqlite() : EndringstransaksjonTests(Lagringsmotor.Sqlite);

    public sealed class Postgres() : EndringstransaksjonTests(Lagringsmotor.Postgres);
}
