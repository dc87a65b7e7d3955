using System.Text.Json;
using Kjoretoyregister.Contracts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Kjoretoyregister.Server.Tests.Testdata;

/// <summary>
/// The real topology on one machine: an SVV side (a server with <c>Register:ExposeSvvApi=true</c> and the
/// demo register, which also answers the Fiks API in embedded mode) and a Fiks side with
/// <c>Register:Source=Svv</c> and no register of its own, calling the SVV side over real HTTP through a
/// <see cref="Tcpvideresender"/> the test can stop. Short timeouts: 1 s per attempt, 3 s in all, the
/// circuit open for 2 s. The Fiks side gets its SVV tokens from the SVV side's local Maskinporten.
/// </summary>
internal sealed class Toservere : IDisposable
{
    public const string SvvScope = "svv:kjoretoy/kjoretoysok";

    public const double FristSekunder = 3;

    private Toservere(ServerFabrikk svv, Svvforstyrrelse forstyrrelse, Tcpvideresender videresender, ServerFabrikk fiks)
    {
        Svv = svv;
        Forstyrrelse = forstyrrelse;
        Videresender = videresender;
        Fiks = fiks;
    }

    /// <summary>SVV's side, which also answers the Fiks API from its embedded register.</summary>
    public ServerFabrikk Svv { get; }

    public Svvforstyrrelse Forstyrrelse { get; }

    /// <summary>Between the Fiks side and SVV's API: <c>Stopp()</c> takes SVV away.</summary>
    public Tcpvideresender Videresender { get; }

    /// <summary>The Fiks side in live mode.</summary>
    public ServerFabrikk Fiks { get; }

    public static async Task<Toservere> StartAsync(int antallKjoretoy = 200, int maksNyeForsok = 2, int maksSamtidige = 64, int maksKo = 128, Action<ServerFabrikk>? fiksOppsett = null)
    {
        var forstyrrelse = new Svvforstyrrelse();
        var svv = new ServerFabrikk();
        svv.Konfig["Demo:AntallKjoretoy"] = antallKjoretoy.ToString(System.Globalization.CultureInfo.InvariantCulture);
        svv.Konfig["Register:ExposeSvvApi"] = "true";
        svv.Tjenester = s => s.AddSingleton<IStartupFilter>(forstyrrelse);
        var (klientId, nokkel) = await Maskinportenklienter.RegistrerAsync(svv, Organisasjonsnummer.Parse("971032146"), SvvScope);
        var videresender = new Tcpvideresender(svv.Adresse.Port);

        var fiks = ServerFabrikk.UtenDemoregister();
        fiks.Konfig["Register:Source"] = "Svv";
        fiks.Konfig["Register:Svv:BaseUrl"] = videresender.Adresse + "ws/no/vegvesen/kjoretoy/felles/v2";
        fiks.Konfig["Register:Svv:Scope"] = SvvScope;
        fiks.Konfig["Register:Svv:Maskinporten:Issuer"] = svv.Adresse + "maskinporten/";
        fiks.Konfig["Register:Svv:Maskinporten:ClientId"] = klientId;
        fiks.Konfig["Register:Svv:Maskinporten:Jwk"] = JsonSerializer.Serialize(nokkel);
        fiks.Konfig["Register:Svv:ForsokTidsavbruddSekunder"] = "1";
        fiks.Konfig["Register:Svv:FristSekunder"] = FristSekunder.ToString(System.Globalization.CultureInfo.InvariantCulture);
        fiks.Konfig["Register:Svv:BruddSekunder"] = "2";
        fiks.Konfig["Register:Svv:MaksNyeForsok"] = maksNyeForsok.ToString(System.Globalization.CultureInfo.InvariantCulture);
        fiks.Konfig["Register:Svv:MaksSamtidige"] = maksSamtidige.ToString(System.Globalization.CultureInfo.InvariantCulture);
        fiks.Konfig["Register:Svv:MaksKo"] = maksKo.ToString(System.Globalization.CultureInfo.InvariantCulture);
        fiksOppsett?.Invoke(fiks);
        fiks.StartServer();
        return new Toservere(svv, forstyrrelse, videresender, fiks);
    }

    public void Dispose()
    {
        Fiks.Dispose();
        Videresender.Dispose();
        Svv.Dispose();
    }
}
