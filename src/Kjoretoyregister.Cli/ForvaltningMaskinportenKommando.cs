using System.CommandLine;
using Kjoretoyregister.Server.Forvaltning;
using Kjoretoyregister.Server.Maskinporten;

namespace Kjoretoyregister.Cli;

/// <summary>
/// <c>kjoretoy forvaltning maskinporten-klient (registrer | liste)</c>: the clients of the local
/// Maskinporten issuer (the embedded default), as Digdir's self-service registers them: a client_id,
/// its organisation, its scopes, and a public RSA key (JWK with <c>kid</c>) or a certificate.
/// </summary>
internal static class ForvaltningMaskinportenKommando
{
    public static Command Lag(Option<string> dataDir)
    {
        var klientId = new Option<string>("--klient-id") { Description = "Klientens client_id.", Required = true, HelpName = "ID" };
        var orgnr = new Option<string>("--orgnr") { Description = "Organisasjonsnummeret klienten tilhører (blir consumer.ID i tokenet).", Required = true, HelpName = "ORGNR" };
        var scope = new Option<string[]>("--scope") { Description = "Scopes klienten kan be om (standard: ks:fiks).", DefaultValueFactory = _ => ["ks:fiks"], AllowMultipleArgumentsPerToken = true };
        var jwk = new Option<string?>("--jwk-fil") { Description = "Klientens offentlige RSA-nøkkel som JWK (med kid); private deler lagres ikke.", HelpName = "FIL" };
        var sertifikat = new Option<string?>("--sertifikat-fil") { Description = "Klientens virksomhetssertifikat: PEM, DER eller PKCS#12 (.p12/.pfx, med --sertifikat-passord). Bare sertifikatet lagres, aldri en privat nøkkel.", HelpName = "FIL" };
        var passord = new Option<string?>("--sertifikat-passord") { Description = "Passordet til en PKCS#12-fil (.p12/.pfx) i --sertifikat-fil.", HelpName = "PASSORD" };
        var registrer = new Command("registrer", "Registrerer (eller erstatter) en klient hos den lokale Maskinporten-utstederen.")
        {
            klientId, orgnr, scope, jwk, sertifikat, passord,
        };
        registrer.SetAction((parse, ct) => RegistrerAsync(
            parse, dataDir, parse.GetValue(klientId)!, parse.GetValue(orgnr)!, parse.GetValue(scope)!, parse.GetValue(jwk), (parse.GetValue(sertifikat), parse.GetValue(passord)), ct));

        var liste = new Command("liste", "Lister klientene til den lokale Maskinporten-utstederen.");
        liste.SetAction((parse, ct) => ListeAsync(parse, dataDir, ct));
        return new Command("maskinporten-klient", "Klientene til den lokale Maskinporten-utstederen.") { registrer, liste };
    }

    private static async Task<int> RegistrerAsync(ParseResult parse, Option<string> dataDir, string klientId, string orgnrTekst, string[] scopes, string? jwkFil, (string? Fil, string? Passord) sertifikatvalg, CancellationToken ct)
    {
        if (ForvaltningKommando.LesOrganisasjonsnummer(orgnrTekst, "--orgnr") is not { } orgnr)
        {
            return Kjoring.UgyldigBruk;
        }

        var sertifikatFil = sertifikatvalg.Fil;
        if (jwkFil is null == sertifikatFil is null)
        {
            await Console.Error.WriteLineAsync("kjoretoy: oppgi enten --jwk-fil eller --sertifikat-fil");
            return Kjoring.UgyldigBruk;
        }

        string[] jwks = [];
        string[] sertifikater = [];
        if (jwkFil is not null)
        {
            if (!File.Exists(jwkFil))
            {
                await Console.Error.WriteLineAsync($"kjoretoy: --jwk-fil: finner ikke filen {Path.GetFullPath(jwkFil)}");
                return Kjoring.UgyldigBruk;
            }

            if (RsaJwk.Offentlig(await File.ReadAllTextAsync(jwkFil, ct)) is not { } offentlig)
            {
                await Console.Error.WriteLineAsync($"kjoretoy: --jwk-fil: {jwkFil} er ikke en RSA-nøkkel i JWK-form med kty, kid, n og e");
                return Kjoring.UgyldigBruk;
            }

            jwks = [RsaJwk.Json(offentlig)];
        }
        else
        {
            if (Sertifikatfil.Les(sertifikatFil!, sertifikatvalg.Passord, out var feil) is not { } sertifikat)
            {
                await Console.Error.WriteLineAsync($"kjoretoy: --sertifikat-fil: {feil}");
                return Kjoring.UgyldigBruk;
            }

            using (sertifikat)
            {
                sertifikater = [Convert.ToBase64String(sertifikat.RawData)];
            }
        }

        return await MedKlienterAsync(parse, dataDir, opprettFil: true, async fiks =>
        {
            await fiks.Klienter.LagreAsync(new MaskinportenKlient(klientId, orgnr, scopes, jwks, sertifikater), ct);
            await fiks.LoggAsync(null, $"Registrerte Maskinporten-klienten {klientId}",
                $"Organisasjonsnummer {orgnr}, scope {string.Join(' ', scopes)}, {(jwks.Length > 0 ? "offentlig nøkkel" : "sertifikat")}", ct);
            Console.WriteLine($"Registrerte Maskinporten-klienten {klientId} for {orgnr} med scope {string.Join(' ', scopes)}.");
            return Kjoring.Ok;
        });
    }

    private static Task<int> ListeAsync(ParseResult parse, Option<string> dataDir, CancellationToken ct) =>
        MedKlienterAsync(parse, dataDir, opprettFil: false, async fiks =>
        {
            var alle = await fiks.Klienter.ListAsync(ct);
            Tabell.Skriv(
                ["client_id", "Organisasjonsnummer", "Scopes", "Nøkler (kid)", "Sertifikater"],
                alle.Select(k => new[] { k.KlientId, k.Organisasjonsnummer.ToString(), string.Join(' ', k.Scopes), string.Join(' ', k.OffentligeJwks.Select(j => RsaJwk.Kid(j) ?? "?")), k.Sertifikater.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
            return Kjoring.Ok;
        });

    private static async Task<int> MedKlienterAsync(ParseResult parse, Option<string> dataDir, bool opprettFil, Func<Fiksdata, Task<int>> arbeid)
    {
        var katalog = parse.GetValue(dataDir)!;
        var sti = Path.GetFullPath(Path.Combine(katalog, FiksDatabase.Filnavn));
        if (!opprettFil && !Lagringsvalg.ErPostgres(parse) && !File.Exists(sti))
        {
            await Console.Error.WriteLineAsync($"kjoretoy: finner ikke {sti} (start serveren eller registrer en klient først, eller oppgi --data-dir eller --postgres)");
            return Kjoring.Feil;
        }

        await using var tjenester = await Lagringsvalg.ApneAsync(katalog, parse.GetValue(Lagringsvalg.Postgres), registerfil: null, CancellationToken.None);
        return await arbeid(new Fiksdata(tjenester));
    }
}
