namespace Kjoretoyregister.Contracts.Svv;

/// <summary>A value from one of SVV's code lists.</summary>
public sealed record KodeverkType(string KodeVerdi, string? KodeNavn = null, string? KodeBeskrivelse = null)
{
    /// <summary>Earlier values of the code; this register keeps none, so always empty, as SVV writes it.</summary>
    public IReadOnlyList<string> TidligereKodeVerdi { get; init; } = [];
}
