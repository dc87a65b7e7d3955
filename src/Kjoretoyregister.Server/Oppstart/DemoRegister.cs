using Kjoretoyregister.Register;
using Kjoretoyregister.Register.Import;
using Kjoretoyregister.Register.Syntetisk;

namespace Kjoretoyregister.Server.Oppstart;

/// <summary>Fills an empty embedded register with the seeded synthetic demo register (generated to a temporary file, imported, deleted).</summary>
internal static class DemoRegister
{
    public static async Task<ImportResultat?> FyllAsync(RegisterDatabase register, string datakatalog, DemoOptions options, CancellationToken cancellationToken)
    {
        if (options.AntallKjoretoy == 0 || !await register.ErTomAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var fil = Path.Combine(datakatalog, $"demo-register-{Guid.NewGuid():N}.ndjson.tmp");
        try
        {
            await using (var ut = File.Create(fil))
            {
                await SyntetiskRegister.SkrivAsync(ut, new SyntetiskRegisterOptions(options.AntallKjoretoy, options.Seed), null, cancellationToken).ConfigureAwait(false);
            }

            await using var inn = File.OpenRead(fil);
            var resultat = await register.ImporterAsync(inn, new ImportValg(), cancellationToken).ConfigureAwait(false);
            return resultat.Lagret
                ? resultat
                : throw new InvalidOperationException($"Demoregisteret ble ikke importert: {resultat.Feil} feil i de genererte dataene.");
        }
        finally
        {
            File.Delete(fil);
        }
    }

    /// <summary>A plate registered now, for the printed example: the main plate of the first generated vehicle that has one.</summary>
    public static async Task<string?> EksempelkjennemerkeAsync(IKjoretoyregister register, CancellationToken cancellationToken)
    {
        for (var kuid = 1_000_000_000L; kuid < 1_000_000_050L; kuid++)
        {
            var svar = await register.SlaOppKuidAsync(Contracts.Kuid.Parse(kuid.ToString(System.Globalization.CultureInfo.InvariantCulture)), null, cancellationToken).ConfigureAwait(false);
            if (svar.Kjoretoy?.KjoretoyId.Kjennemerke is { } kjennemerke && svar.Kjoretoy.Eierskap?.Eier?.Person is not null)
            {
                return kjennemerke;
            }
        }

        return null;
    }
}
