using System.CommandLine;
using Kjoretoyregister.Cli;

namespace Kjoretoyregister.Client.Cli;

/// <summary>
/// <c>fiks-kjoretoy token [--konfig FILE]</c>: gets a Maskinporten access token with the client SDK's
/// <see cref="Maskinporten.MaskinportenTokenProvider"/> (the JWT grant of RFC 7523, signed with the
/// client's key), as a vendor's code does, and prints it, for use with curl. The settings are read as
/// <c>oppslag</c> reads them (<see cref="Klientvalg"/>).
/// </summary>
internal static class TokenKommando
{
    public static Command Lag()
    {
        var klientvalg = new Klientvalg();
        var kommando = new Command("token", """
            Henter et Maskinporten-token (JWT-grant signert med klientens nøkkel) og skriver det ut.
            Avslutningskoder: 0 ok, 1 Maskinporten avviste eller svarte ikke, 2 ugyldig bruk eller konfigurasjonsfil.
            """);
        foreach (var valg in klientvalg.Alle)
        {
            kommando.Options.Add(valg);
        }

        kommando.SetAction((parse, ct) => KjorAsync(klientvalg.Apne(parse), ct));
        return kommando;
    }

    private static async Task<int> KjorAsync(Oppslagsklient? apnet, CancellationToken ct)
    {
        using var klient = apnet;
        if (klient is null)
        {
            return Kjoring.UgyldigBruk;
        }

        if (await klient.HentTokenAsync(ct) is not { } token)
        {
            return Kjoring.Feil;
        }

        await Console.Out.WriteLineAsync(token);
        return Kjoring.Ok;
    }
}
