using System.Text.Json.Nodes;

namespace Kjoretoyregister.Cli.Tests;

/// <summary>
/// Where <c>fiks-kjoretoy</c> takes its settings: <c>--konfig</c>, then the SDK's <c>Kjoretoyregister__...</c>
/// environment variables, then the options, each overriding the one before.
/// </summary>
public sealed class VerktoyinnstillingerTests(Oppslagsserver server) : IClassFixture<Oppslagsserver>, IDisposable
{
    /// <summary>Nothing listens on port 1: a call there ends in exit code 1, naming the address.</summary>
    private const string Dod = "http://127.0.0.1:1";

    private readonly string mappe = Directory.CreateTempSubdirectory("fiks-kjoretoy-innstillinger-").FullName;

    public void Dispose() => Directory.Delete(mappe, recursive: true);

    private JsonObject Demo => JsonNode.Parse(File.ReadAllText(server.Konfig))!.AsObject();

    private string Konfig(Action<JsonObject> endre)
    {
        var konfig = Demo;
        endre(konfig);
        var fil = Path.Combine(mappe, $"konfig-{Guid.NewGuid():N}.json");
        File.WriteAllText(fil, konfig.ToJsonString());
        return fil;
    }

    /// <summary>demo.json as the SDK's environment variables (<c>Kjoretoyregister__maskinporten__jwk__kty</c>, ...).</summary>
    private Dictionary<string, string?> SomMiljo()
    {
        var miljo = new Dictionary<string, string?>();
        void Legg(string prefiks, JsonNode? node)
        {
            if (node is JsonObject objekt)
            {
                foreach (var (navn, verdi) in objekt)
                {
                    Legg(prefiks + "__" + navn, verdi);
                }
            }
            else if (node is not null)
            {
                miljo[prefiks] = node.GetValueKind() == System.Text.Json.JsonValueKind.String ? (string?)node : node.ToJsonString();
            }
        }

        Legg("Kjoretoyregister", Demo);
        return miljo;
    }

    [Fact]
    public async Task AnEnvironmentVariableOverridesTheKonfigFile()
    {
        var konfig = Konfig(k => k["baseUrl"] = Dod);
        var miljo = new Dictionary<string, string?> { ["Kjoretoyregister__BaseUrl"] = (string?)Demo["baseUrl"] };

        var svar = await KjoretoyProsess.KjorVerktoyMedMiljoAsync(mappe, miljo, "oppslag", "--kjennemerke", server.Kjennemerke, "--konfig", konfig);

        Assert.True(svar.Kode == 0, svar.Feil);
    }

    [Fact]
    public async Task AnOptionOverridesTheEnvironmentAndTheKonfigFile()
    {
        var miljo = new Dictionary<string, string?> { ["Kjoretoyregister__BaseUrl"] = (string?)Demo["baseUrl"] };

        var svar = await KjoretoyProsess.KjorVerktoyMedMiljoAsync(
            mappe, miljo, "oppslag", "--kjennemerke", server.Kjennemerke, "--konfig", server.Konfig, "--base-url", Dod);

        Assert.Equal(1, svar.Kode);
        Assert.Contains(Dod, svar.Feil, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWrongPasswordInTheEnvironmentOverridesTheRightOneInTheFile()
    {
        var miljo = new Dictionary<string, string?> { ["Kjoretoyregister__IntegrasjonPassord"] = "ikke-passordet" };

        var svar = await KjoretoyProsess.KjorVerktoyMedMiljoAsync(mappe, miljo, "oppslag", "--kjennemerke", server.Kjennemerke, "--konfig", server.Konfig);

        Assert.Equal(1, svar.Kode);
        Assert.Contains("401", svar.Feil, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheEnvironmentAloneIsEnoughWithoutAKonfigFile()
    {
        var svar = await KjoretoyProsess.KjorVerktoyMedMiljoAsync(mappe, SomMiljo(), "oppslag", "--kjennemerke", server.Kjennemerke);
        var token = await KjoretoyProsess.KjorVerktoyMedMiljoAsync(mappe, SomMiljo(), "token");

        Assert.True(svar.Kode == 0, svar.Feil);
        Assert.Contains(server.Fnr, svar.Ut, StringComparison.Ordinal);
        Assert.True(token.Kode == 0, token.Feil);
        Assert.Equal(3, token.Ut.Trim().Split('.').Length);
    }

    [Fact]
    public async Task WithNeitherFileNorEnvironmentTheMissingSettingsAreNamedAndNothingIsCalled()
    {
        var svar = await KjoretoyProsess.KjorVerktoyAsync(mappe, "oppslag", "--kjennemerke", server.Kjennemerke);

        Assert.Equal(2, svar.Kode);
        Assert.Contains("IntegrasjonPassord", svar.Feil, StringComparison.Ordinal);
        Assert.Contains("Kjoretoyregister__", svar.Feil, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOptionGivesTheIntegrationWhenTheFileHasNone()
    {
        var konfig = Konfig(k => k.Remove("integrasjonId"));

        var uten = await KjoretoyProsess.KjorVerktoyAsync(mappe, "oppslag", "--kjennemerke", server.Kjennemerke, "--konfig", konfig);
        var med = await KjoretoyProsess.KjorVerktoyAsync(
            mappe, "oppslag", "--kjennemerke", server.Kjennemerke, "--konfig", konfig, "--integrasjon-id", (string)Demo["integrasjonId"]!);

        Assert.Equal(2, uten.Kode);
        Assert.Contains("IntegrasjonId", uten.Feil, StringComparison.Ordinal);
        Assert.True(med.Kode == 0, med.Feil);
    }
}
