using System.CommandLine;

namespace Kjoretoyregister.Cli;

/// <summary>
/// <c>kjoretoy token --konfig FILE</c>: gets a Maskinporten access token with the client SDK's
/// <see cref="Client.Maskinporten.MaskinportenTokenProvider"/> (the JWT grant of RFC 7523, signed with the
/// client's key), as a vendor's code does, and prints it, for use with curl. FILE has demo.json's shape.
/// </summary>
internal static class TokenKommando
{
    public static Command Lag()
    {
        var konfig = new Option<string>("--konfig") { Description = "Konfigurasjonsfil med demo.json sin form.", Required = true, HelpName = "FILE" };
        var kommando = new Command("token", """
            Henter et Maskinporten-token (JWT-grant signert med klientens nøkkel) og skriver det ut.
            Avslutningskoder: 0 ok, 1 Maskinporten avviste eller svarte ikke, 2 ugyldig bruk eller konfigurasjonsfil.
            """)
        {
            konfig,
        };
        kommando.SetAction((parse, ct) => KjorAsync(parse.GetValue(konfig)!, ct));
        return kommando;
    }

    private static async Task<int> KjorAsync(string fil, CancellationToken ct)
    {
        using var klient = Oppslagsklient.Apne(fil);
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
