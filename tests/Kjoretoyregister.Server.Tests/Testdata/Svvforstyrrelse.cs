using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Kjoretoyregister.Server.Tests.Testdata;

/// <summary>
/// What a test does to the SVV side's API (<c>/ws/...</c>): a delay before it answers, or a quota refusal
/// (422 with <c>Retry-After</c>) instead of the answer. Added in front of the server's own pipeline.
/// </summary>
internal sealed class Svvforstyrrelse : IStartupFilter
{
    public TimeSpan Forsinkelse { get; set; }

    /// <summary>When set, SVV answers 422 with this Retry-After, as when the platform's quota is used up.</summary>
    public int? KvoteRetryAfterSekunder { get; set; }

    /// <summary>When set, SVV answers 400 with this response code, as for a parameter it refuses.</summary>
    public string? AvvisMedKode { get; set; }

    public int Kall => Volatile.Read(ref kall);

    private int kall;

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, neste) =>
        {
            if (!context.Request.Path.StartsWithSegments("/ws", StringComparison.Ordinal))
            {
                await neste(context);
                return;
            }

            Interlocked.Increment(ref kall);
            if (Forsinkelse > TimeSpan.Zero)
            {
                await Task.Delay(Forsinkelse, context.RequestAborted);
            }

            if (KvoteRetryAfterSekunder is { } sekunder)
            {
                context.Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                context.Response.Headers.RetryAfter = sekunder.ToString(System.Globalization.CultureInfo.InvariantCulture);
                await context.Response.WriteAsync("""{"responskoder":[{"kode":"KVOTE_OPPBRUKT","beskrivelse":"Kvoten er brukt opp"}]}""");
                return;
            }

            if (AvvisMedKode is { } kode)
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                await context.Response.WriteAsync($$"""{"responskoder":[{"kode":"{{kode}}","beskrivelse":"Parameteren navn er ugyldig"}],"antallITreffliste":0,"antallTreffTotalt":0,"kjoretoyresponser":[]}""");
                return;
            }

            await neste(context);
        });
        next(app);
    };
}
