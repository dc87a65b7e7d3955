using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Kjoretoyregister.Server.Drift;

/// <summary>
/// <c>/health/ready</c>'s body: the overall status and each dependency's, so an operator sees which one
/// is degraded: <c>{"status":"Degraded","avhengigheter":{"register":{"status":"Healthy"},"svv":{"status":"Degraded","beskrivelse":"..."}}}</c>.
/// </summary>
internal static class Helsesvar
{
    public static async Task SkrivAsync(HttpContext http, HealthReport rapport)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        await using var skriver = new Utf8JsonWriter(http.Response.Body);
        skriver.WriteStartObject();
        skriver.WriteString("status", rapport.Status.ToString());
        skriver.WriteStartObject("avhengigheter");
        foreach (var (navn, del) in rapport.Entries)
        {
            skriver.WriteStartObject(navn);
            skriver.WriteString("status", del.Status.ToString());
            if (del.Description is { } beskrivelse)
            {
                skriver.WriteString("beskrivelse", beskrivelse);
            }

            skriver.WriteEndObject();
        }

        skriver.WriteEndObject();
        skriver.WriteEndObject();
        await skriver.FlushAsync(http.RequestAborted).ConfigureAwait(false);
    }
}
