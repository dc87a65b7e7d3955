using Kjoretoyregister.Register.Lagring;
using Kjoretoyregister.Server.Forvaltning.Endringer;

namespace Kjoretoyregister.Server.Tests.Forvaltning;

/// <summary>The change log: newest first, paged, and per organisation.</summary>
public abstract class EndringsloggTests(Lagringsmotor motor) : Fikstester(motor)
{
    [Fact]
    public async Task AChangeIsReadBackAsWrittenByAnotherLog()
    {
        var fiksOrgId = Guid.NewGuid();
        var endring = new Endring(lager.Klokke.GetUtcNow(), "kari", fiksOrgId, "Opprettet integrasjonen «Fagsystem»", "Kan søke: ja");

        await lager.Endringslogg().SkrivAsync(endring);

        Assert.Equal([endring], await lager.Endringslogg().ListAsync(null, 0, 10));
    }

    [Fact]
    public async Task APlatformChangeHasNoOrganisationAndNoDetailsIsNull()
    {
        var logg = lager.Endringslogg();
        var endring = new Endring(lager.Klokke.GetUtcNow(), "cli:drift", null, "Fastsatte pris", null);

        await logg.SkrivAsync(endring);

        Assert.Equal([endring], await logg.ListAsync(null, 0, 10));
    }

    [Fact]
    public async Task ChangesArePagedNewestFirst()
    {
        var logg = lager.Endringslogg();
        for (var i = 1; i <= 5; i++)
        {
            await logg.SkrivAsync(new Endring(lager.Klokke.GetUtcNow(), "kari", null, $"Endring {i}", null));
        }

        var forste = await logg.ListAsync(null, 0, 2);
        var andre = await logg.ListAsync(null, 2, 2);
        var siste = await logg.ListAsync(null, 4, 2);
        var forbi = await logg.ListAsync(null, 5, 2);

        Assert.Equal(["Endring 5", "Endring 4"], forste.Select(e => e.Handling));
        Assert.Equal(["Endring 3", "Endring 2"], andre.Select(e => e.Handling));
        Assert.Equal(["Endring 1"], siste.Select(e => e.Handling));
        Assert.Empty(forbi);
        Assert.Equal(5, await logg.TellAsync(null));
    }

    [Fact]
    public async Task OneOrganisationsChangesAreListedAndCountedWithoutTheOthers()
    {
        var logg = lager.Endringslogg();
        var bergen = Guid.NewGuid();
        var asker = Guid.NewGuid();
        await logg.SkrivAsync(new Endring(lager.Klokke.GetUtcNow(), "kari", bergen, "Bergen 1", null));
        await logg.SkrivAsync(new Endring(lager.Klokke.GetUtcNow(), "per", asker, "Asker 1", null));
        await logg.SkrivAsync(new Endring(lager.Klokke.GetUtcNow(), "ks", null, "Plattform", null));
        await logg.SkrivAsync(new Endring(lager.Klokke.GetUtcNow(), "kari", bergen, "Bergen 2", null));

        var bergens = await logg.ListAsync(bergen, 0, 10);
        var bergensAndreSide = await logg.ListAsync(bergen, 1, 10);

        Assert.Equal(["Bergen 2", "Bergen 1"], bergens.Select(e => e.Handling));
        Assert.Equal(["Bergen 1"], bergensAndreSide.Select(e => e.Handling));
        Assert.Equal(2, await logg.TellAsync(bergen));
        Assert.Equal(1, await logg.TellAsync(asker));
        Assert.Equal(0, await logg.TellAsync(Guid.NewGuid()));
        Assert.Equal(4, await logg.TellAsync(null));
    }

    [Fact]
    public async Task NegativePagingIsRefused()
    {
        var logg = lager.Endringslogg();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => logg.ListAsync(null, -1, 10));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => logg.ListAsync(null, 0, -1));
    }

    public sealed class Sqlite() : EndringsloggTests(Lagringsmotor.Sqlite);

    public sealed class Postgres() : EndringsloggTests(Lagringsmotor.Postgres);
}
