namespace Kjoretoyregister.Server.Forvaltning.Sider;

/// <summary>
/// The lookup page's form as posted (every lookup, reveal and pick from a list posts all of it): the
/// organisation, what to search by (<see cref="Felt"/>: <c>kjennemerke</c>, <c>understellsnummer</c>,
/// <c>eiernavn</c>, or <c>kuid</c> for a vehicle picked from a list) and the value, the optional point in
/// time, and the required formål and saksreferanse. The owner search's narrowing is in
/// <c>Oppslagsskjema.Eiersok.cs</c>.
/// </summary>
public sealed partial class Oppslagsskjema
{
    public Guid? FiksOrgId { get; set; }

    public string? Felt { get; set; }

    public string? Verdi { get; set; }

    public string? Tidspunkt { get; set; }

    public string? Formal { get; set; }

    public string? Saksreferanse { get; set; }

    /// <summary>The fields as hidden inputs (name, value) for a form that repeats the lookup: a reveal or a pick from a list.</summary>
    public IEnumerable<(string Navn, string? Verdi)> Skjulte(string? felt = null, string? verdi = null) =>
    [
        ("fiksOrgId", FiksOrgId?.ToString()),
        ("felt", felt ?? Felt),
        ("verdi", verdi ?? Verdi),
        ("tidspunkt", Tidspunkt),
        ("formal", Formal),
        ("saksreferanse", Saksreferanse),
        .. Eiersokfelt(),
    ];
}
