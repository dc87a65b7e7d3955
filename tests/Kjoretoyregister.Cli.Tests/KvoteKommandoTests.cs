using Kjoretoyregister.Server.Kvote;

namespace Kjoretoyregister.Cli.Tests;

/// <summary><c>kjoretoy forvaltning organisasjon kvote</c>: KS's per-organisation fair-use override, through the real process.</summary>
public sealed class KvoteKommandoTests : IDisposable
{
    private readonly Forvaltningsmappe mappe = new();

    [Fact]
    public async Task SetsKeepsAndResetsTheOverrideAndLogsEveryChange()
    {
        var fiksOrgId = await mappe.OrganisasjonAsync();

        var satt = await mappe.Kjor("organisasjon", "kvote", "--fiks-org", fiksOrgId, "--integrasjon-per-sekund", "20", "--organisasjon-kapasitet", "5000");
        var endretEn = await mappe.Kjor("organisasjon", "kvote", "--fiks-org", fiksOrgId, "--integrasjon-kapasitet", "400");
        var etterTo = (await mappe.DetaljerAsync(fiksOrgId))!.Kvote;
        var tilbake = await mappe.Kjor("organisasjon", "kvote", "--fiks-org", fiksOrgId,
            "--integrasjon-per-sekund", "standard", "--integrasjon-kapasitet", "standard", "--organisasjon-kapasitet", "STANDARD");

        Assert.All(new[] { satt, endretEn, tilbake }, r => Assert.True(r.Kode == 0, r.Feil));
        Assert.Equal(new Kvoteoverstyring(20, 400, null, 5000), etterTo);
        Assert.Contains("per integrasjon: 20 per sekund, kapasitet 400", endretEn.Ut, StringComparison.Ordinal);
        Assert.Null((await mappe.DetaljerAsync(fiksOrgId))!.Kvote);
        var endringer = await mappe.EndringerAsync();
        Assert.Equal(3, endringer.Count(e => e.Handling == "Endret kvoten"));
    }

    [Theory]
    [InlineData("--integrasjon-kapasitet", "99", "Kapasitet per integrasjon")]
    [InlineData("--organisasjon-per-sekund", "0", "Oppslag per sekund for organisasjonen")]
    public async Task AValueOutOfRangeIsRefusedNamingItAndNothingIsChanged(string valg, string verdi, string navn)
    {
        var fiksOrgId = await mappe.OrganisasjonAsync();

        var svar = await mappe.Kjor("organisasjon", "kvote", "--fiks-org", fiksOrgId, valg, verdi);

        Assert.Equal(1, svar.Kode);
        Assert.Contains(navn, svar.Feil, StringComparison.Ordinal);
        Assert.Null((await mappe.DetaljerAsync(fiksOrgId))!.Kvote);
    }

    [Fact]
    public async Task ANonNumberIsABadUseNamingTheOption()
    {
        var fiksOrgId = await mappe.OrganisasjonAsync();

        var svar = await mappe.Kjor("organisasjon", "kvote", "--fiks-org", fiksOrgId, "--integrasjon-kapasitet", "mange");

        Assert.Equal(2, svar.Kode);
        Assert.Contains("--integrasjon-kapasitet", svar.Feil, StringComparison.Ordinal);
    }

    public void Dispose() => mappe.Dispose();
}
