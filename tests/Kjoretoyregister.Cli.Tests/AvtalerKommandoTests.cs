using Kjoretoyregister.Server.Forvaltning;

namespace Kjoretoyregister.Cli.Tests;

/// <summary><c>kjoretoy forvaltning organisasjon avtaler</c> and the activation rule, through the real process.</summary>
public sealed class AvtalerKommandoTests : IDisposable
{
    private readonly Forvaltningsmappe mappe = new();

    [Fact]
    public async Task ActivationIsRefusedUntilBothAgreementsAreRecordedAndEveryChangeIsLoggedAsTheCliUser()
    {
        var fiksOrgId = await mappe.OrganisasjonAsync();

        var utenAvtaler = await mappe.Kjor("organisasjon", "aktiver", "--fiks-org", fiksOrgId);
        var hovedavtale = await mappe.Kjor("organisasjon", "avtaler", "--fiks-org", fiksOrgId, "--hovedavtale", "2025-01-15");
        var utenVedlegg = await mappe.Kjor("organisasjon", "aktiver", "--fiks-org", fiksOrgId);
        var vedlegg = await mappe.Kjor("organisasjon", "avtaler", "--fiks-org", fiksOrgId, "--tjenestevedlegg", "2025-02-03");
        var aktivert = await mappe.Kjor("organisasjon", "aktiver", "--fiks-org", fiksOrgId);

        Assert.Equal(1, utenAvtaler.Kode);
        Assert.Contains("før Hovedavtalen og Tjenestevedlegget for Fiks kjøretøyregister er registrert som signert", utenAvtaler.Feil, StringComparison.Ordinal);
        Assert.Equal(1, utenVedlegg.Kode);
        Assert.Contains("før Tjenestevedlegget for Fiks kjøretøyregister er registrert", utenVedlegg.Feil, StringComparison.Ordinal);
        Assert.All(new[] { hovedavtale, vedlegg, aktivert }, r => Assert.True(r.Kode == 0, r.Feil));
        var detaljer = await mappe.DetaljerAsync(fiksOrgId);
        Assert.Equal(new Avtaler(new DateOnly(2025, 1, 15), new DateOnly(2025, 2, 3)), detaljer!.Avtaler);
        Assert.True(detaljer.Organisasjon.KjoretoyregisterAktivert);
        var endringer = await mappe.EndringerAsync();
        Assert.Equal(
            ["Aktiverte kjøretøyregister-tjenesten", "Registrerte avtalene", "Registrerte avtalene", "Opprettet organisasjonen"],
            endringer.Select(e => e.Handling));
        Assert.All(endringer, e => Assert.Equal("cli:" + Environment.UserName, e.Utfortav));
        Assert.All(endringer, e => Assert.Equal(Guid.Parse(fiksOrgId), e.FiksOrgId));
    }

    [Fact]
    public async Task WithoutOptionsTheAgreementsAreShownAndNothingIsChanged()
    {
        var fiksOrgId = await mappe.OrganisasjonAsync();
        await mappe.Kjor("organisasjon", "avtaler", "--fiks-org", fiksOrgId, "--hovedavtale", "2025-01-15");

        var vist = await mappe.Kjor("organisasjon", "avtaler", "--fiks-org", fiksOrgId);

        Assert.Equal(0, vist.Kode);
        Assert.Contains("Hovedavtalen: signert 2025-01-15", vist.Ut, StringComparison.Ordinal);
        Assert.Contains("Tjenestevedlegget for Fiks kjøretøyregister: ikke signert", vist.Ut, StringComparison.Ordinal);
        Assert.Equal(2, (await mappe.EndringerAsync()).Count);
    }

    [Fact]
    public async Task AnAgreementCannotBeWithdrawnWhileTheServiceIsActivatedButCanAfterDeactivation()
    {
        var fiksOrgId = await mappe.OrganisasjonAsync();
        await mappe.Kjor("organisasjon", "avtaler", "--fiks-org", fiksOrgId, "--hovedavtale", "2025-01-15", "--tjenestevedlegg", "2025-02-03");
        await mappe.Kjor("organisasjon", "aktiver", "--fiks-org", fiksOrgId);

        var mensAktiv = await mappe.Kjor("organisasjon", "avtaler", "--fiks-org", fiksOrgId, "--hovedavtale", "ingen");
        await mappe.Kjor("organisasjon", "deaktiver", "--fiks-org", fiksOrgId);
        var etterDeaktivering = await mappe.Kjor("organisasjon", "avtaler", "--fiks-org", fiksOrgId, "--hovedavtale", "INGEN");

        Assert.Equal(1, mensAktiv.Kode);
        Assert.Contains("Hovedavtalen kan ikke fjernes mens kjøretøyregister-tjenesten er aktivert", mensAktiv.Feil, StringComparison.Ordinal);
        Assert.True(etterDeaktivering.Kode == 0, etterDeaktivering.Feil);
        Assert.Equal(new Avtaler(null, new DateOnly(2025, 2, 3)), (await mappe.DetaljerAsync(fiksOrgId))!.Avtaler);
    }

    [Theory]
    [InlineData("--hovedavtale", "2025-13-01")]
    [InlineData("--hovedavtale", "15.01.2025")]
    [InlineData("--tjenestevedlegg", "i går")]
    [InlineData("--tjenestevedlegg", "2999-01-01")]
    public async Task ADateThatIsNoPastIsoDateExitsTwoNamingTheOptionAndChangesNothing(string valg, string verdi)
    {
        var fiksOrgId = await mappe.OrganisasjonAsync();

        var svar = await mappe.Kjor("organisasjon", "avtaler", "--fiks-org", fiksOrgId, valg, verdi);

        Assert.Equal(2, svar.Kode);
        Assert.Contains($"kjoretoy: {valg}:", svar.Feil, StringComparison.Ordinal);
        Assert.Equal(Avtaler.Ingen, (await mappe.DetaljerAsync(fiksOrgId))!.Avtaler);
    }

    [Fact]
    public async Task AnUnknownOrganisationExitsOneAndAnIdThatIsNoUuidExitsTwo()
    {
        await mappe.OrganisasjonAsync();
        var ukjent = Guid.NewGuid().ToString();

        var ukjentSvar = await mappe.Kjor("organisasjon", "avtaler", "--fiks-org", ukjent, "--hovedavtale", "2025-01-15");
        var ugyldig = await mappe.Kjor("organisasjon", "avtaler", "--fiks-org", "kommune-1");

        Assert.Equal(1, ukjentSvar.Kode);
        Assert.Contains($"Fiks-organisasjonen {ukjent} finnes ikke", ukjentSvar.Feil, StringComparison.Ordinal);
        Assert.Equal(2, ugyldig.Kode);
        Assert.Contains("--fiks-org", ugyldig.Feil, StringComparison.Ordinal);
    }

    public void Dispose() => mappe.Dispose();
}
