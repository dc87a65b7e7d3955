using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Kjoretoyregister.Server.Feil;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Kjoretoyregister.Server.Apidokument;

/// <summary>
/// Describes one vendor operation as a client generator needs it: every <c>{x}</c> of the path declared
/// (<c>fiksOrgId</c> as a UUID), the three Fiks headers, the Maskinporten bearer requirement, typed query
/// parameters, and each error status with the Fiks <c>ErrorMessage</c>, its codes, and Retry-After on
/// 429 and 503. Texts are in bokmål.
/// </summary>
internal sealed partial class Operasjonsbeskrivelse : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<Leverandoroperasjon>().FirstOrDefault() is not { } leverandor)
        {
            return Task.CompletedTask;
        }

        operation.Parameters ??= [];
        Stiparametre(operation, context.Description.RelativePath ?? "");
        Parametertyper.Beskriv(operation.Parameters);
        Headere(operation.Parameters);
        if (context.Document is { } dokument)
        {
            operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Dokumentinfo.Sikkerhetsskjema, dokument)] = [] }];
        }

        if (leverandor.HarKropp && operation.RequestBody is OpenApiRequestBody kropp)
        {
            kropp.Description = "JSON (Content-Type: application/json), høyst 64 KiB.";
        }

        Svar(operation);
        return Task.CompletedTask;
    }

    private static void Stiparametre(OpenApiOperation operation, string sti)
    {
        var deklarert = operation.Parameters!.Where(p => p.In == ParameterLocation.Path).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var nye = new List<IOpenApiParameter>();
        foreach (Match m in Stiparameter().Matches(sti))
        {
            var navn = m.Groups[1].Value;
            if (!deklarert.Contains(navn))
            {
                nye.Add(new OpenApiParameter { Name = navn, In = ParameterLocation.Path, Required = true, Schema = new OpenApiSchema { Type = JsonSchemaType.String } });
            }
        }

        for (var i = nye.Count - 1; i >= 0; i--)
        {
            operation.Parameters!.Insert(0, nye[i]);
        }
    }

    private static void Headere(IList<IOpenApiParameter> parametre)
    {
        parametre.Add(new OpenApiParameter
        {
            Name = "IntegrasjonId",
            In = ParameterLocation.Header,
            Required = true,
            Description = "Integrasjonens id i Fiks-plattformen.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "uuid" },
        });
        parametre.Add(new OpenApiParameter
        {
            Name = "IntegrasjonPassord",
            In = ParameterLocation.Header,
            Required = true,
            Description = "Integrasjonens passord. For mange feil passord gir 429 FOR_MANGE_FORSOK en stund.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        });
        parametre.Add(ValgfriHode("Formal",
            "Formålet med oppslaget, skrevet i oppslagsloggen. Høyst 100 tegn, ingen kontrolltegn. "
            + "Har integrasjonen «Formål påkrevd», må det være en kode fra organisasjonens formålskatalog (f.eks. PARKERINGSGEBYR): uten gir 400 FORMAL_MANGLER, med en ukjent kode 400 FORMAL_UKJENT."));
        parametre.Add(ValgfriHode("Saksbehandler",
            "Fagsystemets pseudonyme id for den ansatte som gjør oppslaget (ikke navn eller fødselsnummer), skrevet i oppslagsloggen og vist i innsynsrapporten. Høyst 100 tegn, ingen kontrolltegn; ellers 400 UGYLDIG_SAKSBEHANDLER."));
        parametre.Add(ValgfriHode("Saksreferanse",
            "Saken oppslaget gjøres i, f.eks. nummeret på parkeringsgebyret, skrevet i oppslagsloggen og vist i innsynsrapporten. Høyst 100 tegn, ingen kontrolltegn; ellers 400 UGYLDIG_SAKSREFERANSE."));
    }

    /// <summary>An optional free-text header of at most 100 characters, written in the audit log.</summary>
    private static OpenApiParameter ValgfriHode(string navn, string beskrivelse) => new()
    {
        Name = navn,
        In = ParameterLocation.Header,
        Required = false,
        Description = beskrivelse,
        Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 100 },
    };

    private static void Svar(OpenApiOperation operation)
    {
        var svar = operation.Responses ?? [];
        var sortert = new OpenApiResponses();
        foreach (var (status, beskrivelse) in svar.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            if (beskrivelse is OpenApiResponse svaret)
            {
                svaret.Description = Statusbeskrivelse(int.Parse(status, CultureInfo.InvariantCulture));
                if (status is "429" or "503")
                {
                    svaret.Headers = new Dictionary<string, IOpenApiHeader>
                    {
                        ["Retry-After"] = new OpenApiHeader
                        {
                            Description = "Antall sekunder å vente før neste forsøk.",
                            Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "1" },
                        },
                    };
                }
            }

            sortert[status] = beskrivelse;
        }

        operation.Responses = sortert;
    }

    private static string Statusbeskrivelse(int status)
    {
        var tekst = new StringBuilder(status switch
        {
            200 => "Svaret.",
            204 => "Ingen treff.",
            400 => "Ugyldig forespørsel: message sier hvilket felt.",
            401 => "Ikke autentisert: Maskinporten-tokenet eller integrasjonen ble ikke godtatt.",
            403 => "Mangler tilgang: integrasjonen har ikke rett til å søke for denne organisasjonen.",
            404 => "Ingen tjeneste på stien.",
            413 => "Forespørselen er for stor.",
            415 => "Innholdet er ikke JSON.",
            429 => "For mange forespørsler; vent så lenge Retry-After sier.",
            500 => "Uventet feil hos tjenesten.",
            502 => "Registeret svarte ikke som det skulle.",
            503 => "Tjenesten eller noe den trenger er utilgjengelig nå; ingen data ble gitt ut.",
            504 => "Registeret svarte ikke i tide.",
            _ => "Svar.",
        });
        var koder = Feilkode.Alle.Where(k => k.Statuser.Contains(status)).Select(k => k.Kode).ToList();
        if (koder.Count > 0)
        {
            tekst.Append(" errorCode: ").AppendJoin(", ", koder).Append('.');
        }

        return tekst.ToString();
    }

    [GeneratedRegex(@"\{([^}:?]+)[^}]*\}")]
    private static partial Regex Stiparameter();
}
