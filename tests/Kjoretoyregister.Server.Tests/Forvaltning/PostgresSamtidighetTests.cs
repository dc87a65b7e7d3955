using Kjoretoyregister.Register.Lagring;
using Kjoretoyregister.Server.Forvaltning;

namespace Kjoretoyregister.Server.Tests.Forvaltning;

/// <summary>
/// Two server instances on one PostgreSQL database (two data sources): what one changes, the other's
/// authentication chain sees on its very next read, with no cache between them.
/// </summary>
public sealed class PostgresSamtidighetTests() : Fikstester(Lagringsmotor.Postgres)
{
    [Fact]
    public async Task APasswordChangedThroughOneInstanceIsRefusedByTheOtherAtOnce()
    {
        var en = lager.Store();
        var to = lager.Store();
        var gammelt = Integrasjonspassord.Generer();
        var integrasjon = await Fiksfil.SokbarIntegrasjonAsync(en, Integrasjonspassord.Hash(gammelt));
        var forBytte = await to.HentTilgangAsync(integrasjon.IntegrasjonId);

        var nytt = Integrasjonspassord.Generer();
        await en.ByttPassordhashAsync(integrasjon.IntegrasjonId, Integrasjonspassord.Hash(nytt));
        var etterBytte = await to.HentTilgangAsync(integrasjon.IntegrasjonId);

        Assert.True(Integrasjonspassord.Verifiser(gammelt, forBytte!.Passordhash));
        Assert.False(Integrasjonspassord.Verifiser(gammelt, etterBytte!.Passordhash));
        Assert.True(Integrasjonspassord.Verifiser(nytt, etterBytte.Passordhash));
    }

    [Fact]
    public async Task ARightWithdrawnOnOneInstanceIsSeenOnTheOtherAtOnce()
    {
        var en = lager.Store();
        var to = lager.Store();
        var integrasjon = await Fiksfil.SokbarIntegrasjonAsync(en);
        var forTrekk = await to.HentTilgangAsync(integrasjon.IntegrasjonId);

        await to.SettKanSokeAsync(integrasjon.IntegrasjonId, false);
        var sett = await en.HentTilgangAsync(integrasjon.IntegrasjonId);

        Assert.True(forTrekk!.KanSoke);
        Assert.False(sett!.KanSoke);
        Assert.True(sett.TjenesteAktivert);
    }

    [Fact]
    public async Task TheStoreAnswersWhenTheSetIsMigratedAndNotWithoutIt()
    {
        var store = lager.Store();

        var svarer = await store.SvarerAsync();
        await lager.TeksterAsync("UPDATE skjemaversjon SET versjon = versjon + 1 WHERE sett = 'fiks' RETURNING sett");
        var nyere = await store.SvarerAsync();

        Assert.True(svarer);
        Assert.False(nyere);
    }
}
