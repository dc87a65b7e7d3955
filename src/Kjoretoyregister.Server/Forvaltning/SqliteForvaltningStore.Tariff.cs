using System.Globalization;
using Microsoft.Data.Sqlite;
using static Kjoretoyregister.Server.Forvaltning.FiksSql;

namespace Kjoretoyregister.Server.Forvaltning;

/// <summary>The tariff, stored in whole øre so no amount is ever rounded by the database.</summary>
public sealed partial class SqliteForvaltningStore
{
    /// <summary>The highest price accepted, in kroner: far above any real one, and well inside a 64-bit count of øre.</summary>
    private const decimal MaksPris = 1_000_000_000m;

    private const string ListTariffSql = "SELECT gyldig_fra, pris_per_oppslag_ore, manedspris_ore FROM tariff ORDER BY gyldig_fra";

    private const string SettTariffSql = """
        INSERT INTO tariff (gyldig_fra, pris_per_oppslag_ore, manedspris_ore, endret)
        VALUES ($gyldig_fra, $pris_per_oppslag_ore, $manedspris_ore, $na)
        ON CONFLICT (gyldig_fra) DO UPDATE
        SET pris_per_oppslag_ore = excluded.pris_per_oppslag_ore,
            manedspris_ore = excluded.manedspris_ore,
            endret = excluded.endret
        """;

    public async Task<IReadOnlyList<Tariff>> ListTariffAsync(CancellationToken cancellationToken = default) =>
        await database.LesAsync(ListTariffSql, LesTariff, cancellationToken).ConfigureAwait(false);

    public async Task SettTariffAsync(Tariff tariff, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tariff);
        var perOppslag = Ore(tariff.PrisPerOppslag, "Pris per oppslag");
        var manedspris = Ore(tariff.Manedspris, "Månedspris");
        await database.KjorAsync(SettTariffSql, cancellationToken,
            ("$gyldig_fra", tariff.GyldigFra.ToString(Datoformat, CultureInfo.InvariantCulture)),
            ("$pris_per_oppslag_ore", perOppslag),
            ("$manedspris_ore", manedspris),
            ("$na", Millisekunder(Na()))).ConfigureAwait(false);
    }

    /// <summary>Kroner as whole øre; refused when negative, with more than two decimals, or absurdly high.</summary>
    private static long Ore(decimal kroner, string felt)
    {
        if (kroner > MaksPris)
        {
            throw new ForvaltningException($"{felt} kan være høyst {MaksPris.ToString("N0", CultureInfo.GetCultureInfo("nb-NO"))} kr.");
        }

        var ore = kroner * 100m;
        return kroner >= 0m && ore == decimal.Truncate(ore)
            ? decimal.ToInt64(ore)
            : throw new ForvaltningException($"{felt} må være 0 eller mer, med høyst to desimaler.");
    }

    private static Tariff LesTariff(SqliteDataReader leser) => new(
        DateOnly.ParseExact(leser.GetString(0), Datoformat, CultureInfo.InvariantCulture),
        leser.GetInt64(1) / 100m,
        leser.GetInt64(2) / 100m);
}
