using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Kjoretoyregister.Server.Apidokument;

/// <summary>
/// The document's own parts: title, description, licence, the server (relative: the document describes
/// the service that serves it, wherever that runs, and so is the same bytes everywhere), the tags and
/// the Maskinporten security scheme.
/// </summary>
internal sealed class Dokumentinfo : IOpenApiDocumentTransformer
{
    public const string Sikkerhetsskjema = "Maskinporten";

    public const string SvvTagg = "Kjøretøyregister (SVV v2.0)";
    public const string KsTagg = "Kjøretøyregister (KS v1)";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Info = new OpenApiInfo
        {
            Title = "Fiks kjøretøyregister",
            Version = "1.0.0",
            Description = """
                Oppslag i kjøretøyregisteret for kommunenes fagsystemer: Statens vegvesens v2.0-stier under Fiks' basissti, og KS' egne v1-operasjoner.

                Hvert kall har et Maskinporten-token (`Authorization: Bearer`, scope `ks:fiks`) og headerne `IntegrasjonId` og `IntegrasjonPassord`; `Formal` er valgfri, med mindre integrasjonen har «Formål påkrevd»: da må den være en kode fra organisasjonens formålskatalog.

                Et felt uten verdi er utelatt fra svaret, aldri `null`: felt som ikke står som påkrevd kan mangle.

                Hver feil har Fiks' feilkropp `ErrorMessage` med en stabil `errorCode`. Nye koder kan komme: en klient må tåle en kode den ikke kjenner, og behandle den etter HTTP-statusen.
                """,
            License = new OpenApiLicense { Name = "MIT", Identifier = "MIT" },
        };
        document.Servers = [new OpenApiServer { Url = "/", Description = "Tjenesten som serverte dokumentet. Sett adressen til den du kaller (f.eks. http://localhost:5080 for demoen)." }];
        document.Tags = new HashSet<OpenApiTag>
        {
            new() { Name = SvvTagg, Description = "Statens vegvesens v2.0-stier for kjøretøysøk, under Fiks' basissti `/kjoretoyregister/api/{fiksOrgId}`." },
            new() { Name = KsTagg, Description = "KS' egne v1-operasjoner: kjøretøy en person eller organisasjon eier nå." },
        };
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>
        {
            [Sikkerhetsskjema] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "Et access token fra Maskinporten (eller tjenestens lokale utsteder i demoen) med scope `ks:fiks`.",
            },
        };
        return Task.CompletedTask;
    }
}
