using System.Globalization;
using Kjoretoyregister.Server.Forvaltning.Endringer;
using Microsoft.Data.Sqlite;
using static Kjoretoyregister.Server.Forvaltning.FiksSql;

namespace Kjoretoyregister.Server.Forvaltning;

/// <summary>The tariff, stored in whole øre so no amount is ever rounded by the database.</summary>
public sealed partial class SqliteForvaltningStore
{
    private const string ListTariffSql = "SELECT gyldig_fra, pris_per_oppslag_ore, manedspris_ore FROM tariff ORDER BY gyldig_fra";

    private const string SettTariffSql = """
        INSERT INTO tariff (gyldig_fra, pris_per_oppslag_ore, manedspris_ore, endret)
        VALUES ($gyldig_fra, $pris_per_oppslag_ore, $manedspris_ore, $na)
        ON CONFLICT (gyldig_fra) DO UPDATE
        SET pris_per_oppslag_ore = excluded.pris_per_oppslag_ore,
            manedspris_ore = excluded.manedspris_ore,
            endret = excluded.endret
        """;

    public override async Task<IReadOnlyList<Tariff>> ListTariffAsync(CancellationToken cancellationToken = default) =>
        await database.LesAsync(ListTariffSql, LesTariff, cancellationToken).ConfigureAwait(false);

    protected override async Task UpsertTariffAsync(DateOnly gyldigFra, long prisPerOppslagOre, long manedsprisOre, DateTimeOffset na, Endring? endring, CancellationToken cancellationToken) =>
        await database.EndreAsync(SettTariffSql, endring, cancellationToken,
            ("$gyldig_fra", Dato(gyldigFra)),
            ("$pris_per_oppslag_ore", prisPerOppslagOre),
            ("$manedspris_ore", manedsprisOre),
            ("$na", Millisekunder(na))).ConfigureAwait(false);

    private static Tariff LesTariff(SqliteDataReader leser) => new(
        DateOnly.ParseExact(leser.GetString(0), Datoformat, CultureInfo.InvariantCulture),
        leser.GetInt64(1) / 100m,
        leser.GetInt64(2) / 100m);
}
