using Kjoretoyregister.Register.Lagring;
using Kjoretoyregister.Server.Forvaltning;

namespace Kjoretoyregister.Server.Tests.Forvaltning;

/// <summary>The cost-price tariff: kroner in, whole øre stored, the latest from a day on in force.</summary>
public abstract class TariffStoreTests(Lagringsmotor motor) : Fikstester(motor)
{
    [Fact]
    public async Task TariffsAreReadBackOldestFirstByAnotherStoreAndStoredInOre()
    {
        var store = lager.Store();
        await store.SettTariffAsync(new Tariff(new DateOnly(2026, 1, 1), 0.12m, 550m));
        await store.SettTariffAsync(new Tariff(new DateOnly(2025, 1, 1), 0.10m, 500.5m));

        var tariffer = await lager.Store().ListTariffAsync();

        Assert.Equal([new Tariff(new DateOnly(2025, 1, 1), 0.10m, 500.50m), new Tariff(new DateOnly(2026, 1, 1), 0.12m, 550m)], tariffer);
        Assert.Equal(["10", "12"], await lager.TeksterAsync("SELECT CAST(pris_per_oppslag_ore AS TEXT) FROM tariff ORDER BY gyldig_fra"));
        Assert.Equal(["50050", "55000"], await lager.TeksterAsync("SELECT CAST(manedspris_ore AS TEXT) FROM tariff ORDER BY gyldig_fra"));
    }

    [Fact]
    public async Task ATariffForTheSameDayReplacesTheEarlierOne()
    {
        var store = lager.Store();
        await store.SettTariffAsync(new Tariff(new DateOnly(2025, 1, 1), 0.10m, 500m));

        await store.SettTariffAsync(new Tariff(new DateOnly(2025, 1, 1), 0.08m, 0m));

        Assert.Equal([new Tariff(new DateOnly(2025, 1, 1), 0.08m, 0m)], await store.ListTariffAsync());
    }

    [Theory]
    [InlineData(-0.01, 500, "Pris per oppslag må være 0 eller mer, med høyst to desimaler.")]
    [InlineData(0.105, 500, "Pris per oppslag må være 0 eller mer, med høyst to desimaler.")]
    [InlineData(0.10, -1, "Månedspris må være 0 eller mer, med høyst to desimaler.")]
    [InlineData(0.10, 500.001, "Månedspris må være 0 eller mer, med høyst to desimaler.")]
    public async Task ANegativePriceOrMoreThanTwoDecimalsIsRefusedAndNothingIsStored(double perOppslag, double manedspris, string melding)
    {
        var store = lager.Store();

        var feil = await Assert.ThrowsAsync<ForvaltningException>(() =>
            store.SettTariffAsync(new Tariff(new DateOnly(2025, 1, 1), (decimal)perOppslag, (decimal)manedspris)));

        Assert.Equal(melding, feil.Message);
        Assert.Empty(await store.ListTariffAsync());
    }

    [Fact]
    public async Task AnAbsurdlyHighPriceIsRefusedInsteadOfOverflowing()
    {
        var store = lager.Store();

        var feil = await Assert.ThrowsAsync<ForvaltningException>(() =>
            store.SettTariffAsync(new Tariff(new DateOnly(2025, 1, 1), decimal.MaxValue, 0m)));

        Assert.StartsWith("Pris per oppslag kan være høyst", feil.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ZeroAndTrailingZerosAreAccepted()
    {
        var store = lager.Store();

        await store.SettTariffAsync(new Tariff(new DateOnly(2025, 1, 1), 0m, 1.500m));

        Assert.Equal([new Tariff(new DateOnly(2025, 1, 1), 0m, 1.5m)], await store.ListTariffAsync());
    }

    [Theory]
    [InlineData("2024-12-31", null)]
    [InlineData("2025-01-01", "2025-01-01")]
    [InlineData("2025-06-30", "2025-01-01")]
    [InlineData("2025-07-01", "2025-07-01")]
    [InlineData("2030-01-01", "2025-07-01")]
    public void TheTariffInForceIsTheLatestStartedOnOrBeforeTheDay(string dag, string? gjeldende)
    {
        Tariff[] tariffer =
        [
            new(new DateOnly(2025, 7, 1), 0.12m, 600m),
            new(new DateOnly(2025, 1, 1), 0.10m, 500m),
        ];

        var tariff = Tariff.Gjeldende(tariffer, DateOnly.Parse(dag, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(gjeldende, tariff?.GyldigFra.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    public sealed class Sqlite() : TariffStoreTests(Lagringsmotor.Sqlite);

    public sealed class Postgres() : TariffStoreTests(Lagringsmotor.Postgres);
}
