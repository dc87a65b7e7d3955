namespace Kjoretoyregister.Client;

/// <summary>
/// The narrowing of an owner-name search (docs/eiersok.md), each sent as its query parameter when set. The
/// server checks the values and answers a bad one with 400 naming it.
/// </summary>
public sealed class Eiersokvalg
{
    /// <summary>Only persons (true) or only organisations (false); <c>erPerson</c>.</summary>
    public bool? ErPerson { get; set; }

    /// <summary>The owner's postnummer (four digits); <c>postnummer</c>.</summary>
    public string? Postnummer { get; set; }

    /// <summary>The owner's poststed; <c>poststed</c>.</summary>
    public string? Poststed { get; set; }

    /// <summary>The fylkesnummer (two digits, e.g. <c>46</c> for Vestland) of the owner's address; <c>fylke</c>.</summary>
    public string? Fylke { get; set; }

#if NET
    /// <summary>The person's date of birth, as the fødselsnummer holds it; <c>fodselsdato</c>.</summary>
    public DateOnly? Fodselsdato { get; set; }
#else
    /// <summary>The person's date of birth (the date part), as the fødselsnummer holds it; <c>fodselsdato</c>.</summary>
    public DateTime? Fodselsdato { get; set; }
#endif

    /// <summary>Leave out vehicles registered as scrapped or exported (VRAKET, UTFORT); <c>ekskluderVraketUtfort</c>.</summary>
    public bool EkskluderVraketUtfort { get; set; }

    /// <summary>Compare the words by sound (Kristiansen finds Christiansen); <c>fonetisk</c>.</summary>
    public bool Fonetisk { get; set; }
}
