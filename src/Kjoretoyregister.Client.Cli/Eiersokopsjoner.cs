using System.CommandLine;
using System.Globalization;
using Kjoretoyregister.Cli;

namespace Kjoretoyregister.Client.Cli;

/// <summary>
/// The narrowing of <c>oppslag --eiernavn</c> (docs/eiersok.md): <c>--fylke NN</c>, <c>--fodselsdato ÅÅÅÅ-MM-DD</c>,
/// <c>--fonetisk</c> and <c>--ekskluder-vraket-utfort</c>, checked before anything is called.
/// </summary>
internal sealed class Eiersokopsjoner
{
    private readonly Option<string?> fylke = new("--fylke") { Description = "Med --eiernavn: bare eiere med adresse i fylket (fylkesnummeret, f.eks. 46 for Vestland).", HelpName = "NN" };
    private readonly Option<string?> fodselsdato = new("--fodselsdato") { Description = "Med --eiernavn: bare personer født denne dagen (ÅÅÅÅ-MM-DD).", HelpName = "DATO" };
    private readonly Option<bool> fonetisk = new("--fonetisk") { Description = "Med --eiernavn: sammenlign navnene etter uttale (Kristiansen finner Christiansen)." };
    private readonly Option<bool> ekskluder = new("--ekskluder-vraket-utfort") { Description = "Med --eiernavn: uten kjøretøy som er vraket eller utført." };

    /// <summary>The options, to add to a command.</summary>
    public IEnumerable<Option> Alle => [fylke, fodselsdato, fonetisk, ekskluder];

    /// <summary>The narrowing given (null when none); false after saying on stderr which option is wrong.</summary>
    public bool Les(ParseResult parse, bool eiernavn, out Eiersokvalg? valg)
    {
        valg = null;
        var (fylket, dato, lyd, aktive) = (parse.GetValue(fylke), parse.GetValue(fodselsdato), parse.GetValue(fonetisk), parse.GetValue(ekskluder));
        if (fylket is null && dato is null && !lyd && !aktive)
        {
            return true;
        }

        if (!eiernavn)
        {
            Kjoring.Meld("--fylke, --fodselsdato, --fonetisk og --ekskluder-vraket-utfort kan bare brukes med --eiernavn");
            return false;
        }

        if (fylket is not null && (fylket.Length != 2 || !fylket.All(char.IsAsciiDigit)))
        {
            Kjoring.Meld("--fylke må være et fylkesnummer med to sifre (for eksempel 46 for Vestland)");
            return false;
        }

        DateOnly? fodt = null;
        if (dato is not null)
        {
            if (!DateOnly.TryParseExact(dato, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var lest))
            {
                Kjoring.Meld("--fodselsdato må være en dato på formen ÅÅÅÅ-MM-DD");
                return false;
            }

            fodt = lest;
        }

        valg = new Eiersokvalg { Fylke = fylket, Fodselsdato = fodt, Fonetisk = lyd, EkskluderVraketUtfort = aktive };
        return true;
    }
}
