namespace Kjoretoyregister.Register;

/// <summary>
/// The optional narrowing of an owner-name search: SVV's <c>sok/eiernavn</c> parameters (<c>erPerson</c>,
/// <c>postnummer</c>, <c>poststed</c>, <c>fylke</c>, <c>fodselsdato</c>) and this register's own
/// <c>ekskluderVraketUtfort</c> (as SVV's other searches have it) and <c>fonetisk</c> (docs/eiersok.md).
/// </summary>
/// <param name="ErPerson">Only persons (true) or only organisations (false).</param>
/// <param name="Postnummer">The party's address has this postnummer (four digits).</param>
/// <param name="Poststed">The party's address has this poststed (any case).</param>
/// <param name="Fylke">The party's address lies in this fylke: the first two digits of its kommunenummer.</param>
/// <param name="Fodselsdato">The person's fødselsnummer (or D-nummer) holds this date of birth.</param>
/// <param name="EkskluderVraketUtfort">Leave out vehicles whose registration status is VRAKET or UTFORT at the time asked about.</param>
/// <param name="Fonetisk">Match each word by its phonetic key (Kristiansen finds Christiansen) instead of its letters.</param>
public sealed record EiernavnFilter(
    bool? ErPerson = null,
    string? Postnummer = null,
    string? Poststed = null,
    string? Fylke = null,
    DateOnly? Fodselsdato = null,
    bool EkskluderVraketUtfort = false,
    bool Fonetisk = false)
{
    public static EiernavnFilter Ingen { get; } = new();
}
