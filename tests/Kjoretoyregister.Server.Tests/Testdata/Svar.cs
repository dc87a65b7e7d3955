using System.Net;
using System.Text.Json;
using Kjoretoyregister.Contracts.Fiks;
using Kjoretoyregister.Contracts.Json;

namespace Kjoretoyregister.Server.Tests.Testdata;

/// <summary>Reads answers: JSON bodies and Fiks error bodies, asserting the status first.</summary>
internal static class Svar
{
    public static async Task<JsonElement> JsonAsync(HttpResponseMessage svar, HttpStatusCode forventet = HttpStatusCode.OK)
    {
        var tekst = await svar.Content.ReadAsStringAsync();
        Assert.True(forventet == svar.StatusCode, $"forventet {(int)forventet}, fikk {(int)svar.StatusCode}: {tekst}");
        return JsonDocument.Parse(tekst).RootElement.Clone();
    }

    /// <summary>A Fiks ErrorMessage with the given status; asserts the body's shape (errorId a UUID, status repeated, path set).</summary>
    public static async Task<ErrorMessage> FeilAsync(HttpResponseMessage svar, HttpStatusCode forventet)
    {
        var tekst = await svar.Content.ReadAsStringAsync();
        Assert.True(forventet == svar.StatusCode, $"forventet {(int)forventet}, fikk {(int)svar.StatusCode}: {tekst}");
        Assert.Equal("application/json", svar.Content.Headers.ContentType?.MediaType);
        var feil = JsonSerializer.Deserialize(tekst, KontraktJsonContext.Kompakt.ErrorMessage)!;
        Assert.Equal((int)forventet, feil.Status);
        Assert.NotEqual(Guid.Empty, feil.ErrorId);
        Assert.False(string.IsNullOrEmpty(feil.Path));
        Assert.DoesNotContain("   at ", tekst, StringComparison.Ordinal);
        return feil;
    }
}
