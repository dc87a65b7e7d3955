using Kjoretoyregister.Server.Forvaltning;

namespace Kjoretoyregister.Cli.Tests;

/// <summary><c>kjoretoy forvaltning bruker</c>: accounts, roles and passwords through the real process.</summary>
public sealed class BrukerKommandoTests : IDisposable
{
    private readonly Forvaltningsmappe mappe = new();

    [Fact]
    public async Task ACreatedAccountsPasswordIsShownOnceVerifiesAndIsNeverLogged()
    {
        var fiksOrgId = await mappe.OrganisasjonAsync();

        var opprettet = await mappe.Kjor("bruker", "opprett", "--brukernavn", "Kari.Nordmann@Kommune.no", "--navn", "Kari Nordmann", "--fiks-org", fiksOrgId);
        var passord = Forvaltningsmappe.Verdi(opprettet.Ut, "Passord");
        var liste = await mappe.Kjor("bruker", "liste");

        Assert.True(opprettet.Kode == 0, opprettet.Feil);
        Assert.Equal("kari.nordmann@kommune.no", Forvaltningsmappe.Verdi(opprettet.Ut, "Brukernavn"));
        Assert.Contains("vises bare denne ene gangen", opprettet.Ut, StringComparison.Ordinal);
        var brukere = mappe.Brukere();
        var kari = await brukere.HentAsync("kari.nordmann@kommune.no");
        Assert.Equal([Guid.Parse(fiksOrgId)], kari!.Organisasjoner);
        Assert.False(kari.KsAdministrator);
        Assert.True(Integrasjonspassord.Verifiser(passord, (await brukere.HentInnloggingAsync(kari.Brukernavn))!.Passordhash));
        Assert.Contains($"kari.nordmann@kommune.no\tKari Nordmann\tnei\t{fiksOrgId}\t\tnei", liste.Ut, StringComparison.Ordinal);
        var endring = (await mappe.EndringerAsync())[0];
        Assert.Equal(("cli:" + Environment.UserName, Guid.Parse(fiksOrgId), "Opprettet brukeren kari.nordmann@kommune.no"), (endring.Utfortav, endring.FiksOrgId, endring.Handling));
        Assert.DoesNotContain(passord, endring.Detaljer ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task AKsAdministratorCanBeCreatedBeforeAnyOrganisationExists()
    {
        var opprettet = await mappe.Kjor("bruker", "opprett", "--brukernavn", "ks-admin", "--navn", "KS Admin", "--ks-administrator");

        Assert.True(opprettet.Kode == 0, opprettet.Feil);
        Assert.True((await mappe.Brukere().HentAsync("ks-admin"))!.KsAdministrator);
    }

    [Theory]
    [InlineData("ab")]
    [InlineData("kari nordmann")]
    [InlineData("kåre")]
    public async Task AnInvalidUsernameExitsTwoNamingTheOptionAndCreatesNothing(string brukernavn)
    {
        var svar = await mappe.Kjor("bruker", "opprett", "--brukernavn", brukernavn, "--navn", "Kari");

        Assert.Equal(2, svar.Kode);
        Assert.Contains("--brukernavn: Brukernavn må være 3–64 tegn", svar.Feil, StringComparison.Ordinal);
        Assert.Empty(svar.Ut);
        Assert.False(Directory.Exists(mappe.DataDir));
    }

    [Fact]
    public async Task ATakenUsernameOrAnUnknownOrganisationExitsOneAndCreatesNothingMore()
    {
        await mappe.Kjor("bruker", "opprett", "--brukernavn", "kari", "--navn", "Kari");

        var tatt = await mappe.Kjor("bruker", "opprett", "--brukernavn", "KARI", "--navn", "Annen");
        var ukjent = await mappe.Kjor("bruker", "opprett", "--brukernavn", "per", "--navn", "Per", "--fiks-org", Guid.NewGuid().ToString());
        var ugyldig = await mappe.Kjor("bruker", "opprett", "--brukernavn", "per", "--navn", "Per", "--fiks-org", "kommune-1");

        Assert.Equal(1, tatt.Kode);
        Assert.Contains("Brukernavnet «kari» er allerede i bruk.", tatt.Feil, StringComparison.Ordinal);
        Assert.Equal(1, ukjent.Kode);
        Assert.Contains("finnes ikke", ukjent.Feil, StringComparison.Ordinal);
        Assert.Equal(2, ugyldig.Kode);
        Assert.Contains("--fiks-org", ugyldig.Feil, StringComparison.Ordinal);
        Assert.Equal(["kari"], (await mappe.Brukere().ListAsync()).Select(b => b.Brukernavn));
    }

    [Fact]
    public async Task TheRoleIsGrantedAndWithdrawnAndWithdrawingItAgainExitsOne()
    {
        var fiksOrgId = await mappe.OrganisasjonAsync();
        await mappe.Kjor("bruker", "opprett", "--brukernavn", "kari", "--navn", "Kari");

        var gitt = await mappe.Kjor("bruker", "gi-administrator", "--brukernavn", "Kari", "--fiks-org", fiksOrgId);
        var etterGitt = await mappe.Brukere().HentAsync("kari");
        var fjernet = await mappe.Kjor("bruker", "fjern-administrator", "--brukernavn", "kari", "--fiks-org", fiksOrgId);
        var igjen = await mappe.Kjor("bruker", "fjern-administrator", "--brukernavn", "kari", "--fiks-org", fiksOrgId);

        Assert.True(gitt.Kode == 0, gitt.Feil);
        Assert.True(etterGitt!.Administrerer(Guid.Parse(fiksOrgId)));
        Assert.True(fjernet.Kode == 0, fjernet.Feil);
        Assert.Empty((await mappe.Brukere().HentAsync("kari"))!.Organisasjoner);
        Assert.Equal(1, igjen.Kode);
        Assert.Equal(
            ["Fjernet kari som lokal administrator", "Gjorde kari til lokal administrator"],
            (await mappe.EndringerAsync()).Take(2).Select(e => e.Handling));
    }

    [Fact]
    public async Task GrantingToAnUnknownAccountOrOrganisationExitsOneAndANonUuidExitsTwo()
    {
        var fiksOrgId = await mappe.OrganisasjonAsync();
        await mappe.Kjor("bruker", "opprett", "--brukernavn", "kari", "--navn", "Kari");

        var ukjentBruker = await mappe.Kjor("bruker", "gi-administrator", "--brukernavn", "ukjent", "--fiks-org", fiksOrgId);
        var ukjentOrganisasjon = await mappe.Kjor("bruker", "gi-administrator", "--brukernavn", "kari", "--fiks-org", Guid.NewGuid().ToString());
        var ugyldig = await mappe.Kjor("bruker", "gi-administrator", "--brukernavn", "kari", "--fiks-org", "kommune-1");

        Assert.Equal(1, ukjentBruker.Kode);
        Assert.Contains("brukeren «ukjent» finnes ikke", ukjentBruker.Feil, StringComparison.Ordinal);
        Assert.Equal(1, ukjentOrganisasjon.Kode);
        Assert.Equal(2, ugyldig.Kode);
        Assert.Contains("--fiks-org", ugyldig.Feil, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANewPasswordReplacesTheOldOneAndChangesTheStamp()
    {
        var opprettet = await mappe.Kjor("bruker", "opprett", "--brukernavn", "kari", "--navn", "Kari", "--ks-administrator");
        var gammelt = Forvaltningsmappe.Verdi(opprettet.Ut, "Passord");
        var stempel = (await mappe.Brukere().HentAsync("kari"))!.Sikkerhetsstempel;

        var byttet = await mappe.Kjor("bruker", "bytt-passord", "--brukernavn", "KARI");
        var nytt = Forvaltningsmappe.Verdi(byttet.Ut, "Passord");
        var ukjent = await mappe.Kjor("bruker", "bytt-passord", "--brukernavn", "ukjent");

        Assert.True(byttet.Kode == 0, byttet.Feil);
        var innlogging = await mappe.Brukere().HentInnloggingAsync("kari");
        Assert.True(Integrasjonspassord.Verifiser(nytt, innlogging!.Passordhash));
        Assert.False(Integrasjonspassord.Verifiser(gammelt, innlogging.Passordhash));
        Assert.NotEqual(stempel, innlogging.Sikkerhetsstempel);
        Assert.Equal(1, ukjent.Kode);
        Assert.DoesNotContain("Passord:", ukjent.Ut, StringComparison.Ordinal);
        Assert.All(await mappe.EndringerAsync(), e => Assert.DoesNotContain(nytt, e.Handling + e.Detaljer, StringComparison.Ordinal));
    }

    public void Dispose() => mappe.Dispose();
}
