using System.Net;
using System.Reflection;
using System.Text.Json;
using Kjoretoyregister.Server.Feil;
using Kjoretoyregister.Server.Tests.Testdata;

namespace Kjoretoyregister.Server.Tests.Apidokument;

/// <summary>
/// The API document vendors generate clients from: committed as docs/openapi/v1.json, the same bytes the
/// server serves, clean by Redocly's recommended rules, and free of what made generated clients fail.
/// </summary>
public sealed class ApidokumentTests(TomtRegister register) : IClassFixture<TomtRegister>
{
    private const string SkrivNokkel = "KJORETOYREGISTER_SKRIV_OPENAPI";

    [Fact]
    public async Task CommittedDocumentIsTheOneTheServerServes()
    {
        var servert = Normaliser(await ServertAsync());

        if (Environment.GetEnvironmentVariable(SkrivNokkel) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Repo.Dokument)!);
            await File.WriteAllTextAsync(Repo.Dokument, servert);
        }

        var lagret = File.Exists(Repo.Dokument) ? Normaliser(await File.ReadAllTextAsync(Repo.Dokument)) : "";
        Assert.True(lagret == servert,
            $"docs/openapi/v1.json er ikke dokumentet tjenesten serverer på /openapi/v1.json. Skriv det på nytt med\n" +
            $"  {SkrivNokkel}=1 dotnet test tests/Kjoretoyregister.Server.Tests -c Release --filter FullyQualifiedName~CommittedDocumentIsTheOneTheServerServes\n" +
            "og se over endringen (git diff docs/openapi/v1.json) før du sjekker den inn.");
    }

    [Fact]
    public async Task RedoclyRecommendedRulesFindNoErrorInTheServedDocument()
    {
        Assert.True(Redocly.Mangler() is null, Redocly.Mangler());
        var fil = Path.Combine(Path.GetTempPath(), "kjoretoyregister-openapi-" + Guid.NewGuid().ToString("N") + ".json");
        await File.WriteAllTextAsync(fil, await ServertAsync());
        try
        {
            var (kode, utskrift) = await Redocly.LintAsync(fil);

            Assert.True(kode == 0, $"redocly lint avsluttet med {kode}:\n{utskrift}");
            Assert.Contains("Your API description is valid", utskrift, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(fil);
        }
    }

    [Fact]
    public async Task EveryOperationHasAnIdTheFiksHeadersTheSecuritySchemeAndTheErrorAnswers()
    {
        var dokument = JsonDocument.Parse(await ServertAsync()).RootElement;

        var operasjoner = dokument.GetProperty("paths").EnumerateObject()
            .SelectMany(s => s.Value.EnumerateObject().Select(o => (Sti: s.Name, Metode: o.Name, Operasjon: o.Value))).ToList();

        Assert.Equal(["HentForOrganisasjon", "HentForPerson", "SlaOppKjennemerker", "SlaOppKuid", "SlaOppUnderstellsnummer", "SokEiernavn"],
            operasjoner.Select(o => o.Operasjon.GetProperty("operationId").GetString()).Order(StringComparer.Ordinal));
        Assert.Equal("bearer", dokument.GetProperty("components").GetProperty("securitySchemes").GetProperty("Maskinporten").GetProperty("scheme").GetString());
        foreach (var (sti, metode, operasjon) in operasjoner)
        {
            var parametre = operasjon.GetProperty("parameters").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!, p => p);
            Assert.Equal("uuid", parametre["fiksOrgId"].GetProperty("schema").GetProperty("format").GetString());
            Assert.Equal("path", parametre["fiksOrgId"].GetProperty("in").GetString());
            Assert.Equal("uuid", parametre["IntegrasjonId"].GetProperty("schema").GetProperty("format").GetString());
            Assert.True(parametre["IntegrasjonPassord"].GetProperty("required").GetBoolean());
            Assert.False(parametre["Formal"].TryGetProperty("required", out var paakrevd) && paakrevd.GetBoolean());
            Assert.True(operasjon.GetProperty("security")[0].TryGetProperty("Maskinporten", out _), $"{metode} {sti} mangler Maskinporten");
            var svar = operasjon.GetProperty("responses");
            var feilstatuser = metode == "post" ? ["400", "401", "403", "404", "413", "415", "429", "500", "502", "503", "504"] : new[] { "400", "401", "403", "404", "413", "429", "500", "502", "503", "504" };
            foreach (var status in feilstatuser)
            {
                Assert.True(svar.TryGetProperty(status, out var feil), $"{metode} {sti} mangler {status}");
                Assert.Equal("#/components/schemas/ErrorMessage", feil.GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString());
            }

            Assert.True(svar.GetProperty("429").GetProperty("headers").TryGetProperty("Retry-After", out _));
            Assert.True(svar.GetProperty("503").GetProperty("headers").TryGetProperty("Retry-After", out _));
        }
    }

    [Fact]
    public async Task OnlyTheVendorOperationsAreInTheDocumentAndNoDescriptionHoldsCSharp()
    {
        var tekst = await ServertAsync();
        var dokument = JsonDocument.Parse(tekst).RootElement;

        Assert.All(dokument.GetProperty("paths").EnumerateObject(), s => Assert.StartsWith("/kjoretoyregister/api/", s.Name, StringComparison.Ordinal));
        Assert.DoesNotContain("/maskinporten/", tekst, StringComparison.Ordinal);
        foreach (var csharp in new[] { "DateOnly", "string?", "Person.Fodselsnummer", "Provekjennemerke?", "IReadOnlyList", "<see", "cref=" })
        {
            Assert.DoesNotContain(csharp, tekst, StringComparison.Ordinal);
        }

        Assert.Equal("MIT", dokument.GetProperty("info").GetProperty("license").GetProperty("identifier").GetString());
    }

    [Fact]
    public async Task NullablePropertiesAreOptionalNotNullAndIntegersAreIntegers()
    {
        var skjemaer = JsonDocument.Parse(await ServertAsync()).RootElement.GetProperty("components").GetProperty("schemas");

        var person = skjemaer.GetProperty("Person");
        var paakrevd = person.GetProperty("required").EnumerateArray().Select(r => r.GetString()).ToList();
        Assert.DoesNotContain("mellomnavn", paakrevd);
        Assert.DoesNotContain("fodselsdato", paakrevd);
        Assert.Contains("fodselsnummer", paakrevd);
        Assert.Equal("string", person.GetProperty("properties").GetProperty("mellomnavn").GetProperty("type").GetString());
        Assert.Equal("integer", skjemaer.GetProperty("KjoretoysokResponse").GetProperty("properties").GetProperty("antallTreffTotalt").GetProperty("type").GetString());
        Assert.DoesNotContain("\"null\"", skjemaer.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheErrorCodeCatalogueHoldsEveryCodeAndTheDocumentListsThem()
    {
        var konstanter = typeof(Feilkode).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();
        var beskrivelse = JsonDocument.Parse(await ServertAsync()).RootElement.GetProperty("components").GetProperty("schemas")
            .GetProperty("ErrorMessage").GetProperty("properties").GetProperty("errorCode").GetProperty("description").GetString()!;

        Assert.Equal(konstanter.Order(StringComparer.Ordinal), Feilkode.Alle.Select(k => k.Kode).Order(StringComparer.Ordinal));
        Assert.All(konstanter, k => Assert.Contains("`" + k + "`", beskrivelse, StringComparison.Ordinal));
        Assert.Contains("Nye koder kan komme", beskrivelse, StringComparison.Ordinal);
    }

    private async Task<string> ServertAsync()
    {
        using var http = register.Server.CreateClient();
        using var svar = await http.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, svar.StatusCode);
        return await svar.Content.ReadAsStringAsync();
    }

    private static string Normaliser(string tekst) => tekst.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n') + "\n";
}
