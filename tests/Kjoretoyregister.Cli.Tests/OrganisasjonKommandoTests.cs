using Kjoretoyregister.Testing;

namespace Kjoretoyregister.Cli.Tests;

/// <summary><c>kjoretoy forvaltning organisasjon opprett</c>: one organisation per organisasjonsnummer, on SQLite and on PostgreSQL.</summary>
public sealed class OrganisasjonKommandoTests : IDisposable
{
    private readonly Forvaltningsmappe mappe = new();

    public void Dispose() => mappe.Dispose();

    [Fact]
    public async Task ASecondOrganisationWithTheSameNumberExitsOneNamingTheFieldAndTheFirst()
    {
        var forste = await mappe.OrganisasjonAsync("Asker kommune");

        var andre = await mappe.Kjor("organisasjon", "opprett", "--navn", "Bærum kommune", "--orgnr", Forvaltningsmappe.Kommunenummer);
        var liste = await mappe.Kjor("organisasjon", "liste");

        Assert.Equal(1, andre.Kode);
        Assert.Equal($"kjoretoy: Organisasjonsnummer {Forvaltningsmappe.Kommunenummer} er allerede registrert på «Asker kommune» (Fiks-organisasjonID {forste}); én organisasjon per organisasjonsnummer.", andre.Feil.Trim());
        Assert.DoesNotContain("Bærum", liste.Ut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnPostgresASecondOrganisationWithTheSameNumberExitsOne()
    {
        await using var database = await PostgresTestdatabase.OpprettAsync();
        string[] postgres = ["--postgres", database.Tilkoblingsstreng];

        var forste = await mappe.Kjor(["organisasjon", "opprett", "--navn", "Asker kommune", "--orgnr", Forvaltningsmappe.Kommunenummer, .. postgres]);
        var andre = await mappe.Kjor(["organisasjon", "opprett", "--navn", "Bærum kommune", "--orgnr", Forvaltningsmappe.Kommunenummer, .. postgres]);

        Assert.True(forste.Kode == 0, forste.Feil);
        Assert.Equal(1, andre.Kode);
        Assert.Contains($"Organisasjonsnummer {Forvaltningsmappe.Kommunenummer} er allerede registrert på «Asker kommune»", andre.Feil, StringComparison.Ordinal);
    }
}
