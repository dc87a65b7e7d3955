using Microsoft.AspNetCore.Http.HttpResults;

namespace Kjoretoyregister.Server.Maskinporten;

/// <summary>The local Maskinporten issuer's three endpoints under <c>/maskinporten/</c> (CONTRACT.md §6).</summary>
public static class MaskinportenEndpoints
{
    /// <summary>The largest token request read; a grant with a certificate chain is a few kB.</summary>
    private const long MaksForesporsel = 64 * 1024;

    public static RouteGroupBuilder MapMaskinportenEndpoints(this IEndpointRouteBuilder app)
    {
        var gruppe = app.MapGroup("/maskinporten").WithTags("Maskinporten");
        gruppe.MapGet("/.well-known/oauth-authorization-server", HentMetadata).WithName("MaskinportenMetadata");
        gruppe.MapGet("/jwk", HentJwkAsync).WithName("MaskinportenJwk");
        gruppe.MapPost("/token", UtstedTokenAsync).WithName("MaskinportenToken");
        return gruppe;
    }

    public static Ok<Autorisasjonsservermetadata> HentMetadata(Utstederadresse adresse)
    {
        ArgumentNullException.ThrowIfNull(adresse);
        var issuer = adresse.Issuer;
        return TypedResults.Ok(new Autorisasjonsservermetadata(
            issuer,
            issuer + "token",
            issuer + "jwk",
            ["private_key_jwt"],
            [GrantValidator.JwtBearer],
            GrantValidator.Algoritmer));
    }

    public static async Task<Ok<JwkSett>> HentJwkAsync(Utstedernokkel nokkel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(nokkel);
        return TypedResults.Ok(new JwkSett([await nokkel.OffentligJwkAsync(cancellationToken)]));
    }

    public static async Task<Results<Ok<Tokensvar>, BadRequest<Tokenfeil>>> UtstedTokenAsync(
        HttpContext context, GrantValidator validator, Tokenutsteder utsteder, ILogger<Tokenutsteder> logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(validator);
        ArgumentNullException.ThrowIfNull(utsteder);
        context.Response.Headers.CacheControl = "no-store";
        var resultat = await LesOgValiderAsync(context.Request, validator, cancellationToken);
        if (resultat.Grant is not { } grant)
        {
            var feil = resultat.Feil!;
            MaskinportenLogg.TokenAvvist(logger, feil.Error, feil.ErrorDescription);
            return TypedResults.BadRequest(feil);
        }

        var svar = await utsteder.UtstedAsync(grant, cancellationToken);
        MaskinportenLogg.TokenUtstedt(logger, grant.Klient.KlientId, grant.Scope);
        return TypedResults.Ok(svar);
    }

    private static async Task<Grantresultat> LesOgValiderAsync(HttpRequest request, GrantValidator validator, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return Tokenfeil.UgyldigForesporsel("The token request must be sent as application/x-www-form-urlencoded.");
        }

        if (request.ContentLength > MaksForesporsel)
        {
            return Tokenfeil.UgyldigForesporsel("The token request is too large.");
        }

        var skjema = await request.ReadFormAsync(cancellationToken);
        if (skjema["grant_type"].Count > 1 || skjema["assertion"].Count > 1)
        {
            return Tokenfeil.UgyldigForesporsel("The token request repeats a parameter.");
        }

        return await validator.ValiderAsync(skjema["grant_type"], skjema["assertion"], cancellationToken);
    }
}
