using System.Text.Json;
using Kjoretoyregister.Contracts.Json;
using Kjoretoyregister.Contracts.Svv;

namespace Kjoretoyregister.Contracts.Tests;

public sealed class RawJsonTests
{
    [Fact]
    public void ApprovalDataIsWrittenVerbatimAndReadBackAsTheSameValue()
    {
        var kjoretoy = new Kjoretoy(
            new KjoretoyIdentitet("1", "VIN1", null), null, null, [], null, new RawJson("""{"tekniskGodkjenning":{"kode":"M1"}}"""), null);

        var tekst = JsonSerializer.Serialize(KjoretoyResponse.Treff(kjoretoy), KontraktJsonContext.Kompakt.KjoretoyResponse);
        var tilbake = JsonSerializer.Deserialize(tekst, KontraktJsonContext.Kompakt.KjoretoyResponse)!;

        Assert.Contains("\"godkjenning\":{\"tekniskGodkjenning\":{\"kode\":\"M1\"}}", tekst, StringComparison.Ordinal);
        Assert.Equal("M1", tilbake.Kjoretoy!.Godkjenning!.Value.TilElement().GetProperty("tekniskGodkjenning").GetProperty("kode").GetString());
    }

    [Fact]
    public void AbsentValuesAreLeftOutAndTimesCarryTheOsloOffsetWithMilliseconds()
    {
        var registrering = new Registrering(Kodeverk.Registreringsstatus("REGISTRERT"), null, new DateTimeOffset(2021, 4, 21, 12, 32, 54, 295, TimeSpan.Zero), null);

        var tekst = JsonSerializer.Serialize(KjoretoyResponse.Treff(new Kjoretoy(new KjoretoyIdentitet("1", "VIN1", null), null, null, [], registrering, null, null)), KontraktJsonContext.Kompakt.KjoretoyResponse);

        Assert.Contains("\"fomTidspunkt\":\"2021-04-21T14:32:54.295+02:00\"", tekst, StringComparison.Ordinal);
        Assert.DoesNotContain("tilTidspunkt", tekst, StringComparison.Ordinal);
        Assert.DoesNotContain("null", tekst, StringComparison.Ordinal);
    }
}
