namespace Kjoretoyregister.Register.Import;

/// <summary>One reason a line of an import was refused: the line number (from 1), the field as a JSON path, and why.</summary>
public sealed record ImportFeil(long Linje, string Felt, string Arsak)
{
    public override string ToString() => $"linje {Linje}: {Felt}: {Arsak}";
}
