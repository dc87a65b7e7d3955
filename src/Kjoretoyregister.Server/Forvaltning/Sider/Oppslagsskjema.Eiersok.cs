using Kjoretoyregister.Server.Oppslag;

namespace Kjoretoyregister.Server.Forvaltning.Sider;

/// <summary>
/// The owner search's narrowing on the lookup page, read by the API's own <see cref="Eiernavnparametre"/>
/// (the same rules and messages). A new narrowing is a property here, a line in <see cref="Eiersokfelt"/>,
/// an argument to <see cref="Eiersok"/> and a field in <c>_Eiersok.cshtml</c>.
/// </summary>
public sealed partial class Oppslagsskjema
{
    /// <summary>How many vehicles an owner search lists.</summary>
    public const int MaksTreff = 100;

    /// <summary><c>true</c>: persons only; <c>false</c>: organisations only; empty: both.</summary>
    public string? ErPerson { get; set; }

    public string? Postnummer { get; set; }

    public string? Poststed { get; set; }

    /// <summary>True when any narrowing is filled in (the page then shows the fields open).</summary>
    public bool HarEiersok => Eiersokfelt().Any(f => !string.IsNullOrEmpty(f.Verdi));

    /// <summary>The narrowing, or the message and the field it names.</summary>
    public (Eiersok? Sok, string? Felt, string? Melding) Eiersok()
    {
        var (filter, feil) = Eiernavnparametre.Filter(ErPerson, Postnummer, Poststed, null, null);
        if (feil is null)
        {
            return (new Eiersok(filter!, MaksTreff), null, null);
        }

        var felt = Eiersokfelt().Select(f => f.Navn).FirstOrDefault(n => feil.Contains(n, StringComparison.Ordinal)) ?? "";
        return (null, felt, feil);
    }

    private IEnumerable<(string Navn, string? Verdi)> Eiersokfelt() =>
    [
        ("erPerson", ErPerson),
        ("postnummer", Postnummer),
        ("poststed", Poststed),
    ];
}
