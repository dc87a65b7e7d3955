using System.Text;
using Kjoretoyregister.Contracts;
using Kjoretoyregister.Server.Drift;
using Kjoretoyregister.Server.Maskinporten;
using Kjoretoyregister.Server.Registerkilde;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Kjoretoyregister.Server.SvvApi;

/// <summary>
/// With the SVV API exposed and the local Maskinporten issuer in use: the Fiks platform's demo client
/// at SVV (<see cref="KlientId"/>, KS's organisation number, SVV's scope) is registered with the local
/// issuer, its private JWK kept in <c>&lt;data directory&gt;/svv-klient.jwk.json</c> (made once, reused;
/// readable by the owner only), so a Fiks-side server can get SVV tokens with
/// <c>Register:Svv:Maskinporten:JwkFil</c>. Once the server listens, one line says where the SVV API and the key are.
/// </summary>
internal sealed partial class SvvKlientOppsett(
    IOptions<MaskinportenOptions> maskinporten,
    IOptions<RegisterOptions> register,
    DataKatalog data,
    IMaskinportenKlientStore klienter,
    Utstederadresse utsteder,
    IHostApplicationLifetime livslop,
    ILogger<SvvKlientOppsett> logger) : IHostedService
{
    public const string KlientId = "demo-fiks-plattform";
    public const string Filnavn = "svv-klient.jwk.json";

    /// <summary>KS (which runs the Fiks platform).</summary>
    public static readonly Organisasjonsnummer KsOrgnr = Organisasjonsnummer.Parse("971032146");

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        string? fil = null;
        if (maskinporten.Value.LokalUtsteder)
        {
            fil = data.Fil(Filnavn);
            await SikreKlientAsync(fil, register.Value.Svv.Scope, cancellationToken).ConfigureAwait(false);
        }

        livslop.ApplicationStarted.Register(() => Vis(fil));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task SikreKlientAsync(string fil, string scope, CancellationToken cancellationToken)
    {
        var privat = await LesNokkelAsync(fil, cancellationToken).ConfigureAwait(false);
        if (privat is null)
        {
            var (nokkel, kid) = RsaJwk.Ny();
            privat = RsaJwk.Privat(nokkel, kid);
            await SkrivAsync(fil, privat, cancellationToken).ConfigureAwait(false);
        }

        var offentlig = RsaJwk.Offentlig(privat)!;
        var klient = await klienter.HentAsync(KlientId, cancellationToken).ConfigureAwait(false);
        if (klient is not null && klient.Scopes.Contains(scope, StringComparer.Ordinal)
            && klient.OffentligeJwks.Any(j => RsaJwk.Kid(j) == offentlig.Kid))
        {
            return;
        }

        var jwks = (klient?.OffentligeJwks ?? []).Where(j => RsaJwk.Kid(j) != offentlig.Kid).Append(RsaJwk.Json(offentlig)).ToList();
        var scopes = (klient?.Scopes ?? []).Append(scope).Distinct(StringComparer.Ordinal).ToList();
        await klienter.LagreAsync(new MaskinportenKlient(KlientId, klient?.Organisasjonsnummer ?? KsOrgnr, scopes, jwks, klient?.Sertifikater ?? []),
            cancellationToken).ConfigureAwait(false);
        LoggRegistrert(logger, KlientId, scope);
    }

    /// <summary>The private JWK in the file; null when there is none or it is no private RSA key with a kid.</summary>
    private async Task<string?> LesNokkelAsync(string fil, CancellationToken cancellationToken)
    {
        if (!File.Exists(fil))
        {
            return null;
        }

        var json = await File.ReadAllTextAsync(fil, cancellationToken).ConfigureAwait(false);
        try
        {
            var jwk = JsonWebKey.Create(json);
            if (RsaJwk.Offentlig(json) is not null && !string.IsNullOrEmpty(jwk.D) && !string.IsNullOrEmpty(jwk.P) && !string.IsNullOrEmpty(jwk.Q))
            {
                return json;
            }
        }
        catch (ArgumentException feil)
        {
            LoggUlesbar(logger, fil, feil.GetType().Name);
            return null;
        }

        LoggUlesbar(logger, fil, "ikke en privat RSA-nøkkel med kid");
        return null;
    }

    /// <summary>Writes through a temporary file created readable by the owner only (where the platform has Unix modes), then moves it in place.</summary>
    private static async Task SkrivAsync(string fil, string innhold, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(fil)!);
        var midlertidig = fil + ".tmp";
        var valg = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            valg.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        File.Delete(midlertidig);
        await using (var strom = new FileStream(midlertidig, valg))
        {
            await strom.WriteAsync(Encoding.UTF8.GetBytes(innhold), cancellationToken).ConfigureAwait(false);
        }

        File.Move(midlertidig, fil, overwrite: true);
    }

    private void Vis(string? fil)
    {
        var adresse = utsteder.ServerAdresse() + SvvOptions.Basissti;
        Console.Out.WriteLine(fil is null
            ? $"Statens vegvesens API (testdobbel, scope {register.Value.Svv.Scope}) svarer på {adresse}."
            : $"Statens vegvesens API (testdobbel) svarer på {adresse}; klienten {KlientId} (scope {register.Value.Svv.Scope}) har sin private nøkkel i {Relativ(fil)}.");
    }

    private static string Relativ(string sti)
    {
        var relativ = Path.GetRelativePath(Environment.CurrentDirectory, sti);
        return relativ.StartsWith("..", StringComparison.Ordinal) ? sti : relativ;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Registrerte Maskinporten-klienten {KlientId} med scope {Scope} for SVV-API-et")]
    private static partial void LoggRegistrert(ILogger logger, string klientId, string scope);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Fil} kunne ikke leses ({Feil}); en ny nøkkel lages")]
    private static partial void LoggUlesbar(ILogger logger, string fil, string feil);
}
