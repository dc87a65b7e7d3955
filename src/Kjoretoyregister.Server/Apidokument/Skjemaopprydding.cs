using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Kjoretoyregister.Server.Apidokument;

/// <summary>
/// Makes the component schemas say what the wire carries. The server leaves a property without a value
/// out of its JSON (<c>JsonIgnoreCondition.WhenWritingNull</c>), never writes <c>null</c>; so a nullable
/// property is optional and not nullable here, and generated clients accept every real answer. Numbers
/// are integers (the contract's JSON also reads them from strings, but never writes them so), SVV's
/// times are strings, and every description is the bokmål text of <see cref="Skjemabeskrivelser"/>.
/// </summary>
internal sealed class Skjemaopprydding : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Components?.Schemas is not { } skjemaer)
        {
            return Task.CompletedTask;
        }

        foreach (var (navn, skjema) in skjemaer)
        {
            if (skjema is not OpenApiSchema s)
            {
                continue;
            }

            s.Description = Skjemabeskrivelser.For(navn);
            Rydd(navn, s);
        }

        Feilmelding.Beskriv(skjemaer);
        return Task.CompletedTask;
    }

    private static void Rydd(string komponent, OpenApiSchema skjema)
    {
        if (skjema.Items is OpenApiSchema elementer)
        {
            skjema.Items = UtenNull(elementer, out _);
            Rydd(komponent, elementer);
        }

        if (skjema.Properties is not { } egenskaper)
        {
            return;
        }

        foreach (var navn in egenskaper.Keys.ToList())
        {
            var paakrevdIForesporsel = Skjemabeskrivelser.PaakrevdIForesporsel(komponent, navn);
            var egenskap = UtenNull(egenskaper[navn], out var varNullbar);
            if (varNullbar && !paakrevdIForesporsel)
            {
                skjema.Required?.Remove(navn);
            }

            if (egenskap is OpenApiSchema indre)
            {
                Typer(indre);
                Rydd(komponent, indre);
            }

            if (Skjemabeskrivelser.For(komponent, navn) is { } beskrivelse)
            {
                switch (egenskap)
                {
                    case OpenApiSchema innebygd:
                        innebygd.Description = beskrivelse;
                        break;
                    case OpenApiSchemaReference referanse:
                        referanse.Description = beskrivelse;
                        break;
                }
            }

            egenskaper[navn] = egenskap;
        }

        if (skjema.Required is { Count: 0 })
        {
            skjema.Required = null;
        }
    }

    /// <summary>The schema without its null alternative: <c>type: [null, x]</c> becomes <c>x</c>, <c>oneOf: [null, $ref]</c> the reference.</summary>
    private static IOpenApiSchema UtenNull(IOpenApiSchema skjema, out bool varNullbar)
    {
        varNullbar = false;
        if (skjema is not OpenApiSchema s)
        {
            return skjema;
        }

        if (s.Type is { } type && type.HasFlag(JsonSchemaType.Null))
        {
            varNullbar = true;
            s.Type = type & ~JsonSchemaType.Null;
        }

        if (s.OneOf is { Count: 2 } alternativer && alternativer.Count(ErNull) == 1)
        {
            varNullbar = true;
            return alternativer.Single(a => !ErNull(a));
        }

        return s;
    }

    private static bool ErNull(IOpenApiSchema skjema) => skjema is OpenApiSchema { Type: JsonSchemaType.Null };

    private static void Typer(OpenApiSchema skjema)
    {
        // int with JsonSerializerDefaults.Web: integer or a numeric string on the way in; always written as an integer.
        if (skjema.Type is { } type && type.HasFlag(JsonSchemaType.Integer) && type.HasFlag(JsonSchemaType.String))
        {
            skjema.Type = type & ~JsonSchemaType.String;
            skjema.Pattern = null;
        }

        // SVV's times and dates go through the contract's own converter, which the schema exporter cannot see.
        if (skjema.Type is null && skjema.Format is "date-time" or "date")
        {
            skjema.Type = JsonSchemaType.String;
        }
    }
}
