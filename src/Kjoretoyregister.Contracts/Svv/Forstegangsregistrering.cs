namespace Kjoretoyregister.Contracts.Svv;

/// <summary>When the vehicle was first registered in Norway.</summary>
public sealed record Forstegangsregistrering(DateOnly? RegistrertForstegangNorgeDato);
