namespace Kjoretoyregister.Register;

/// <summary>The optional narrowing of an owner-name search, as SVV's <c>sok/eiernavn</c> offers it.</summary>
public sealed record EiernavnFilter(bool? ErPerson = null, string? Postnummer = null, string? Poststed = null)
{
    public static EiernavnFilter Ingen { get; } = new();
}
