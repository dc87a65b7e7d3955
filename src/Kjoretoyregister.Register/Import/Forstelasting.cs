using Kjoretoyregister.Register.Oppslag;

namespace Kjoretoyregister.Register.Import;

/// <summary>
/// Chooses between an initial load and the ordinary import. Into an empty store that offers one
/// (<see cref="IRegisterLager.ApneForstelastingAsync"/>), from a stream that can be read again, the lines
/// are first written the fast way. That pass reports nothing: at the first problem of any kind it
/// stops, discards what it wrote, and the ordinary import runs from the start, reporting every problem
/// as it always does. Without problems, the result is the same register as the ordinary import's.
/// </summary>
internal static class Forstelasting
{
    public static async Task<ImportResultat> ImporterAsync(IRegisterLager lager, Stream kilde, ImportValg valg, CancellationToken cancellationToken)
    {
        if (kilde.CanSeek && await lager.ApneForstelastingAsync(cancellationToken).ConfigureAwait(false) is { } forstelasting)
        {
            var start = kilde.Position;
            using var stopp = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var problem = false;
            var stille = new ImportValg
            {
                Fremdrift = valg.Fremdrift,
                VedFeil = _ =>
                {
                    problem = true;
                    stopp.Cancel();
                },
            };
            try
            {
                var resultat = await new RegisterImport(_ => new(forstelasting), stille).ImporterAsync(kilde, stopp.Token).ConfigureAwait(false);
                if (!problem)
                {
                    return resultat;
                }
            }
            catch (OperationCanceledException) when (problem && !cancellationToken.IsCancellationRequested)
            {
                // A problem was found: the ordinary import below reports it.
            }
            catch (ForstelastingAvbruttException)
            {
                // A plate on two vehicles, or data meanwhile: the ordinary import below handles it.
            }

            kilde.Position = start;
        }

        return await new RegisterImport(lager, valg).ImporterAsync(kilde, cancellationToken).ConfigureAwait(false);
    }
}
