namespace Kjoretoyregister.Client.Maskinporten;

/// <summary>What is wrong with <see cref="MaskinportenTokenOptions"/>, each message naming the option.</summary>
internal static class Maskinportenvalidering
{
    /// <summary>Why the key cannot be read, naming the option; null when it can.</summary>
    public static string? Nokkelfeil(MaskinportenTokenOptions options)
    {
        try
        {
            _ = Signeringsnokkel.Les(options);
            return null;
        }
        catch (MaskinportenKonfigurasjonException e)
        {
            return e.Message;
        }
    }

    /// <summary>The checks of <see cref="MaskinportenTokenProvider.Valider"/> that need no file.</summary>
    public static List<string> Innstillingsfeil(MaskinportenTokenOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var feil = new List<string>();
        if (!string.IsNullOrWhiteSpace(options.Miljo) && options.Miljo!.Trim().ToUpperInvariant() is not ("PRODUKSJON" or "TEST"))
        {
            feil.Add($"Maskinporten:Miljo: «{options.Miljo}» er ukjent; bruk Produksjon eller Test, eller la den stå tom og oppgi Issuer.");
        }
        else if (!ErAbsoluttHttp(options.EffektivIssuer))
        {
            feil.Add("Maskinporten:Issuer: mangler eller er ikke en http(s)-adresse (f.eks. https://maskinporten.no/, eller Miljo = Produksjon/Test).");
        }
        else if (!ErAbsoluttHttp(options.EffektivTokenEndpoint))
        {
            feil.Add("Maskinporten:TokenEndpoint: er ikke en http(s)-adresse.");
        }

        if (string.IsNullOrWhiteSpace(options.ClientId))
        {
            feil.Add("Maskinporten:ClientId: mangler (klientens client_id fra Digdirs selvbetjening).");
        }

        if (string.IsNullOrWhiteSpace(options.Scope))
        {
            feil.Add("Maskinporten:Scope: mangler (Fiks: ks:fiks).");
        }

        if (options.AssertionLevetidSekunder is < 1 or > MaskinportenTokenOptions.MaksAssertionLevetidSekunder)
        {
            feil.Add($"Maskinporten:AssertionLevetidSekunder: må være mellom 1 og {MaskinportenTokenOptions.MaksAssertionLevetidSekunder}.");
        }

        if (options.FornyingsmarginSekunder < 0)
        {
            feil.Add("Maskinporten:FornyingsmarginSekunder: kan ikke være negativ.");
        }

        if (options.MaksNyeForsok is < 0 or > 10)
        {
            feil.Add("Maskinporten:MaksNyeForsok: må være mellom 0 og 10.");
        }

        if (options.TidsavbruddSekunder < 1)
        {
            feil.Add("Maskinporten:TidsavbruddSekunder: må være minst 1.");
        }

        return feil;
    }

    private static bool ErAbsoluttHttp(string? adresse) =>
        Uri.TryCreate(adresse, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
