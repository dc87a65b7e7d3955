namespace Kjoretoyregister.Register.Syntetisk;

/// <summary>
/// A reference to a person or organisation in the synthetic population: the kind and an index in
/// its pool. Everything about it (fødselsnummer, name, address) is derived from the seed and the
/// index when it is written, so nothing is kept per party.
/// </summary>
internal readonly record struct Part(Parttype Type, long Indeks)
{
    public static readonly Part Ingen = new(Parttype.Ingen, 0);

    public bool Finnes => Type != Parttype.Ingen;
}

internal enum Parttype : byte
{
    Ingen,
    Person,
    Leasingselskap,
    Forhandler,
    Firma,
    Underenhet,
}
