using Kjoretoyregister.Contracts.Svv;

namespace Kjoretoyregister.Register;

/// <summary>A page of vehicles and how many there are in all.</summary>
public sealed record KjoretoySide(int AntallTreffTotalt, IReadOnlyList<KjoretoyResponse> Kjoretoy);
