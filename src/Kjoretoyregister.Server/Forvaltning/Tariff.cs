namespace Kjoretoyregister.Server.Forvaltning;

/// <summary>
/// The service's cost-price tariff (selvkost) from a day on, in Norwegian kroner: a price per lookup
/// and a fixed price per organisation and month. The tariff of a month is the one with the latest
/// <see cref="GyldigFra"/> on or before the month's first day.
/// </summary>
public sealed record Tariff(DateOnly GyldigFra, decimal PrisPerOppslag, decimal Manedspris)
{
    /// <summary>The tariff in force on <paramref name="dag"/>; null when none had started.</summary>
    public static Tariff? Gjeldende(IEnumerable<Tariff> tariffer, DateOnly dag) =>
        tariffer.Where(t => t.GyldigFra <= dag).MaxBy(t => t.GyldigFra);
}
