using System.CommandLine;

namespace Kjoretoyregister.Client.Cli;

/// <summary>
/// Where <c>oppslag</c> and <c>token</c> get their settings: <c>--konfig FILE</c> (demo.json's shape), then
/// the environment variables of the SDK's section (<c>Kjoretoyregister__BaseUrl</c>,
/// <c>Kjoretoyregister__Maskinporten__ClientId</c>, ...), then these options, each overriding the one before.
/// Secrets (the integration's password, the key) are never options: they would show in the process list.
/// </summary>
internal sealed class Klientvalg
{
    private readonly (Option<string?> Valg, string Nokkel)[] overstyringer;

    public Klientvalg()
    {
        Konfig = new Option<string?>("--konfig")
        {
            Description = $"Konfigurasjonsfil med demo.json sin form. Miljøvariablene {Oppslagsklient.Miljoprefiks}... (klientbibliotekets navn, f.eks. {Oppslagsklient.Miljoprefiks}IntegrasjonPassord) overstyrer filen, og valgene under overstyrer begge.",
            HelpName = "FILE",
        };
        overstyringer =
        [
            (new Option<string?>("--base-url") { Description = $"Kjøretøyregisterets adresse (BaseUrl); uten den, i filen eller i miljøet, brukes {Oppslagsklient.StandardBaseUrl}.", HelpName = "URL" }, nameof(KjoretoyregisterOptions.BaseUrl)),
            (new Option<string?>("--fiks-org-id") { Description = "Kommunens Fiks-organisasjonID (FiksOrgId).", HelpName = "UUID" }, nameof(KjoretoyregisterOptions.FiksOrgId)),
            (new Option<string?>("--integrasjon-id") { Description = "Integrasjonens IntegrasjonID (IntegrasjonId); passordet tas bare fra filen eller miljøet.", HelpName = "UUID" }, nameof(KjoretoyregisterOptions.IntegrasjonId)),
            (new Option<string?>("--maskinporten-klient-id") { Description = "Maskinporten-klientens client_id (Maskinporten:ClientId).", HelpName = "ID" }, "Maskinporten:ClientId"),
        ];
    }

    public Option<string?> Konfig { get; }

    /// <summary>The options, to add to a command.</summary>
    public IEnumerable<Option> Alle => [Konfig, .. overstyringer.Select(o => o.Valg)];

    /// <summary>Opens the client with the settings given; null after saying on stderr what is wrong.</summary>
    public Oppslagsklient? Apne(ParseResult parse)
    {
        var gitt = overstyringer
            .Select(o => (o.Nokkel, Verdi: parse.GetValue(o.Valg)))
            .Where(o => o.Verdi is not null)
            .Select(o => new KeyValuePair<string, string?>(o.Nokkel, o.Verdi))
            .ToList();
        return Oppslagsklient.Apne(parse.GetValue(Konfig), gitt);
    }
}
