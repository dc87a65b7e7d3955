using System.Net;
using System.Text.RegularExpressions;
using Kjoretoyregister.Server.Tests.Testdata;

namespace Kjoretoyregister.Server.Tests.Forvaltningsweb;

/// <summary>
/// One visitor of the forvaltning UI over real HTTP, without a browser: its own cookie jar (so two
/// clients are two sessions), redirects not followed (tests assert them), and forms posted with the
/// <c>__skjemanokkel</c> the server put on a page, as a browser would send it.
/// </summary>
internal sealed partial class Forvaltningsklient : IDisposable
{
    public const string Skjemanokkelfelt = "__skjemanokkel";

    public const string LoggInnSti = "/forvaltning/logg-inn";

    public Forvaltningsklient(ServerFabrikk server)
    {
        Server = server;
        // A long 100-continue wait: a test that posts an oversized body with Expect: 100-continue gets the
        // server's refusal before any of the body is sent, rather than a broken pipe half-way through it.
        Http = new HttpClient(new SocketsHttpHandler
        {
            CookieContainer = Cookies,
            UseCookies = true,
            AllowAutoRedirect = false,
            Expect100ContinueTimeout = TimeSpan.FromSeconds(30),
        })
        {
            BaseAddress = server.Adresse,
        };
    }

    public ServerFabrikk Server { get; }

    public CookieContainer Cookies { get; } = new();

    public HttpClient Http { get; }

    public Task<HttpResponseMessage> GetAsync(string sti) => Http.GetAsync(new Uri(sti, UriKind.Relative));

    /// <summary>GETs a page, asserts its status and returns the body.</summary>
    public async Task<string> SideAsync(string sti, HttpStatusCode forventet = HttpStatusCode.OK)
    {
        using var svar = await GetAsync(sti);
        var tekst = await svar.Content.ReadAsStringAsync();
        Assert.True(forventet == svar.StatusCode, $"GET {sti}: forventet {(int)forventet}, fikk {(int)svar.StatusCode} {Adresse(svar)}");
        return tekst;
    }

    /// <summary>The antiforgery value of a form on the page at <paramref name="sti"/> (which must answer 200).</summary>
    public async Task<string> SkjemanokkelAsync(string sti = "/forvaltning/konto") =>
        Skjemanokkel(await SideAsync(sti)) ?? throw new InvalidOperationException($"{sti} har ingen {Skjemanokkelfelt}");

    /// <summary>Posts a form; <paramref name="skjemanokkel"/> null leaves the antiforgery field out.</summary>
    public Task<HttpResponseMessage> PostAsync(string sti, string? skjemanokkel, params (string Navn, string Verdi)[] felt) =>
        PostAsync(sti, skjemanokkel, ventPaFortsett: false, felt);

    /// <summary>
    /// As above; with <paramref name="ventPaFortsett"/> the request carries <c>Expect: 100-continue</c>, so the
    /// body is sent only if the server asks for it (as for a body the server will refuse by its length).
    /// </summary>
    public async Task<HttpResponseMessage> PostAsync(string sti, string? skjemanokkel, bool ventPaFortsett, params (string Navn, string Verdi)[] felt)
    {
        var verdier = felt.Select(f => new KeyValuePair<string, string>(f.Navn, f.Verdi)).ToList();
        if (skjemanokkel is not null)
        {
            verdier.Add(new(Skjemanokkelfelt, skjemanokkel));
        }

        using var foresporsel = new HttpRequestMessage(HttpMethod.Post, new Uri(sti, UriKind.Relative)) { Content = new FormUrlEncodedContent(verdier) };
        foresporsel.Headers.ExpectContinue = ventPaFortsett;
        return await Http.SendAsync(foresporsel);
    }

    /// <summary>As a browser submits a form: the antiforgery value read from the logged-in layout, then the post.</summary>
    public async Task<HttpResponseMessage> SendSkjemaAsync(string sti, params (string Navn, string Verdi)[] felt) =>
        await PostAsync(sti, await SkjemanokkelAsync(), felt);

    /// <summary>Fills in the login form; <paramref name="tilbake"/> is the hidden return address.</summary>
    public async Task<HttpResponseMessage> LoggInnAsync(string brukernavn, string passord, string? tilbake = null)
    {
        var nokkel = await SkjemanokkelAsync(LoggInnSti);
        return await PostAsync(LoggInnSti, nokkel, ("brukernavn", brukernavn), ("passord", passord), ("tilbake", tilbake ?? ""));
    }

    /// <summary>Logs in and asserts that it worked (a redirect away from the login page).</summary>
    public async Task InnloggetAsync(string brukernavn, string passord)
    {
        using var svar = await LoggInnAsync(brukernavn, passord);
        Assert.True(HttpStatusCode.Found == svar.StatusCode, $"innloggingen som {brukernavn} feilet: {(int)svar.StatusCode}");
    }

    /// <summary>The path and query a redirect points to, whether the Location header is absolute or not; null when none.</summary>
    public static string? Adresse(HttpResponseMessage svar) =>
        svar.Headers.Location is not { } location ? null
        : location.IsAbsoluteUri ? location.PathAndQuery
        : location.OriginalString;

    /// <summary>The host a redirect points to; null for a relative Location.</summary>
    public static string? Vert(HttpResponseMessage svar) =>
        svar.Headers.Location is { IsAbsoluteUri: true } location ? location.Authority : null;

    public static string? Skjemanokkel(string html) =>
        SkjemanokkelRegex().Match(html) is { Success: true } treff ? WebUtility.HtmlDecode(treff.Groups[1].Value) : null;

    /// <summary>The value of a hidden or text input by name.</summary>
    public static string? Feltverdi(string html, string navn) =>
        Regex.Match(html, $"""<input[^>]*name="{Regex.Escape(navn)}"[^>]*value="([^"]*)"[^>]*>""") is { Success: true } treff
            ? WebUtility.HtmlDecode(treff.Groups[1].Value)
            : null;

    /// <summary>The text of the element with this id (e.g. the generated password's <c>code</c>).</summary>
    public static string? Elementtekst(string html, string id) =>
        Regex.Match(html, $"""<(\w+)[^>]*id="{Regex.Escape(id)}"[^>]*>(.*?)</\1>""", RegexOptions.Singleline) is { Success: true } treff
            ? WebUtility.HtmlDecode(treff.Groups[2].Value)
            : null;

    /// <summary>The form's error summary (the messages, in order); empty when the page has none.</summary>
    public static IReadOnlyList<string> Feilmeldinger(string html) =>
        Regex.Match(html, """<div class="feiloppsummering".*?</div>""", RegexOptions.Singleline) is { Success: true } oppsummering
            ? [.. Regex.Matches(oppsummering.Value, @"<li>\s*(?:<a[^>]*>)?(.*?)(?:</a>)?\s*</li>", RegexOptions.Singleline).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value.Trim()))]
            : [];

    public void Dispose() => Http.Dispose();

    [GeneratedRegex("""<input[^>]*name="__skjemanokkel"[^>]*value="([^"]+)"[^>]*>""")]
    private static partial Regex SkjemanokkelRegex();
}
