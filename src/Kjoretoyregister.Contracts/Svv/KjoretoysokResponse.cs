namespace Kjoretoyregister.Contracts.Svv;

/// <summary>A page of a search (e.g. <c>sok/eiernavn</c>).</summary>
public sealed record KjoretoysokResponse(
    IReadOnlyList<Responskode> Responskoder,
    int AntallITreffliste,
    int AntallTreffTotalt,
    IReadOnlyList<KjoretoyResponse> Kjoretoyresponser);
