using System.Text.Json.Nodes;
using Kjoretoyregister.Server.Oppslag;
using Microsoft.OpenApi;

namespace Kjoretoyregister.Server.Apidokument;

/// <summary>
/// The path and query parameters of the vendor operations, typed and described as the server reads them.
/// The handlers take them as text to answer a bad value with a Fiks error naming it (not the framework's
/// 400), so the document says here what a value must be: integers as integers, flags as booleans.
/// </summary>
internal static class Parametertyper
{
    public static void Beskriv(IList<IOpenApiParameter> parametre)
    {
        for (var i = 0; i < parametre.Count; i++)
        {
            if (parametre[i] is not OpenApiParameter parameter || parameter.Name is null)
            {
                continue;
            }

            switch (parameter.Name)
            {
                case "fiksOrgId":
                    parameter.Description = "Fiks-organisasjonens id (kommunen som slår opp).";
                    parameter.Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "uuid" };
                    break;
                case "understellsnummer":
                    parameter.Description = "Understellsnummeret (VIN): 1–25 bokstaver og sifre, store og små bokstaver likt.";
                    parameter.Schema = new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 1, MaxLength = 25 };
                    break;
                case "dtg":
                    parameter.Description = "Tidspunktet oppslaget gjelder, ISO 8601 (uten offset: norsk tid) eller datotidsgruppe (`151600A NOV 18`). Uten: nå.";
                    parameter.Schema = new OpenApiSchema { Type = JsonSchemaType.String };
                    break;
                case "navn":
                    parameter.Description = "Navnet til eier, medeier eller leasingtaker: 2–200 tegn. Hvert ord i søket må være begynnelsen av et av navnets ord, i vilkårlig rekkefølge (`kris han` finner Kristiansen Hanne). Se docs/eiersok.md.";
                    parameter.Required = true;
                    parameter.Schema = new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 2, MaxLength = 200 };
                    break;
                case "fra":
                    parameter.Description = "Første treff på siden, fra 0.";
                    parameter.Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "0", Default = JsonValue.Create(0) };
                    break;
                case "antall":
                    parameter.Description = $"Høyst så mange treff på siden (1–{SokEndpoints.MaksAntall}).";
                    parameter.Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1", Maximum = SokEndpoints.MaksAntall.ToString(System.Globalization.CultureInfo.InvariantCulture), Default = JsonValue.Create(100) };
                    break;
                case "erPerson":
                    parameter.Description = "true: bare personer; false: bare organisasjoner. Uten: begge.";
                    parameter.Schema = new OpenApiSchema { Type = JsonSchemaType.Boolean };
                    break;
                case "postnummer":
                    parameter.Description = "Bare eiere med dette postnummeret (fire sifre).";
                    parameter.Schema = new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "^[0-9]{4}$" };
                    break;
                case "poststed":
                    parameter.Description = "Bare eiere med dette poststedet.";
                    parameter.Schema = new OpenApiSchema { Type = JsonSchemaType.String };
                    break;
                case "fylke":
                    parameter.Description = "Bare eiere med adresse i dette fylket: fylkesnummeret, de to første sifrene i kommunenummeret (for eksempel 46 for Vestland).";
                    parameter.Schema = new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "^[0-9]{2}$" };
                    break;
                case "fodselsdato":
                    parameter.Description = "Bare personer født denne dagen (åååå-mm-dd), slik fødselsnummeret viser den (D-nummer og syntetiske numre medregnet).";
                    parameter.Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "date" };
                    break;
                case "ekskluderVraketUtfort":
                    parameter.Description = "true: uten kjøretøy som har registreringsstatus VRAKET eller UTFORT på tidspunktet søket gjelder.";
                    parameter.Schema = new OpenApiSchema { Type = JsonSchemaType.Boolean, Default = JsonValue.Create(false) };
                    break;
                case "fonetisk":
                    parameter.Description = "true: ordene sammenlignes etter uttale, ikke bokstaver (Kristiansen finner Christiansen, Hansen finner Hanssen, Ås finner Aas og Os). Algoritmen og regeltabellen står i docs/eiersok.md.";
                    parameter.Schema = new OpenApiSchema { Type = JsonSchemaType.Boolean, Default = JsonValue.Create(false) };
                    break;
            }
        }
    }
}
