using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kjoretoyregister.Register.Syntetisk;

/// <summary>
/// Full type approval and technical data (<c>godkjenning</c>) of real size, for
/// <see cref="SyntetiskRegisterOptions.TekniskeData"/>: SVV's example answer
/// (docs/kontrakt/reference/svv-kjoretoysok-v2.0.example-response.json, embedded) gives the shape — its
/// plug-in hybrid for vehicles with an engine, its electric car for electric ones — and each model gets
/// <see cref="Varianter"/> variants with its own make, model, class, fuel, weights and power. The variant
/// follows from the understellsnummer, so a vehicle's data depend on nothing but the vehicle. Each
/// variant is serialised once and written as it is.
/// </summary>
internal sealed class TekniskeData
{
    /// <summary>How many variants each model (and fuel) has.</summary>
    public const int Varianter = 4;

    private static readonly Lazy<(JsonObject Forbrenning, JsonObject Elektrisk)> Maler = new(LesMaler);
    private static readonly JsonSerializerOptions Utskrift = new() { Encoder = Tekst.Koder };

    private readonly Dictionary<(Kjoretoymodell Modell, Drivstoff Drivstoff, int Variant), byte[]> ferdige = [];

    /// <summary>The vehicle's <c>godkjenning</c> object as UTF-8 JSON.</summary>
    public byte[] For(KjoretoyUtkast u)
    {
        var vin = u.Understellsnummer;
        var variant = 0;
        for (var i = 11; i < vin.Length; i++)
        {
            variant += vin[i];
        }

        var nokkel = (u.Modell, u.Drivstoff, variant % Varianter);
        if (!ferdige.TryGetValue(nokkel, out var json))
        {
            json = Lag(nokkel.Modell, nokkel.Drivstoff, nokkel.Item3);
            ferdige[nokkel] = json;
        }

        return json;
    }

    private static byte[] Lag(Kjoretoymodell modell, Drivstoff drivstoff, int variant)
    {
        var mal = drivstoff == Drivstoff.Elektrisitet ? Maler.Value.Elektrisk : Maler.Value.Forbrenning;
        var godkjenning = (JsonObject)mal.DeepClone();
        var teknisk = godkjenning["tekniskGodkjenning"]!.AsObject();
        var data = teknisk["tekniskeData"]!.AsObject();
        var merke = Som(modell.Merke);
        var klasse = Som(modell.Klasse);
        var beskrivelse = Som(modell.Klassebeskrivelse);
        var faktor = 0.94 + (0.04 * variant);

        var klassifisering = teknisk["kjoretoyklassifisering"]!.AsObject();
        klassifisering["beskrivelse"] = beskrivelse;
        foreach (var kode in new[] { klassifisering["tekniskKode"], data["generelt"]?["tekniskKode"] })
        {
            if (kode is JsonObject k)
            {
                k["kodeVerdi"] = klasse;
                k["kodeNavn"] = beskrivelse;
            }
        }

        if (klassifisering["efTypegodkjenning"] is JsonObject ef)
        {
            ef["variant"] = $"{ef["variant"]}{(char)('A' + variant)}";
        }

        var generelt = data["generelt"]!.AsObject();
        generelt["merke"] = new JsonArray(new JsonObject { ["merke"] = merke, ["merkeKode"] = Som(modell.MerkeKode) });
        generelt["handelsbetegnelse"] = new JsonArray(Som(modell.Handelsbetegnelse));
        generelt["fabrikant"] = new JsonArray(new JsonObject { ["fabrikantNavn"] = merke });
        generelt["typebetegnelse"] = $"{generelt["typebetegnelse"]}{variant}";
        Skaler(data["vekter"], faktor);
        switch (drivstoff)
        {
            case Drivstoff.Ingen:
                data.Remove("motorOgDrivverk");
                data.Remove("miljodata");
                break;
            case Drivstoff.Bensin or Drivstoff.Diesel:
                Forbrenningsmotor(data, drivstoff == Drivstoff.Diesel);
                break;
        }

        if (data["motorOgDrivverk"]?["motor"] is JsonArray motorer)
        {
            foreach (var motor in motorer)
            {
                Skaler(motor?["drivstoff"]?[0], faktor, "maksNettoEffekt");
            }
        }

        return JsonSerializer.SerializeToUtf8Bytes(godkjenning, Utskrift);
    }

    /// <summary>The plug-in hybrid's first engine and fuel group alone, as petrol or diesel.</summary>
    private static void Forbrenningsmotor(JsonObject data, bool diesel)
    {
        var drivverk = data["motorOgDrivverk"]!.AsObject();
        var motorer = drivverk["motor"]!.AsArray();
        while (motorer.Count > 1)
        {
            motorer.RemoveAt(motorer.Count - 1);
        }

        drivverk["hybridElektriskKjoretoy"] = false;
        drivverk.Remove("hybridKategori");
        var grupper = data["miljodata"]!["miljoOgdrivstoffGruppe"]!.AsArray();
        while (grupper.Count > 1)
        {
            grupper.RemoveAt(grupper.Count - 1);
        }

        // Measured by both methods, as cars of the WLTP transition years are.
        if (grupper[0]?["forbrukOgUtslipp"] is JsonArray { Count: 1 } malinger && malinger[0]?.DeepClone() is JsonObject wltp)
        {
            wltp["malemetode"] = new JsonObject
            {
                ["kodeBeskrivelse"] = "WLTP", ["kodeNavn"] = "MALEMETODETYPE_WLTP", ["kodeTypeId"] = "MALEMETODETYPE", ["kodeVerdi"] = "WLTP", ["tidligereKodeVerdi"] = new JsonArray(),
            };
            Skaler(wltp, 1.18);
            malinger.Add(wltp);
        }

        if (!diesel)
        {
            return;
        }

        foreach (var kode in new[] { motorer[0]?["drivstoff"]?[0]?["drivstoffKode"], grupper[0]?["drivstoffKodeMiljodata"] })
        {
            if (kode is JsonObject k)
            {
                k["kodeVerdi"] = "2";
                k["kodeNavn"] = "Diesel";
                k["kodeBeskrivelse"] = "Diesel";
            }
        }

        if (motorer[0]?["arbeidsprinsipp"] is JsonObject prinsipp)
        {
            prinsipp["kodeVerdi"] = "DIESEL";
            prinsipp["kodeNavn"] = "Diesel";
            prinsipp["kodeBeskrivelse"] = "Diesel";
        }
    }

    /// <summary>Multiplies the numbers of an object (or the named ones) by the variant's factor.</summary>
    private static void Skaler(JsonNode? node, double faktor, params string[] bare)
    {
        if (node is not JsonObject objekt)
        {
            return;
        }

        foreach (var (navn, verdi) in objekt.ToList())
        {
            if ((bare.Length > 0 && Array.IndexOf(bare, navn) < 0) || verdi is not JsonValue v || v.GetValueKind() != JsonValueKind.Number)
            {
                continue;
            }

            var tall = v.GetValue<double>();
            objekt[navn] = Math.Abs(tall % 1) > 0
                ? JsonValue.Create(Math.Round(tall * faktor, 1))
                : JsonValue.Create((long)Math.Round(tall * faktor));
        }
    }

    private static string Som(JsonEncodedText tekst) => Encoding.UTF8.GetString(tekst.EncodedUtf8Bytes);

    private static (JsonObject, JsonObject) LesMaler()
    {
        using var ressurs = typeof(TekniskeData).Assembly.GetManifestResourceStream("Syntetisk/svv-eksempelsvar.json")
            ?? throw new InvalidOperationException("Mangler den innebygde ressursen Syntetisk/svv-eksempelsvar.json.");
        var svar = JsonNode.Parse(ressurs)!["kjoretoyresponser"]!.AsArray();
        JsonObject Godkjenning(int i) => svar[i]!["kjoretoy"]!["godkjenning"]!.AsObject();
        var forbrenning = Godkjenning(0);
        var elektrisk = Godkjenning(1);
        if (forbrenning["tekniskGodkjenning"]?["tekniskeData"]?["motorOgDrivverk"]?["motor"] is not JsonArray { Count: > 0 })
        {
            throw new InvalidOperationException("SVVs eksempelsvar har ikke den forventede formen.");
        }

        return (forbrenning, elektrisk);
    }
}
