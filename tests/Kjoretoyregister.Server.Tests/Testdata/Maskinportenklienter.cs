using Kjoretoyregister.Contracts;
using Kjoretoyregister.Server.Maskinporten;
using Microsoft.IdentityModel.Tokens;

namespace Kjoretoyregister.Server.Tests.Testdata;

/// <summary>Registers extra clients with the local Maskinporten issuer.</summary>
internal static class Maskinportenklienter
{
    /// <summary>A new client of <paramref name="orgnr"/> with scope ks:fiks and a new key; returns its id and private key.</summary>
    public static async Task<(string KlientId, JsonWebKey Nokkel)> RegistrerAsync(ServerFabrikk server, Organisasjonsnummer orgnr, string scope = "ks:fiks")
    {
        var nokkel = Assertion.NyRsaNokkel();
        var offentlig = Assertion.OffentligJson(nokkel);
        var klientId = "testklient-" + Guid.NewGuid().ToString("N")[..8];
        await server.Tjeneste<IMaskinportenKlientStore>().LagreAsync(new MaskinportenKlient(klientId, orgnr, [scope], [offentlig], []));
        return (klientId, nokkel);
    }
}
