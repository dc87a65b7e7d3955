using Kjoretoyregister.Client.Maskinporten;

namespace Kjoretoyregister.Client;

/// <summary>
/// Where and as whom <see cref="KjoretoyregisterClient"/> calls: KS's host (a preset in
/// <see cref="Miljo"/> or any <see cref="BaseUrl"/>), the kommune's <see cref="FiksOrgId"/>, the
/// integration the kommune made for you, and the Maskinporten client. The property names are demo.json's,
/// so a demo.json read as configuration works as it is.
/// </summary>
public sealed class KjoretoyregisterOptions
{
    /// <summary>KS's production host.</summary>
    public const string ProduksjonBaseUrl = "https://api.fiks.ks.no/";

    /// <summary>KS's test host.</summary>
    public const string TestBaseUrl = "https://api.fiks.test.ks.no/";

    /// <summary><c>Produksjon</c> or <c>Test</c>: KS's host. Leave empty and set <see cref="BaseUrl"/> for any other.</summary>
    public string? Miljo { get; set; }

    /// <summary>The host (and any path prefix) the API's paths hang under, e.g. <c>http://localhost:5080</c>.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>The kommune's Fiks-organisasjonID.</summary>
    public Guid FiksOrgId { get; set; }

    /// <summary>The integration's IntegrasjonID, from the kommune.</summary>
    public Guid IntegrasjonId { get; set; }

    /// <summary>The integration's Integrasjonspassord, from the kommune. A secret: keep it out of source control.</summary>
    public string? IntegrasjonPassord { get; set; }

    /// <summary>The Maskinporten client the calls' tokens are got with (scope <c>ks:fiks</c>); unused with a token provider of your own.</summary>
    public MaskinportenTokenOptions Maskinporten { get; set; } = new();

    /// <summary>How many times a call to the API is tried again after a connection failure, a 503 or a 429 (0 = never). Maskinporten's own: <see cref="MaskinportenTokenOptions.MaksNyeForsok"/>.</summary>
    public int MaksNyeForsok { get; set; } = 2;

    /// <summary>The longest <c>Retry-After</c> waited for; a longer one is handed to the caller as the error.</summary>
    public int MaksVentetidSekunder { get; set; } = 30;

    /// <summary>The time one call may take, retries included.</summary>
    public int TidsavbruddSekunder { get; set; } = 100;

    /// <summary>The host in use, the preset's when <see cref="Miljo"/> is set.</summary>
    public string? EffektivBaseUrl => Miljo?.Trim().ToUpperInvariant() switch
    {
        "PRODUKSJON" => ProduksjonBaseUrl,
        "TEST" => TestBaseUrl,
        _ => BaseUrl,
    };

    /// <summary>What is wrong with the options, each message naming the setting; empty when they can work (the key is read too).</summary>
    public static IReadOnlyList<string> Valider(KjoretoyregisterOptions options) => Valider(options, medMaskinporten: true);

    /// <summary>As <see cref="Valider(KjoretoyregisterOptions)"/>; without <see cref="Maskinporten"/> when the tokens come from a provider of the caller's own.</summary>
    internal static List<string> Valider(KjoretoyregisterOptions options, bool medMaskinporten)
    {
        var feil = Innstillingsfeil(options, medMaskinporten);
        if (feil.Count == 0 && medMaskinporten && Maskinportenvalidering.Nokkelfeil(options.Maskinporten) is { } nokkelfeil)
        {
            feil.Add(nokkelfeil);
        }

        return feil;
    }

    /// <summary>The checks of <see cref="Valider(KjoretoyregisterOptions)"/> that read no file.</summary>
    internal static List<string> Innstillingsfeil(KjoretoyregisterOptions options, bool medMaskinporten)
    {
        ArgumentNullException.ThrowIfNull(options);
        var feil = new List<string>();
        if (!string.IsNullOrWhiteSpace(options.Miljo) && options.Miljo!.Trim().ToUpperInvariant() is not ("PRODUKSJON" or "TEST"))
        {
            feil.Add($"Miljo: «{options.Miljo}» er ukjent; bruk Produksjon eller Test, eller la den stå tom og oppgi BaseUrl.");
        }
        else if (!Uri.TryCreate(options.EffektivBaseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            feil.Add("BaseUrl: mangler eller er ikke en http(s)-adresse (f.eks. https://api.fiks.ks.no, eller Miljo = Produksjon/Test).");
        }

        if (options.FiksOrgId == Guid.Empty)
        {
            feil.Add("FiksOrgId: mangler (kommunens Fiks-organisasjonID, en UUID).");
        }

        if (options.IntegrasjonId == Guid.Empty)
        {
            feil.Add("IntegrasjonId: mangler (IntegrasjonID fra kommunen, en UUID).");
        }

        if (string.IsNullOrWhiteSpace(options.IntegrasjonPassord))
        {
            feil.Add("IntegrasjonPassord: mangler (Integrasjonspassordet fra kommunen).");
        }

        if (options.MaksNyeForsok is < 0 or > 10)
        {
            feil.Add("MaksNyeForsok: må være mellom 0 og 10.");
        }

        if (options.MaksVentetidSekunder < 0)
        {
            feil.Add("MaksVentetidSekunder: kan ikke være negativ.");
        }

        if (options.TidsavbruddSekunder < 1)
        {
            feil.Add("TidsavbruddSekunder: må være minst 1.");
        }

        if (medMaskinporten)
        {
            feil.AddRange(Maskinportenvalidering.Innstillingsfeil(options.Maskinporten ?? new()));
        }

        return feil;
    }
}
