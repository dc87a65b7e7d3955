using Kjoretoyregister.Register.Lagring;
using Kjoretoyregister.Server.Forvaltning;

namespace Kjoretoyregister.Server.Tests.Forvaltning;

/// <summary>Forvaltning's accounts: usernames, creation and lookup.</summary>
public abstract class BrukerStoreTests(Lagringsmotor motor) : Fikstester(motor)
{
    private const string Hash = "pbkdf2-sha512$1$AA==$AA==";

    [Fact]
    public async Task ACreatedAccountIsReadBackByAnotherStoreWithNoOrganisations()
    {
        var opprettet = await lager.Brukere().OpprettAsync("kari.nordmann@kommune.no", " Kari Nordmann ", Hash, ksAdministrator: false);

        var hentet = await lager.Brukere().HentAsync("kari.nordmann@kommune.no");

        Assert.Equal("kari.nordmann@kommune.no", hentet!.Brukernavn);
        Assert.Equal("Kari Nordmann", hentet.Navn);
        Assert.False(hentet.KsAdministrator);
        Assert.Empty(hentet.Organisasjoner);
        Assert.Equal(opprettet.Sikkerhetsstempel, hentet.Sikkerhetsstempel);
        Assert.Equal(lager.Klokke.GetUtcNow(), hentet.Opprettet);
        Assert.Matches("^[0-9a-f]{32}$", hentet.Sikkerhetsstempel);
    }

    [Fact]
    public async Task UsernamesAreStoredLowerCaseAndLookedUpWithoutRegardToCase()
    {
        var store = lager.Brukere();

        var opprettet = await store.OpprettAsync("  Kari.Nordmann@Kommune.NO ", "Kari", Hash, ksAdministrator: true);

        Assert.Equal("kari.nordmann@kommune.no", opprettet.Brukernavn);
        Assert.Equal(["kari.nordmann@kommune.no"], await lager.TeksterAsync("SELECT brukernavn FROM bruker"));
        Assert.True((await store.HentAsync("KARI.NORDMANN@kommune.no"))!.KsAdministrator);
        Assert.Equal(Hash, (await store.HentInnloggingAsync(" Kari.Nordmann@Kommune.no"))!.Passordhash);
    }

    [Fact]
    public async Task ATakenUsernameIsRefusedWhateverItsCaseAndTheFirstIsKept()
    {
        var store = lager.Brukere();
        await store.OpprettAsync("kari", "Kari", Hash, ksAdministrator: false);

        var feil = await Assert.ThrowsAsync<ForvaltningException>(() => lager.Brukere().OpprettAsync("KARI", "Annen", Hash, ksAdministrator: true));

        Assert.Equal("Brukernavnet «kari» er allerede i bruk.", feil.Message);
        var kari = await store.HentAsync("kari");
        Assert.Equal("Kari", kari!.Navn);
        Assert.False(kari.KsAdministrator);
    }

    [Theory]
    [InlineData("ab")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("kari nordmann")]
    [InlineData("kåre")]
    [InlineData("kari/admin")]
    [InlineData("kari+1@kommune.no")]
    public async Task AnInvalidUsernameIsRefusedWithTheRule(string brukernavn)
    {
        var store = lager.Brukere();

        var feil = await Assert.ThrowsAsync<ForvaltningException>(() => store.OpprettAsync(brukernavn, "Kari", Hash, ksAdministrator: false));

        Assert.Equal("Brukernavn må være 3–64 tegn: a–z, 0–9, punktum, understrek, @ eller bindestrek.", feil.Message);
        Assert.Empty(await store.ListAsync());
    }

    [Fact]
    public async Task SixtyFourCharactersOfEveryAllowedKindAreAcceptedAndSixtyFiveAreNot()
    {
        var store = lager.Brukere();
        var lengst = "a.b_c@d-9" + new string('x', 55);

        var opprettet = await store.OpprettAsync(lengst, "Kari", Hash, ksAdministrator: false);
        var feil = await Assert.ThrowsAsync<ForvaltningException>(() => store.OpprettAsync(lengst + "x", "Kari", Hash, ksAdministrator: false));

        Assert.Equal(64, opprettet.Brukernavn.Length);
        Assert.StartsWith("Brukernavn må være", feil.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEmptyNameIsRefusedNamingTheField()
    {
        var store = lager.Brukere();

        var feil = await Assert.ThrowsAsync<ForvaltningException>(() => store.OpprettAsync("kari", " ", Hash, ksAdministrator: false));

        Assert.Equal("Navn mangler.", feil.Message);
    }

    [Fact]
    public async Task AnUnknownAccountIsNull()
    {
        var store = lager.Brukere();

        var bruker = await store.HentAsync("ukjent");
        var innlogging = await store.HentInnloggingAsync("ukjent");

        Assert.Null(bruker);
        Assert.Null(innlogging);
    }

    [Fact]
    public async Task AccountsAreListedByUsername()
    {
        var store = lager.Brukere();
        await store.OpprettAsync("per", "Per", Hash, ksAdministrator: false);
        await store.OpprettAsync("anne", "Anne", Hash, ksAdministrator: true);

        var liste = await store.ListAsync();

        Assert.Equal(["anne", "per"], liste.Select(b => b.Brukernavn));
    }

    [Fact]
    public async Task ChangingThePasswordReplacesTheHashAndTheStampSoOtherSessionsEnd()
    {
        var store = lager.Brukere();
        var for_ = await store.OpprettAsync("kari", "Kari", Hash, ksAdministrator: false);

        var byttet = await lager.Brukere().ByttPassordAsync("Kari", "ny-hash");
        var etter = await store.HentInnloggingAsync("kari");

        Assert.True(byttet);
        Assert.Equal("ny-hash", etter!.Passordhash);
        Assert.NotEqual(for_.Sikkerhetsstempel, etter.Sikkerhetsstempel);
        Assert.Equal(etter.Sikkerhetsstempel, (await store.HentAsync("kari"))!.Sikkerhetsstempel);
    }

    [Fact]
    public async Task ChangingThePasswordOfAnUnknownAccountIsFalse()
    {
        var store = lager.Brukere();

        var byttet = await store.ByttPassordAsync("ukjent", "ny-hash");

        Assert.False(byttet);
    }

    public sealed class Sqlite() : BrukerStoreTests(Lagringsmotor.Sqlite);

    public sealed class Postgres() : BrukerStoreTests(Lagringsmotor.Postgres);
}
