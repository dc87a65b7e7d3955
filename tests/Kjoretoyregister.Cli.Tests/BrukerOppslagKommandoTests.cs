namespace Kjoretoyregister.Cli.Tests;

/// <summary><c>kjoretoy forvaltning bruker gi-oppslag|fjern-oppslag</c>: the role Oppslag by username or by OIDC identity, through the real process.</summary>
public sealed class BrukerOppslagKommandoTests : IDisposable
{
    private readonly Forvaltningsmappe mappe = new();

    [Fact]
    public async Task GrantingOppslagToAnOidcIdentityThatNeverSignedInCreatesItsAccountWithoutPasswordAndLogsIt()
    {
        var fiksOrgId = await mappe.OrganisasjonAsync();

        var gitt = await mappe.Kjor("bruker", "gi-oppslag", "--oidc-identitet", "AbC-01908012345", "--fiks-org", fiksOrgId);

        Assert.True(gitt.Kode == 0, gitt.Feil);
        var bruker = await mappe.Brukere().HentAsync("oidc:AbC-01908012345");
        Assert.True(bruker!.HarOppslag(Guid.Parse(fiksOrgId)));
        Assert.Empty(bruker.Organisasjoner);
        Assert.Null(await mappe.Brukere().HentAsync("oidc:abc-01908012345"));
        Assert.Equal("oidc", (await mappe.Brukere().HentInnloggingAsync(bruker.Brukernavn))!.Passordhash);
        var handlinger = (await mappe.EndringerAsync()).Select(e => e.Handling).ToList();
        Assert.Contains("Opprettet kontoen oidc:AbC-01908012345 (OpenID Connect)", handlinger);
        Assert.Contains("Ga oidc:AbC-01908012345 rollen Oppslag", handlinger);
    }

    [Fact]
    public async Task OppslagIsGrantedToALocalAccountByUsernameAndWithdrawn()
    {
        var fiksOrgId = await mappe.OrganisasjonAsync();
        await mappe.Kjor("bruker", "opprett", "--brukernavn", "kari", "--navn", "Kari");

        var gitt = await mappe.Kjor("bruker", "gi-oppslag", "--brukernavn", "Kari", "--fiks-org", fiksOrgId);
        var liste = await mappe.Kjor("bruker", "liste");
        var fjernet = await mappe.Kjor("bruker", "fjern-oppslag", "--brukernavn", "kari", "--fiks-org", fiksOrgId);
        var igjen = await mappe.Kjor("bruker", "fjern-oppslag", "--brukernavn", "kari", "--fiks-org", fiksOrgId);

        Assert.True(gitt.Kode == 0, gitt.Feil);
        Assert.Contains($"kari\tKari\tnei\t\t{fiksOrgId}\tnei", liste.Ut, StringComparison.Ordinal);
        Assert.True(fjernet.Kode == 0, fjernet.Feil);
        Assert.False((await mappe.Brukere().HentAsync("kari"))!.HarOppslag(Guid.Parse(fiksOrgId)));
        Assert.Equal(1, igjen.Kode);
        Assert.Contains("har ikke rollen Oppslag", igjen.Feil, StringComparison.Ordinal);
        Assert.Contains("Fjernet rollen Oppslag fra kari", (await mappe.EndringerAsync()).Select(e => e.Handling));
    }

    [Fact]
    public async Task NeitherOrBothOfUsernameAndIdentityOrABadIdentityExitsTwo()
    {
        var fiksOrgId = await mappe.OrganisasjonAsync();

        var ingen = await mappe.Kjor("bruker", "gi-oppslag", "--fiks-org", fiksOrgId);
        var begge = await mappe.Kjor("bruker", "gi-oppslag", "--brukernavn", "kari", "--oidc-identitet", "x", "--fiks-org", fiksOrgId);
        var ugyldig = await mappe.Kjor("bruker", "gi-oppslag", "--oidc-identitet", "to ord", "--fiks-org", fiksOrgId);

        Assert.Equal((2, 2, 2), (ingen.Kode, begge.Kode, ugyldig.Kode));
        Assert.Contains("--oidc-identitet: OIDC-identiteten må være", ugyldig.Feil, StringComparison.Ordinal);
        Assert.Empty(await mappe.Brukere().ListAsync());
    }

    public void Dispose() => mappe.Dispose();
}
