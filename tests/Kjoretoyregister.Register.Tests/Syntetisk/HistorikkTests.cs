using System.Text.Json;

namespace Kjoretoyregister.Register.Tests.Syntetisk;

public class HistorikkTests
{
    [Fact]
    public async Task OwnershipPeriodsFollowEachOtherWithoutOverlap()
    {
        var linjer = await SyntetiskeLinjer.LesAsync(5_000);

        var kjoretoy = Linjeinnhold.Kjoretoy(linjer).ToList();

        Assert.All(kjoretoy, k =>
        {
            var eierskap = k.GetProperty("eierskap").EnumerateArray().ToList();
            Assert.InRange(eierskap.Count, 1, 5);
            for (var i = 1; i < eierskap.Count; i++)
            {
                Assert.Equal(eierskap[i - 1].Til(), eierskap[i].Fom());
            }

            var avsluttet = Linjeinnhold.Status(k) is "VRAKET" or "UTFORT";
            Assert.Equal(avsluttet, eierskap[^1].Til() != DateTimeOffset.MaxValue);
        });
        Assert.Contains(kjoretoy, k => k.GetProperty("eierskap").GetArrayLength() == 5);
    }

    [Fact]
    public async Task RegistrationPeriodsFollowEachOtherWithoutOverlap()
    {
        var linjer = await SyntetiskeLinjer.LesAsync(5_000);

        var registreringer = Linjeinnhold.Kjoretoy(linjer).Select(k => k.GetProperty("registreringer").EnumerateArray().ToList()).ToList();

        Assert.All(registreringer, r =>
        {
            for (var i = 1; i < r.Count; i++)
            {
                Assert.Equal(r[i - 1].Til(), r[i].Fom());
            }

            Assert.Equal(DateTimeOffset.MaxValue, r[^1].Til());
        });
    }

    [Fact]
    public async Task EveryPeriodEndsAfterItStartsAndBeforeTheReferenceTime()
    {
        var linjer = await SyntetiskeLinjer.LesAsync(5_000);

        var perioder = Linjeinnhold.Kjoretoy(linjer)
            .SelectMany(k => k.GetProperty("kjennemerker").EnumerateArray()
                .Concat(k.GetProperty("registreringer").EnumerateArray())
                .Concat(k.GetProperty("eierskap").EnumerateArray()))
            .Concat(Linjeinnhold.Provekjennemerker(linjer))
            .Concat(Linjeinnhold.Provekjennemerker(linjer).SelectMany(Linjeinnhold.Kjoresedler))
            .ToList();

        // Nothing before 1996, where time-zone databases disagree about Norway's summer time.
        var tidligst = new DateTimeOffset(1996, 1, 1, 0, 0, 0, TimeSpan.FromHours(1));
        Assert.All(perioder, p =>
        {
            Assert.True(p.Fom() >= tidligst, p.GetRawText());
            Assert.True(p.Fom() < Linjeinnhold.Referansetidspunkt, p.GetRawText());
            Assert.True(p.Til() > p.Fom(), p.GetRawText());
            Assert.True(p.Til() == DateTimeOffset.MaxValue || p.Til() < Linjeinnhold.Referansetidspunkt, p.GetRawText());
        });
    }

    [Fact]
    public async Task TimesCarryTheOsloOffsetOfTheirDate()
    {
        var linjer = await SyntetiskeLinjer.LesAsync(1_000);
        var oslo = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");

        var tider = Linjeinnhold.Kjoretoy(linjer)
            .SelectMany(k => k.GetProperty("registreringer").EnumerateArray())
            .Select(r => r.GetProperty("fomTidspunkt").GetString()!)
            .ToList();

        Assert.All(tider, t =>
        {
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0[12]:00$", t);
            var tidspunkt = DateTimeOffset.Parse(t, System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(oslo.GetUtcOffset(tidspunkt), tidspunkt.Offset);
        });
        Assert.Contains(tider, t => t.EndsWith("+01:00", StringComparison.Ordinal));
        Assert.Contains(tider, t => t.EndsWith("+02:00", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EveryRegistrationStatusAndOwnershipRoleOccurs()
    {
        var linjer = await SyntetiskeLinjer.LesAsync(5_000);

        var kjoretoy = Linjeinnhold.Kjoretoy(linjer).ToList();
        var statuser = kjoretoy.SelectMany(k => k.GetProperty("registreringer").EnumerateArray())
            .Select(r => r.GetProperty("registreringsstatus").GetString()).ToHashSet();
        var roller = kjoretoy.SelectMany(Linjeinnhold.Parter).Select(p => p.Rolle).ToHashSet();

        Assert.Equal(["AVREGISTRERT", "REGISTRERT", "UREGISTRERT", "UTFORT", "VRAKET"], statuser.Order());
        Assert.Equal(["eier", "leasingtaker", "medeier", "underenhet"], roller.Order());
        Assert.Contains(kjoretoy, k => k.GetProperty("eierskap").EnumerateArray()
            .Any(e => e.TryGetProperty("leasingtaker", out _) && e.GetProperty("eier").TryGetProperty("enhet", out _)));
        Assert.Contains(kjoretoy, k => k.GetProperty("eierskap").EnumerateArray()
            .Any(e => e.TryGetProperty("underenhet", out var u) && u.TryGetProperty("enhet", out _) && e.GetProperty("eier").TryGetProperty("enhet", out _)));
    }

    [Fact]
    public async Task UnregisteredVehiclesAreOwnedByADealerAndHaveNoPlates()
    {
        var linjer = await SyntetiskeLinjer.LesAsync(2_000);

        var uregistrerte = Linjeinnhold.Kjoretoy(linjer).Where(k => Linjeinnhold.Status(k) == "UREGISTRERT").ToList();

        Assert.NotEmpty(uregistrerte);
        Assert.All(uregistrerte, k =>
        {
            Assert.Equal(0, k.GetProperty("kjennemerker").GetArrayLength());
            Assert.False(k.TryGetProperty("forstegangsregistrering", out _));
            Assert.True(k.GetProperty("eierskap")[0].GetProperty("eier").TryGetProperty("enhet", out _));
        });
    }

    [Fact]
    public async Task UnderstellsnummerHas17CharactersAndAFewAreShared()
    {
        var linjer = await SyntetiskeLinjer.LesAsync(5_000);

        var understellsnumre = Linjeinnhold.Kjoretoy(linjer).Select(k => k.GetProperty("understellsnummer").GetString()!).ToList();

        Assert.All(understellsnumre, u => Assert.Matches("^[A-HJ-NPR-Z0-9]{17}$", u));
        var delte = understellsnumre.GroupBy(u => u).Count(g => g.Count() > 1);
        Assert.InRange(delte, 1, understellsnumre.Count / 50);
        Assert.Equal(understellsnumre.Count, Linjeinnhold.Kjoretoy(linjer).Select(k => k.GetProperty("kuid").GetString()).Distinct().Count());
    }

    [Fact]
    public async Task RegisteredCarsHavePeriodicInspectionDates()
    {
        var linjer = await SyntetiskeLinjer.LesAsync(2_000);

        var registrerteBiler = Linjeinnhold.Kjoretoy(linjer)
            .Where(k => Linjeinnhold.Status(k) == "REGISTRERT" && Klasse(k) == "M1")
            .ToList();

        Assert.NotEmpty(registrerteBiler);
        Assert.All(registrerteBiler, k => Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", k.GetProperty("periodiskKjoretoyKontroll").Tekst("kontrollfrist")));
        Assert.Contains(registrerteBiler, k => k.GetProperty("periodiskKjoretoyKontroll").Tekst("sistGodkjent") is not null);
    }

    internal static string Klasse(JsonElement kjoretoy) => kjoretoy.GetProperty("godkjenning").GetProperty("tekniskGodkjenning")
        .GetProperty("kjoretoyklassifisering").GetProperty("tekniskKode").GetProperty("kodeVerdi").GetString()!;
}
