using Kjoretoyregister.Contracts;
using Kjoretoyregister.Server.Forvaltning.Endringer;
using Kjoretoyregister.Server.Logg.Innsyn;
using Kjoretoyregister.Server.Tests.Testdata;

namespace Kjoretoyregister.Server.Tests.Logg;

/// <summary>
/// The innsyn report (GDPR art. 15) on each engine: every lookup of the organisation in which the person
/// was searched for or disclosed (also as co-owner), newest first, none of another organisation's, and
/// a change-log entry that does not name the person in full.
/// </summary>
public abstract class InnsynsrapportTests(ServerFabrikk server)
{
    public sealed class PaSqlite(TomtRegister fixture) : InnsynsrapportTests(fixture.Server), IClassFixture<TomtRegister>;

    public sealed class PaPostgres(TomtRegisterPaPostgres fixture) : InnsynsrapportTests(fixture.Server), IClassFixture<TomtRegisterPaPostgres>;

    [Fact]
    public async Task ReportHoldsThePersonsLookupsByBothIntegrationsAndAsCoOwnerAndNoneOfAnotherOrganisation()
    {
        var s = await Innsynsscenario.OpprettAsync(server);
        var rapporter = server.Tjeneste<Innsynsrapporter>();

        var rapport = (await rapporter.LagAsync(s.Kommune.FiksOrgId, Fodselsnummer.Parse(s.Fnr), "test", "vist"))!;
        var naboens = (await rapporter.LagAsync(s.Nabokommune.FiksOrgId, Fodselsnummer.Parse(s.Fnr), "test", "vist"))!;

        Assert.Equal(s.Kommune.Organisasjon.Navn, rapport.Organisasjonsnavn);
        Assert.Collection(
            rapport.Rader,
            medeier =>
            {
                Assert.Equal((Innsynsscenario.Parkering, "kjennemerke", s.MedeidBil.Kjennemerke, "PARKERINGSGEBYR"), (medeier.Integrasjon, medeier.Operasjon, medeier.Nokkel, medeier.Formal));
                Assert.Equal([s.MedeidBil.Kuid], medeier.Kuider);
                Assert.Equal((false, true), (medeier.SoktEtter, medeier.Utlevert));
                Assert.Equal(("sb-parkeringsgebyr", "SAK-2026/15"), (medeier.Saksbehandler, medeier.Saksreferanse));
            },
            eier =>
            {
                Assert.Equal((Innsynsscenario.Borttauing, "kjennemerke", s.EgenBil.Kjennemerke, "BORTTAUING"), (eier.Integrasjon, eier.Operasjon, eier.Nokkel, eier.Formal));
                Assert.Equal([s.EgenBil.Kuid], eier.Kuider);
                Assert.Equal("utlevert", eier.Rolle);
                Assert.Equal(("sb-borttauing", "SAK-2026/10"), (eier.Saksbehandler, eier.Saksreferanse));
            },
            sokt =>
            {
                Assert.Equal((Innsynsscenario.Parkering, "person", s.Fnr, "PARKERINGSTILLATELSE"), (sokt.Integrasjon, sokt.Operasjon, sokt.Nokkel, sokt.Formal));
                Assert.True(sokt.SoktEtter);
                Assert.Contains(s.EgenBil.Kuid, sokt.Kuider);
                Assert.Contains(s.MedeidBil.Kuid, sokt.Kuider);
            });
        Assert.All(rapport.Rader, r =>
        {
            Assert.Equal(s.LeverandorOrgnr, r.LeverandorOrgnr);
            Assert.DoesNotContain(s.FremmedBil.Kuid, r.Kuider);
            Assert.NotEqual(Innsynsscenario.Nabosystem, r.Integrasjon);
        });
        Assert.True(rapport.Rader[0].Tidspunkt >= rapport.Rader[1].Tidspunkt && rapport.Rader[1].Tidspunkt >= rapport.Rader[2].Tidspunkt);
        var naborad = Assert.Single(naboens.Rader);
        Assert.Equal((Innsynsscenario.Nabosystem, s.EgenBil.Kjennemerke), (naborad.Integrasjon, naborad.Nokkel));
    }

    [Fact]
    public async Task EachReportIsInTheChangeLogWithTheBirthDateAndCountButNotTheWholeNumber()
    {
        var s = await Innsynsscenario.OpprettAsync(server);

        await server.Tjeneste<Innsynsrapporter>().LagAsync(s.Kommune.FiksOrgId, Fodselsnummer.Parse(s.Fnr), "personvernombud", "lastet ned som PDF");

        var endringer = await server.Tjeneste<IEndringslogg>().ListAsync(s.Kommune.FiksOrgId, 0, 100);
        var endring = Assert.Single(endringer, e => e.Handling.StartsWith("Laget innsynsrapport", StringComparison.Ordinal));
        Assert.Equal("personvernombud", endring.Utfortav);
        Assert.Equal($"lastet ned som PDF: fødselsnummer {s.Fnr[..6]}*****, 3 oppslag", endring.Detaljer);
        Assert.All(endringer, e => Assert.DoesNotContain(s.Fnr, e.Handling + e.Detaljer, StringComparison.Ordinal));
    }

    [Fact]
    public async Task NoReportForAnOrganisationThatDoesNotExist()
    {
        var rapport = await server.Tjeneste<Innsynsrapporter>().LagAsync(Guid.NewGuid(), Fodselsnummer.Parse(Loggrader.Fnr1), "test", "vist");

        Assert.Null(rapport);
    }
}
