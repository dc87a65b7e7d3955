using System.Net;
using Kjoretoyregister.Server.Forvaltning.Kontoer;
using Kjoretoyregister.Server.Tests.Testdata;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Kjoretoyregister.Server.Tests.Forvaltningsweb;

/// <summary>
/// Lockout after too many wrong passwords, on a server of its own with <c>MaksForsok=3</c> and a clock
/// the test moves (the server reads time only from its <see cref="TimeProvider"/>).
/// </summary>
public sealed class SperreTests
{
    private const string Sperret = "midlertidig sperret";

    private static ServerFabrikk SperreServer(out FakeTimeProvider klokke)
    {
        var tid = klokke = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var server = ServerFabrikk.UtenDemoregister();
        server.Konfig[$"{InnloggingOptions.Seksjon}:{nameof(InnloggingOptions.MaksForsok)}"] = "3";
        server.Konfig[$"{InnloggingOptions.Seksjon}:{nameof(InnloggingOptions.SperretidMinutter)}"] = "15";
        server.Tjenester = s => s.AddSingleton<TimeProvider>(tid);
        return server;
    }

    [Fact]
    public async Task ThirdWrongPasswordLocksTheAccountSoEvenTheRightPasswordIsRefused()
    {
        using var server = SperreServer(out _);
        var kommune = await Testkommune.OpprettAsync(server);
        using var klient = new Forvaltningsklient(server);
        var svar = new List<string>();

        for (var i = 0; i < 3; i++)
        {
            using var feil = await klient.LoggInnAsync(kommune.Brukernavn, $"feil-passord-{i}");
            svar.Add(string.Join(" ", Forvaltningsklient.Feilmeldinger(await feil.Content.ReadAsStringAsync())));
        }

        using var riktig = await klient.LoggInnAsync(kommune.Brukernavn, kommune.Passord);
        var riktigTekst = await riktig.Content.ReadAsStringAsync();

        Assert.Equal(InnloggingTests.FeilInnlogging, svar[0]);
        Assert.Equal(InnloggingTests.FeilInnlogging, svar[1]);
        Assert.Contains(Sperret, svar[2], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, riktig.StatusCode);
        Assert.Contains(Sperret, string.Join(" ", Forvaltningsklient.Feilmeldinger(riktigTekst)), StringComparison.Ordinal);
        Assert.DoesNotContain(riktig.Headers.TryGetValues("Set-Cookie", out var c) ? c : [], v => v.StartsWith("forvaltning=", StringComparison.Ordinal));
        using var oversikt = await klient.GetAsync("/forvaltning/oversikt");
        Assert.Equal(HttpStatusCode.Found, oversikt.StatusCode);
        Assert.StartsWith(Forvaltningsklient.LoggInnSti, Forvaltningsklient.Adresse(oversikt), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LockEndsAfterSperretidAndTheCountStartsAgainFromZero()
    {
        using var server = SperreServer(out var klokke);
        var kommune = await Testkommune.OpprettAsync(server);
        using (var angriper = new Forvaltningsklient(server))
        {
            for (var i = 0; i < 3; i++)
            {
                (await angriper.LoggInnAsync(kommune.Brukernavn, $"feil-passord-{i}")).Dispose();
            }
        }

        klokke.Advance(TimeSpan.FromMinutes(14));
        using var forTidlig = new Forvaltningsklient(server);
        using var forTidligSvar = await forTidlig.LoggInnAsync(kommune.Brukernavn, kommune.Passord);
        klokke.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        using var etterpa = new Forvaltningsklient(server);
        using var etterpaSvar = await etterpa.LoggInnAsync(kommune.Brukernavn, kommune.Passord);
        using var nyeForsok = new Forvaltningsklient(server);
        var nyeSvar = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            using var feil = await nyeForsok.LoggInnAsync(kommune.Brukernavn, $"nytt-feil-passord-{i}");
            nyeSvar.Add(string.Join(" ", Forvaltningsklient.Feilmeldinger(await feil.Content.ReadAsStringAsync())));
        }

        Assert.Equal(HttpStatusCode.OK, forTidligSvar.StatusCode);
        Assert.Contains(Sperret, await forTidligSvar.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Found, etterpaSvar.StatusCode);
        Assert.Equal("/forvaltning/oversikt", Forvaltningsklient.Adresse(etterpaSvar));
        using var kommunesiden = await etterpa.GetAsync($"/forvaltning/{kommune.FiksOrgId}");
        Assert.Equal(HttpStatusCode.OK, kommunesiden.StatusCode);
        Assert.Equal(InnloggingTests.FeilInnlogging, nyeSvar[0]);
        Assert.Equal(InnloggingTests.FeilInnlogging, nyeSvar[1]);
        Assert.Contains(Sperret, nyeSvar[2], StringComparison.Ordinal);
    }
}
