namespace Kjoretoyregister.Server.Drift;

/// <summary>
/// For benchmarks only, and only when <c>Benchmark:SvarFil</c> is set: <c>POST /benchmark/samme-svar</c>
/// answers with that file's bytes as JSON, with no authentication, register or audit. It is the
/// "bare endpoint returning the same bytes from the same server" that the full lookup chain is
/// measured against (bench/http.sh). The file is read on the first call and kept.
/// </summary>
internal static class Sammenligningsendepunkt
{
    public const string Nokkel = "Benchmark:SvarFil";

    public static void MapSammenligning(this WebApplication app)
    {
        if (app.Configuration[Nokkel] is not { Length: > 0 } fil)
        {
            return;
        }

        var svar = new Lazy<byte[]>(() => File.ReadAllBytes(fil));
        app.MapPost("/benchmark/samme-svar", () => TypedResults.Bytes(svar.Value, "application/json; charset=utf-8")).ExcludeFromDescription();
    }
}
