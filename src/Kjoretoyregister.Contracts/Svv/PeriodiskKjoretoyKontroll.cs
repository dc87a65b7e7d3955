namespace Kjoretoyregister.Contracts.Svv;

/// <summary>Periodic inspection (EU-kontroll) as it stands now, whatever the time of the lookup.</summary>
public sealed record PeriodiskKjoretoyKontroll(DateOnly? Kontrollfrist, DateOnly? SistGodkjent);
