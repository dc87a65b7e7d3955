using Kjoretoyregister.Contracts.Fiks;
using Kjoretoyregister.Server.SvvApi;

namespace Kjoretoyregister.Server.Apidokument;

/// <summary>
/// The OpenAPI documents: <c>/openapi/v1.json</c> for vendors (only the lookups of CONTRACT.md §4, in a
/// shape client generators such as NSwag and Kiota take as it is; committed as docs/openapi/v1.json), and,
/// when the server also plays Statens vegvesen, <c>/openapi/svv-testdobbel.json</c> for that double.
/// </summary>
public static class ApidokumentExtensions
{
    public const string Dokument = "v1";
    public const string SvvDokument = "svv-testdobbel";

    /// <summary>The HTTP statuses every vendor operation can answer with a Fiks <see cref="ErrorMessage"/>.</summary>
    public static readonly IReadOnlyList<int> Feilstatuser = [400, 401, 403, 404, 413, 429, 500, 502, 503, 504];

    public static WebApplicationBuilder AddApidokument(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOpenApi(Dokument, o =>
        {
            o.ShouldInclude = beskrivelse => beskrivelse.ActionDescriptor.EndpointMetadata.OfType<Leverandoroperasjon>().Any();
            o.AddSchemaTransformer<Tidspunkttyper>();
            o.AddOperationTransformer<Operasjonsbeskrivelse>();
            o.AddDocumentTransformer<Dokumentinfo>();
            o.AddDocumentTransformer<Skjemaopprydding>();
        });
        if (builder.Configuration.GetValue<bool>(SvvApiExtensions.ExposeNokkel))
        {
            builder.Services.AddOpenApi(SvvDokument, o =>
            {
                o.ShouldInclude = beskrivelse => beskrivelse.GroupName == SvvDokument;
                o.AddDocumentTransformer((dokument, _, _) =>
                {
                    dokument.Info.Title = "Statens vegvesens kjøretøysøk v2.0 (testdobbel)";
                    dokument.Info.Description = "Stiene denne tjenesten svarer på når den spiller Statens vegvesen (Register:ExposeSvvApi). Ikke for leverandører av fagsystem: de bruker v1.json.";
                    return Task.CompletedTask;
                });
            });
        }

        return builder;
    }

    /// <summary>
    /// Marks a lookup as part of the vendors' API and declares its Fiks error answers; the API document's
    /// transformers (<see cref="Operasjonsbeskrivelse"/>) describe them.
    /// </summary>
    public static RouteHandlerBuilder SomLeverandoroperasjon(this RouteHandlerBuilder endepunkt, string operasjonsId, bool harKropp)
    {
        ArgumentNullException.ThrowIfNull(endepunkt);
        endepunkt.WithName(operasjonsId).WithMetadata(new Leverandoroperasjon(harKropp));
        foreach (var status in harKropp ? [.. Feilstatuser, StatusCodes.Status415UnsupportedMediaType] : Feilstatuser)
        {
            endepunkt.Produces<ErrorMessage>(status, "application/json");
        }

        return endepunkt;
    }
}
