using System.Net;
using System.Text.Json;
using Kjoretoyregister.Server.Logg;
using Kjoretoyregister.Server.Tests.Testdata;

namespace Kjoretoyregister.Server.Tests.Registerkilde;

/// <summary>
/// The Fiks side in live mode answers every lookup of the demo register with the same bytes as a server
/// answering from its embedded register, with SVV's side between them over real HTTP.
/// </summary>
public sealed class LivemodusTests(LivemodusTests.Oppsett oppsett) : IClassFixture<LivemodusTests.Oppsett>
{
    public sealed class Oppsett : IAsyncLifetime
    {
        internal Toservere Servere { get; private set; } = null!;

        internal Registerdata Data { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Servere = await Toservere.StartAsync();
            Data = Registerdata.Les(Servere.Svv.DataKatalog);
        }

        public Task DisposeAsync()
        {
            Servere.Dispose();
            return Task.CompletedTask;
        }
    }

    private Toservere Servere => oppsett.Servere;

    private Registerdata Data => oppsett.Data;

    [Theory]
    [InlineData(null)]
    [InlineData("2019-06-01T12:00:00+02:00")]
    public async Task EveryDemoPlateIsAnsweredTheSameInBothModes(string? dtg)
    {
        Assert.True(Data.Kjennemerker.Count > 150, $"demoregisteret har bare {Data.Kjennemerker.Count} kjennemerker");

        foreach (var del in Data.Kjennemerker.Chunk(100))
        {
            var json = JsonSerializer.Serialize(del.Select(k => dtg is null ? new Dictionary<string, string> { ["kjennemerke"] = k } : new() { ["kjennemerke"] = k, ["dtg"] = dtg }));
            await SammeAsync(HttpMethod.Post, k => k.SvvSti("bulk/kjennemerke"), json);
        }
    }

    [Fact]
    public async Task EveryKuidAndVinIsAnsweredTheSameInBothModes()
    {
        foreach (var del in Data.Kuider.Chunk(100))
        {
            await SammeAsync(HttpMethod.Post, k => k.SvvSti("bulk/kuid"), JsonSerializer.Serialize(del.Select(k => new Dictionary<string, string> { ["kuid"] = k })));
        }

        foreach (var vin in Data.Understellsnumre.Take(40).Append("UKJENTVIN000000001"))
        {
            await SammeAsync(HttpMethod.Get, k => k.SvvSti("bulk/understellsnummer/" + Uri.EscapeDataString(vin)));
        }
    }

    [Fact]
    public async Task OwnerNameSearchesArePagedTheSameInBothModes()
    {
        foreach (var navn in Data.Etternavn.Take(25).Append("Ingensheter"))
        {
            await SammeAsync(HttpMethod.Get, k => k.SvvSti($"sok/eiernavn?navn={Uri.EscapeDataString(navn)}"));
        }

        await SammeAsync(HttpMethod.Get, k => k.SvvSti("sok/eiernavn?navn=AS&fra=150&antall=250"));
    }

    [Fact]
    public async Task PersonAndOrganisationLookupsAreTheSameInBothModes()
    {
        foreach (var fnr in Data.Fodselsnumre.Take(30))
        {
            await SammeAsync(HttpMethod.Post, k => k.KsSti("person"), $$"""{"fnr":"{{fnr}}"}""");
        }

        foreach (var orgnr in Data.Organisasjonsnumre.Take(15))
        {
            await SammeAsync(HttpMethod.Post, k => k.KsSti("organisasjon"), $$"""{"organisasjonsnummer":"{{orgnr}}","fra":0,"antall":150}""");
        }
    }

    [Fact]
    public async Task LiveLookupIsAuditedOnTheFiksSideWithWhatItDisclosed()
    {
        using var fiks = new Fiksklient(Servere.Fiks);
        var fnr = Data.Fodselsnumre[0];

        using var svar = await fiks.SendAsync(HttpMethod.Post, fiks.KsSti("person"), $$"""{"fnr":"{{fnr}}"}""");

        Assert.Equal(HttpStatusCode.OK, svar.StatusCode);
        var rader = new List<LoggRad>();
        await foreach (var rad in Servere.Fiks.Tjeneste<IOppslagsloggLeser>().SokAsync(new LoggFilter(Fodselsnummer: fnr)))
        {
            rader.Add(rad.Rad);
        }

        Assert.Contains(rader, r => r.Operasjon == Operasjoner.Person && r.FiksOrgId == fiks.Demo.FiksOrgId);
    }

    [Fact]
    public async Task ReadinessNamesSvvAsAHealthyDependency()
    {
        using var http = Servere.Fiks.CreateClient();

        using var svar = await http.GetAsync(new Uri("/health/ready", UriKind.Relative));

        using var json = JsonDocument.Parse(await svar.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, svar.StatusCode);
        Assert.Equal("Healthy", json.RootElement.GetProperty("avhengigheter").GetProperty("svv").GetProperty("status").GetString());
    }

    /// <summary>The same request to the embedded-mode server (SVV's side) and to the live-mode Fiks side: same status, same bytes.</summary>
    private async Task SammeAsync(HttpMethod metode, Func<Fiksklient, string> sti, string? json = null)
    {
        using var innebygd = new Fiksklient(Servere.Svv);
        using var live = new Fiksklient(Servere.Fiks);

        using var forventet = await innebygd.SendAsync(metode, sti(innebygd), json);
        using var faktisk = await live.SendAsync(metode, sti(live), json);

        var forventetTekst = await forventet.Content.ReadAsStringAsync();
        Assert.True(forventet.StatusCode is HttpStatusCode.OK or HttpStatusCode.NoContent, $"{sti(innebygd)}: {(int)forventet.StatusCode} {forventetTekst}");
        Assert.Equal(forventet.StatusCode, faktisk.StatusCode);
        Assert.Equal(forventetTekst, await faktisk.Content.ReadAsStringAsync());
    }
}
