using Kjoretoyregister.Server.Logg;

namespace Kjoretoyregister.Server.Tests.Logg;

public sealed class SqliteOppslagsloggLeserTests : OppslagsloggLeserTests
{
    protected override Task<Logglager> LagAsync() => Task.FromResult<Logglager>(new SqliteLogglager());
}

public sealed class PostgresOppslagsloggLeserTests : OppslagsloggLeserTests
{
    protected override async Task<Logglager> LagAsync() => await PostgresLogglager.OpprettAsync();
}

/// <summary>The reader on each engine: the same rows, order, pages, counts and usage.</summary>
public abstract class OppslagsloggLeserTests : IAsyncLifetime
{
    private Logglager logg = null!;

    public async Task InitializeAsync() => logg = await LagAsync();

    public async Task DisposeAsync() => await logg.DisposeAsync();

    protected abstract Task<Logglager> LagAsync();

    private async Task<List<string>> ErrorIder(LoggFilter filter) => [.. (await logg.AlleAsync(filter)).Select(r => r.ErrorId)];

    [Fact]
    public async Task FilterByFnrFindsRowsWherePersonWasReturnedOrWasTheSearchKeyNewestFirst()
    {
        await logg.Skriver.SkrivAsync(
        [
            Loggrader.Rad(Operasjoner.Person, Loggrader.Fnr1, Utfall.Ukjent, Loggrader.Tid, errorId: "sokt-etter"),
            Loggrader.Rad(parter: [Loggrader.Fnr1, Loggrader.Orgnr1], tidspunkt: Loggrader.Tid.AddMinutes(1), errorId: "returnert"),
            Loggrader.Rad(parter: [Loggrader.Fnr2], tidspunkt: Loggrader.Tid.AddMinutes(2), errorId: "annen-person"),
            Loggrader.Rad(Operasjoner.Person, Loggrader.Fnr1, parter: [Loggrader.Fnr1], tidspunkt: Loggrader.Tid.AddMinutes(3), errorId: "begge"),
            Loggrader.Rad(Operasjoner.Organisasjon, Loggrader.Orgnr1, parter: [Loggrader.Orgnr1], tidspunkt: Loggrader.Tid.AddMinutes(4), errorId: "org"),
        ]);

        var person = await ErrorIder(new LoggFilter(Fodselsnummer: Loggrader.Fnr1));
        var organisasjon = await ErrorIder(new LoggFilter(Fodselsnummer: Loggrader.Orgnr1));
        var ingen = await ErrorIder(new LoggFilter(Fodselsnummer: Loggrader.Fnr3));

        Assert.Equal(["begge", "returnert", "sokt-etter"], person);
        Assert.Equal(["org", "returnert"], organisasjon);
        Assert.Empty(ingen);
    }

    [Fact]
    public async Task FilterByKjennemerkeMatchesTheSearchKeyHoweverItWasSpelled()
    {
        await logg.Skriver.SkrivAsync(
        [
            Loggrader.Rad(nokkel: "BR 12345", errorId: "mellomrom"),
            Loggrader.Rad(nokkel: "br-12345", tidspunkt: Loggrader.Tid.AddSeconds(1), errorId: "sma"),
            Loggrader.Rad(nokkel: "AB 11111", errorId: "annet"),
            Loggrader.Rad(Operasjoner.Kuid, "7000000001", errorId: "kuid"),
        ]);

        var treff = await ErrorIder(new LoggFilter(Kjennemerke: "BR12345"));

        Assert.Equal(["sma", "mellomrom"], treff);
    }

    [Fact]
    public async Task FilterByTimeIsFromInclusiveToExclusiveAndCombinesWithOrgAndIntegration()
    {
        await logg.Skriver.SkrivAsync(
        [
            Loggrader.Rad(tidspunkt: Loggrader.Tid.AddSeconds(-1), errorId: "for"),
            Loggrader.Rad(tidspunkt: Loggrader.Tid, errorId: "fra"),
            Loggrader.Rad(tidspunkt: Loggrader.Tid.AddMinutes(1), errorId: "midt"),
            Loggrader.Rad(tidspunkt: Loggrader.Tid.AddMinutes(1), org: Loggrader.AnnenOrg, errorId: "annen-org"),
            Loggrader.Rad(tidspunkt: Loggrader.Tid.AddMinutes(1), integrasjon: Loggrader.AnnenIntegrasjon, errorId: "annen-integrasjon"),
            Loggrader.Rad(tidspunkt: Loggrader.Tid.AddHours(1), errorId: "til"),
        ]);
        var fra = Loggrader.Tid;
        var til = Loggrader.Tid.AddHours(1);

        var iPerioden = await ErrorIder(new LoggFilter(Fra: fra, Til: til));
        var forOrg = await ErrorIder(new LoggFilter(FiksOrgId: Loggrader.Org, Fra: fra, Til: til));
        var forIntegrasjon = await ErrorIder(new LoggFilter(FiksOrgId: Loggrader.Org, IntegrasjonId: Loggrader.Integrasjon, Fra: fra, Til: til));

        Assert.Equal(["annen-integrasjon", "annen-org", "midt", "fra"], iPerioden);
        Assert.Equal(["annen-integrasjon", "midt", "fra"], forOrg);
        Assert.Equal(["midt", "fra"], forIntegrasjon);
    }

    [Fact]
    public async Task PagingSkipsAndTakesNewestFirstAndTheCountIgnoresPaging()
    {
        await logg.Skriver.SkrivAsync([.. Enumerable.Range(0, 10).Select(i => Loggrader.Rad(tidspunkt: Loggrader.Tid.AddSeconds(i), errorId: $"r{i}"))]);

        var side = await ErrorIder(new LoggFilter(Hopp: 2, Antall: 3));
        var antall = await logg.Leser.TellAsync(new LoggFilter(Hopp: 2, Antall: 3));

        Assert.Equal(["r7", "r6", "r5"], side);
        Assert.Equal(10, antall);
    }

    [Fact]
    public async Task UsageCountsLookupsAndHitsPerIntegrationAndOsloMonthAcrossBatches()
    {
        var januar = new DateTimeOffset(2026, 1, 31, 22, 30, 0, TimeSpan.Zero);
        var februar = new DateTimeOffset(2026, 1, 31, 23, 30, 0, TimeSpan.Zero);
        await logg.Skriver.SkrivAsync([Loggrader.Rad(tidspunkt: januar), Loggrader.Rad(utfall: Utfall.Ukjent, tidspunkt: januar)]);
        await logg.Skriver.SkrivAsync([Loggrader.Rad(tidspunkt: januar), Loggrader.Rad(utfall: Utfall.Ugyldig, tidspunkt: februar)]);
        await logg.Skriver.SkrivAsync([Loggrader.Rad(tidspunkt: februar), Loggrader.Rad(tidspunkt: februar, integrasjon: Loggrader.AnnenIntegrasjon)]);
        await logg.Skriver.SkrivAsync([Loggrader.Rad(tidspunkt: februar, org: Loggrader.AnnenOrg)]);

        var forOrg = await logg.Leser.ForbrukAsync(Loggrader.Org);
        var alle = await logg.Leser.ForbrukAsync(null);

        Assert.Equal(
            [
                new Forbruk(Loggrader.Org, Loggrader.Integrasjon, 2026, 1, 3, 2),
                new Forbruk(Loggrader.Org, Loggrader.Integrasjon, 2026, 2, 2, 1),
                new Forbruk(Loggrader.Org, Loggrader.AnnenIntegrasjon, 2026, 2, 1, 1),
            ],
            forOrg.OrderBy(f => f.Maned).ThenBy(f => f.IntegrasjonId == Loggrader.AnnenIntegrasjon));
        Assert.Equal(4, alle.Count);
        Assert.Contains(new Forbruk(Loggrader.AnnenOrg, Loggrader.Integrasjon, 2026, 2, 1, 1), alle);
    }
}
