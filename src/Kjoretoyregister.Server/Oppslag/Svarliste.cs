using System.Reflection;
using Kjoretoyregister.Contracts.Svv;
using Kjoretoyregister.Register;
using Microsoft.AspNetCore.Http.Metadata;

namespace Kjoretoyregister.Server.Oppslag;

/// <summary>
/// 200 with a JSON array of answers that are already JSON (<see cref="Svarjson"/>): the bytes are copied
/// into the response once, with a Content-Length, never parsed or built again. On the wire and in the
/// API document the same as <c>Ok&lt;IReadOnlyList&lt;KjoretoyResponse&gt;&gt;</c>.
/// </summary>
internal sealed class Svarliste(IReadOnlyList<Svarjson> svar) : IResult, IEndpointMetadataProvider
{
    private const string Innholdstype = "application/json; charset=utf-8";

    /// <summary>The answers, in request order.</summary>
    public IReadOnlyList<Svarjson> Svar { get; } = svar;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var lengde = 2 + Math.Max(0, Svar.Count - 1);
        foreach (var s in Svar)
        {
            lengde += s.Json.Length;
        }

        var respons = httpContext.Response;
        respons.StatusCode = StatusCodes.Status200OK;
        respons.ContentType = Innholdstype;
        respons.ContentLength = lengde;
        var skriver = respons.BodyWriter;
        var minne = skriver.GetSpan(lengde);
        minne[0] = (byte)'[';
        var pos = 1;
        for (var i = 0; i < Svar.Count; i++)
        {
            if (i > 0)
            {
                minne[pos++] = (byte)',';
            }

            Svar[i].Json.CopyTo(minne[pos..]);
            pos += Svar[i].Json.Length;
        }

        minne[pos] = (byte)']';
        skriver.Advance(lengde);
        await skriver.FlushAsync(httpContext.RequestAborted).ConfigureAwait(false);
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(IReadOnlyList<KjoretoyResponse>), ["application/json"]));
    }
}
