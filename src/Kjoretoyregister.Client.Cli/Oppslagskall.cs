using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Kjoretoyregister.Cli;
using Kjoretoyregister.Contracts.Json;
using Kjoretoyregister.Contracts.Svv;

namespace Kjoretoyregister.Client.Cli;

/// <summary>
/// The calls of <c>fiks-kjoretoy oppslag</c> (all but <c>--fil</c>) and their output: the answer as indented JSON
/// in the API's own shape, or <see cref="Oppslagstabell"/>; searches and organisations are fetched page
/// by page and printed as one answer. Each returns <see cref="Kjoring.Ok"/> when something was found,
/// else <see cref="Kjoring.IngenTreff"/>.
/// </summary>
internal static class Oppslagskall
{
    private const int Side = KjoretoyregisterClient.MaksPerKall;

    public static async Task<int> ListeAsync(
        Task<IReadOnlyList<KjoretoyResponse>> kall, IReadOnlyList<string>? kjennemerker, IReadOnlyList<string>? kuider, bool tabell, CancellationToken ct)
    {
        var svar = await kall;
        await SkrivAsync(svar, KontraktJsonContext.Indented.IReadOnlyListKjoretoyResponse, tabell, () => Oppslagstabell.Skriv(svar, kjennemerker, kuider), ct);
        return Utfall(svar.Any(s => s.ErTreff));
    }

    public static async Task<int> EiernavnAsync(KjoretoyregisterClient klient, string navn, Eiersokvalg? sok, DateTimeOffset? dtg, string? formal, bool tabell, CancellationToken ct)
    {
        var valg = string.IsNullOrWhiteSpace(formal) ? null : new Oppslagsvalg(formal);
        var forste = await klient.SokEiernavnAsync(navn, sok, 0, Side, dtg, valg, ct);
        var alle = forste.Kjoretoyresponser.ToList();
        while (alle.Count < forste.AntallTreffTotalt)
        {
            var side = await klient.SokEiernavnAsync(navn, sok, alle.Count, Side, dtg, valg, ct);
            if (side.Kjoretoyresponser.Count == 0)
            {
                break;
            }

            alle.AddRange(side.Kjoretoyresponser);
        }

        var svar = forste with { AntallITreffliste = alle.Count, Kjoretoyresponser = alle };
        await SkrivAsync(svar, KontraktJsonContext.Indented.KjoretoysokResponse, tabell, () => Oppslagstabell.Skriv(alle), ct);
        return Utfall(alle.Any(s => s.ErTreff));
    }

    public static async Task<int> PersonAsync(KjoretoyregisterClient klient, string fnr, string? formal, bool tabell, CancellationToken ct)
    {
        var svar = await klient.HentForPersonAsync(fnr, formal, ct);
        await SkrivAsync(svar, KontraktJsonContext.Indented.PersonKjoretoyResponse, tabell, () => Oppslagstabell.Skriv(svar), ct);
        return Utfall(svar.Kjoretoy.Count > 0);
    }

    public static async Task<int> OrganisasjonAsync(KjoretoyregisterClient klient, string orgnr, string? formal, bool tabell, CancellationToken ct)
    {
        var forste = await klient.HentForOrganisasjonAsync(orgnr, 0, Side, formal, ct);
        var alle = forste.Kjoretoy.ToList();
        var side = forste.Kjoretoy;
        while (side.Count == Side)
        {
            side = (await klient.HentForOrganisasjonAsync(orgnr, alle.Count, Side, formal, ct)).Kjoretoy;
            alle.AddRange(side);
        }

        var svar = forste with { Kjoretoy = alle };
        await SkrivAsync(svar, KontraktJsonContext.Indented.OrganisasjonKjoretoyResponse, tabell, () => Oppslagstabell.Skriv(svar), ct);
        return Utfall(alle.Count > 0);
    }

    private static async Task SkrivAsync<T>(T svar, JsonTypeInfo<T> json, bool tabell, Action skrivTabell, CancellationToken ct)
    {
        if (tabell)
        {
            skrivTabell();
            return;
        }

        await using var ut = Console.OpenStandardOutput();
        await JsonSerializer.SerializeAsync(ut, svar, json, ct);
        await ut.WriteAsync("\n"u8.ToArray(), ct);
    }

    private static int Utfall(bool treff) => treff ? Kjoring.Ok : Kjoring.IngenTreff;
}
