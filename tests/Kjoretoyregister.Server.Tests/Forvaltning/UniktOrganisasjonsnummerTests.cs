using Kjoretoyregister.Register.Lagring;
using Kjoretoyregister.Server.Forvaltning;

namespace Kjoretoyregister.Server.Tests.Forvaltning;

/// <summary>One organisation per organisasjonsnummer: the rule above the engines, and the unique index under it, on both engines.</summary>
public abstract class UniktOrganisasjonsnummerTests(Lagringsmotor motor) : Fikstester(motor)
{
    [Fact]
    public async Task ASecondOrganisationWithTheSameNumberIsRefusedNamingTheFieldAndTheOneThatHasIt()
    {
        var forste = await lager.Store().OpprettOrganisasjonAsync("Asker kommune", Fiksfil.Kommunenummer);

        // Another store: as a second server instance, or the CLI beside the server.
        var feil = await Assert.ThrowsAsync<ForvaltningException>(() => lager.Store().OpprettOrganisasjonAsync(
            "Bærum kommune", Fiksfil.Kommunenummer, endring: new Kjoretoyregister.Server.Forvaltning.Endringer.Endring(lager.Klokke.GetUtcNow(), "test", null, "Opprettet organisasjonen", null)));

        Assert.Equal("organisasjonsnummer", feil.Felt);
        Assert.StartsWith($"Organisasjonsnummer {Fiksfil.Kommunenummer} er allerede registrert på «Asker kommune»", feil.Message, StringComparison.Ordinal);
        Assert.Contains(forste.FiksOrgId.ToString(), feil.Message, StringComparison.Ordinal);
        Assert.Equal(["Asker kommune"], (await lager.Store().ListOrganisasjonerAsync()).Select(o => o.Navn));
        Assert.Empty(await lager.Endringslogg().ListAsync(null, 0, 100));
    }

    [Fact]
    public async Task TwoStoresCreatingTheSameNumberAtOnceMakeExactlyOneOrganisation()
    {
        var en = lager.Store();
        var to = lager.Store();

        var forsok = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(async () =>
        {
            try
            {
                await (i % 2 == 0 ? en : to).OpprettOrganisasjonAsync($"Kommune {i}", Fiksfil.Kommunenummer);
                return (string?)null;
            }
            catch (ForvaltningException e)
            {
                return e.Felt;
            }
        })));

        Assert.Single(await en.ListOrganisasjonerAsync());
        Assert.Equal(5, forsok.Count(f => f == "organisasjonsnummer"));
    }

    [Fact]
    public async Task TheSameIdTwiceIsStillRefusedAsAnIdInUse()
    {
        var forste = await lager.Store().OpprettOrganisasjonAsync("Asker kommune", Fiksfil.Kommunenummer);

        var feil = await Assert.ThrowsAsync<ForvaltningException>(() => lager.Store().OpprettOrganisasjonAsync("Asker kommune", Testdata.Unike.Orgnr(), forste.FiksOrgId));

        Assert.Contains($"Fiks-organisasjonID {forste.FiksOrgId} er allerede i bruk", feil.Message, StringComparison.Ordinal);
    }

    public sealed class Sqlite() : UniktOrganisasjonsnummerTests(Lagringsmotor.Sqlite);

    public sealed class Postgres() : UniktOrganisasjonsnummerTests(Lagringsmotor.Postgres);
}
