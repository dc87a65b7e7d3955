using System.Globalization;
using Kjoretoyregister.Server.Feil;
using Kjoretoyregister.Server.Kvote;
using Kjoretoyregister.Server.Maskinporten;
using Microsoft.Extensions.Options;
using Kjoretoyregister.Server.Oppslag;

namespace Kjoretoyregister.Server.Tilgang;

/// <summary>
/// The authentication chain of CONTRACT.md §5, in its order, on every lookup endpoint: a body larger
/// than the lookup limit (413) and a malformed fiksOrgId (400) are refused first, without work; then
/// the Maskinporten token (401), the integration and its password (401, or 429 after repeated wrong
/// passwords), its access to this organisation (403), and the optional headers <c>Formal</c>,
/// <c>Saksbehandler</c> and <c>Saksreferanse</c> (400, naming the header); last, for an integration with
/// "Formål påkrevd", a purpose from its organisation's catalogue (400 FORMAL_MANGLER / FORMAL_UKJENT,
/// audited as invalid like a handler's invalid key); and fair use (<see cref="Kvoter"/>: 429 KVOTE_OPPBRUKT,
/// audited as refused), asked only now so no one can spend another integration's quota by sending its id.
/// Only then does the handler run, with a <see cref="FiksKontekst"/> feature on the request.
/// </summary>
public sealed class FiksTilgangFilter(Tokenvalidering tokens, Integrasjonsautentisering integrasjoner, IOptions<MaskinportenOptions> maskinporten, Loggforing loggforing, Kvoter kvoter) : IEndpointFilter
{
    /// <summary>The purpose header's longest accepted value.</summary>
    public const int MaksFormal = 100;

    /// <summary>The longest accepted <c>Saksbehandler</c> (the fagsystem's pseudonymous id for the employee).</summary>
    public const int MaksSaksbehandler = 100;

    /// <summary>The longest accepted <c>Saksreferanse</c> (the case number).</summary>
    public const int MaksSaksreferanse = 100;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (http.Request.ContentLength > JsonKropp.MaksBytes)
        {
            return FiksFeil.Svar(http, StatusCodes.Status413PayloadTooLarge, Feilkode.ForStorForesporsel,
                $"Forespørselen er for stor: høyst {JsonKropp.MaksBytes} byte.");
        }

        var orgTekst = http.GetRouteValue("fiksOrgId") as string;
        if (!Guid.TryParseExact(orgTekst, "D", out var fiksOrgId))
        {
            return FiksFeil.UgyldigForesporsel(http, Feilkode.UgyldigFiksOrgId, $"fiksOrgId i stien er ikke en gyldig UUID: '{Kort(orgTekst)}'.");
        }

        var token = await ValiderTokenAsync(http).ConfigureAwait(false);
        if (token.Feil is not null)
        {
            return token.Feil;
        }

        var idTekst = http.Request.Headers["IntegrasjonId"].ToString();
        var passord = http.Request.Headers["IntegrasjonPassord"].ToString();
        if (!Guid.TryParseExact(idTekst, "D", out var integrasjonId) || passord.Length == 0)
        {
            return Avvist(http, idTekst);
        }

        var formal = http.Request.Headers["Formal"].ToString();
        var (utfall, vent, kvote) = await integrasjoner.SjekkAsync(fiksOrgId, integrasjonId, passord, token.Token!.KonsumentOrgnr, formal, http.RequestAborted).ConfigureAwait(false);
        switch (utfall)
        {
            case Integrasjonsutfall.Avvist:
                return Avvist(http, idTekst);
            case Integrasjonsutfall.ForMangeForsok:
                var sekunder = (int)Math.Ceiling(vent!.Value.TotalSeconds);
                http.Response.Headers.RetryAfter = sekunder.ToString(CultureInfo.InvariantCulture);
                return FiksFeil.Svar(http, StatusCodes.Status429TooManyRequests, Feilkode.ForMangeForsok,
                    $"For mange feil passord for integrasjon med id {idTekst}. Prøv igjen om {sekunder} sekunder.");
            case Integrasjonsutfall.ManglerTilgang:
                return FiksFeil.Svar(http, StatusCodes.Status403Forbidden, Feilkode.ManglerTilgang, FiksFeil.TilgangMelding);
        }

        if (formal.Length > MaksFormal || formal.Any(char.IsControl))
        {
            return FiksFeil.UgyldigForesporsel(http, Feilkode.UgyldigFormal, $"Headeren Formal kan ha høyst {MaksFormal} tegn og ingen kontrolltegn.");
        }

        if (!Sakshode(http, "Saksbehandler", MaksSaksbehandler, out var saksbehandler))
        {
            return FiksFeil.UgyldigForesporsel(http, Feilkode.UgyldigSaksbehandler, $"Headeren Saksbehandler kan ha høyst {MaksSaksbehandler} tegn og ingen kontrolltegn.");
        }

        if (!Sakshode(http, "Saksreferanse", MaksSaksreferanse, out var saksreferanse))
        {
            return FiksFeil.UgyldigForesporsel(http, Feilkode.UgyldigSaksreferanse, $"Headeren Saksreferanse kan ha høyst {MaksSaksreferanse} tegn og ingen kontrolltegn.");
        }

        http.Features.Set(new FiksKontekst(fiksOrgId, integrasjonId, token.Token.KonsumentOrgnr, token.Token.KlientId, formal.Length == 0 ? null : formal)
        {
            Saksbehandler = saksbehandler,
            Saksreferanse = saksreferanse,
        });
        if (utfall is Integrasjonsutfall.FormalMangler or Integrasjonsutfall.FormalUkjent)
        {
            return await FormalAvvistAsync(http, utfall).ConfigureAwait(false);
        }

        if (await kvoter.TaAsync(http, kvote).ConfigureAwait(false) is { } kvoteOppbrukt)
        {
            return kvoteOppbrukt;
        }

        return await next(context).ConfigureAwait(false);
    }

    /// <summary>
    /// The 400 for a missing or unknown purpose, written to the audit log first (outcome invalid, with the
    /// operation and the key as the route or query has it); the 503 instead when the log cannot take it.
    /// </summary>
    private async ValueTask<IResult> FormalAvvistAsync(HttpContext http, Integrasjonsutfall utfall)
    {
        var operasjon = Loggoperasjon.For(http);
        var feil = utfall == Integrasjonsutfall.FormalMangler
            ? FiksFeil.UgyldigForesporsel(http, Feilkode.FormalMangler,
                "Headeren Formal mangler. Integrasjonen krever et formål fra organisasjonens formålskatalog.")
            : FiksFeil.UgyldigForesporsel(http, Feilkode.FormalUkjent,
                "Headeren Formal har et formål som ikke finnes i organisasjonens formålskatalog.");
        return await loggforing.UgyldigAsync(http, operasjon.Operasjon, operasjon.Nokkel(http), feil).ConfigureAwait(false);
    }

    private async ValueTask<(MaskinportenToken? Token, IResult? Feil)> ValiderTokenAsync(HttpContext http)
    {
        var autorisasjon = http.Request.Headers.Authorization.ToString();
        if (!autorisasjon.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return (null, Ugyldig(http));
        }

        try
        {
            var token = await tokens.ValiderAsync(autorisasjon[7..].Trim(), http.RequestAborted).ConfigureAwait(false);
            return token is null || !token.HarScope(maskinporten.Value.Scope) ? (null, Ugyldig(http)) : (token, null);
        }
        catch (InvalidOperationException)
        {
            return (null, FiksFeil.Svar(http, StatusCodes.Status503ServiceUnavailable, Feilkode.MaskinportenUtilgjengelig,
                "Fikk ikke hentet nøklene til Maskinporten for å validere access_token. Prøv igjen senere."));
        }
    }

    /// <summary>
    /// An optional free-text header: absent or empty is null; longer than <paramref name="maks"/> or with a control
    /// character is refused. Kept as sent (not trimmed), so the log shows what came; several header lines are joined
    /// with ", " as for Formal, and count against the limit together.
    /// </summary>
    private static bool Sakshode(HttpContext http, string navn, int maks, out string? verdi)
    {
        verdi = null;
        var tekst = http.Request.Headers[navn].ToString();
        if (tekst.Length > maks || tekst.Any(char.IsControl))
        {
            return false;
        }

        verdi = tekst.Length == 0 ? null : tekst;
        return true;
    }

    private static IResult Ugyldig(HttpContext http) =>
        FiksFeil.Svar(http, StatusCodes.Status401Unauthorized, Feilkode.UgyldigToken, FiksFeil.TokenMelding);

    private static IResult Avvist(HttpContext http, string idTekst) =>
        FiksFeil.Svar(http, StatusCodes.Status401Unauthorized, Feilkode.AutentiseringFeilet, FiksFeil.IntegrasjonMelding(Kort(idTekst)));

    private static string Kort(string? tekst) => tekst is null ? "" : tekst.Length > 64 ? tekst[..64] : tekst;
}
