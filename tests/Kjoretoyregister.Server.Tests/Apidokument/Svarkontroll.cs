using System.Collections.Concurrent;

namespace Kjoretoyregister.Server.Tests.Apidokument;

/// <summary>
/// In the test clients' HTTP pipeline (<see cref="Testdata.Fiksklient"/>): every answer to a documented
/// operation is checked against the document the server serves (<c>/openapi/v1.json</c>, fetched once per
/// client), and the outcome recorded here and in <see cref="Alle"/>, for the whole test run. The answer is
/// buffered first, so the test reads it as before.
/// </summary>
internal sealed class Svarkontroll : DelegatingHandler
{
    private readonly SemaphoreSlim henter = new(1, 1);
    private Apidokumentskjema? skjema;

    /// <summary>Every checked answer of this client.</summary>
    public ConcurrentQueue<Svarfunn> Funn { get; } = new();

    /// <summary>Every checked answer of every client in this test run.</summary>
    public static ConcurrentQueue<Svarfunn> Alle { get; } = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var svar = await base.SendAsync(request, cancellationToken);
        var sti = request.RequestUri?.AbsolutePath ?? "";
        if (!sti.StartsWith("/kjoretoyregister/", StringComparison.Ordinal))
        {
            return svar;
        }

        var dokument = await DokumentAsync(request.RequestUri!, cancellationToken);
        if (dokument.Mal(sti) is not { } mal)
        {
            return svar;
        }

        await svar.Content.LoadIntoBufferAsync(cancellationToken);
        var kropp = await svar.Content.ReadAsStringAsync(cancellationToken);
        var status = (int)svar.StatusCode;
        var funn = new Svarfunn(request.Method.Method, mal, status, dokument.Avvik(request.Method.Method, mal, status, svar.Content.Headers.ContentType?.MediaType, kropp));
        Funn.Enqueue(funn);
        Alle.Enqueue(funn);
        return svar;
    }

    /// <summary>The document, fetched by the first answer that needs it (parallel calls wait for that one fetch).</summary>
    private async Task<Apidokumentskjema> DokumentAsync(Uri adresse, CancellationToken cancellationToken)
    {
        if (skjema is { } hentet)
        {
            return hentet;
        }

        await henter.WaitAsync(cancellationToken);
        try
        {
            return skjema ??= await HentAsync(adresse, cancellationToken);
        }
        finally
        {
            henter.Release();
        }
    }

    private async Task<Apidokumentskjema> HentAsync(Uri adresse, CancellationToken cancellationToken)
    {
        using var foresporsel = new HttpRequestMessage(HttpMethod.Get, new Uri(adresse, "/openapi/v1.json"));
        using var svar = await base.SendAsync(foresporsel, cancellationToken);
        svar.EnsureSuccessStatusCode();
        return new Apidokumentskjema(await svar.Content.ReadAsStringAsync(cancellationToken));
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            henter.Dispose();
        }

        base.Dispose(disposing);
    }
}

/// <summary>One checked answer: the operation, the status, and what did not match (null when all did).</summary>
internal sealed record Svarfunn(string Metode, string Sti, int Status, string? Avvik)
{
    public override string ToString() => $"{Metode} {Sti} {Status}: {Avvik ?? "ok"}";
}
