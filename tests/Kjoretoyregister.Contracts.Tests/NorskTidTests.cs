namespace Kjoretoyregister.Contracts.Tests;

public class NorskTidTests
{
    [Fact]
    public void OsloIsTheEuropeOsloZone()
    {
        var sone = NorskTid.Oslo;

        var vinter = sone.GetUtcOffset(new DateTimeOffset(2024, 1, 15, 12, 0, 0, TimeSpan.Zero));
        var sommer = sone.GetUtcOffset(new DateTimeOffset(2024, 7, 15, 12, 0, 0, TimeSpan.Zero));

        Assert.Equal(TimeSpan.FromHours(1), vinter);
        Assert.Equal(TimeSpan.FromHours(2), sommer);
    }

    [Fact]
    public void FormaterWritesWinterTimeWithPlusOne()
    {
        var tidspunkt = new DateTimeOffset(2024, 1, 15, 11, 0, 0, 123, TimeSpan.Zero);

        var tekst = NorskTid.Formater(tidspunkt);

        Assert.Equal("2024-01-15T12:00:00.123+01:00", tekst);
    }

    [Fact]
    public void FormaterWritesSummerTimeWithPlusTwo()
    {
        var tidspunkt = new DateTimeOffset(2021, 4, 21, 7, 32, 54, 295, TimeSpan.FromHours(-5));

        var tekst = NorskTid.Formater(tidspunkt);

        Assert.Equal("2021-04-21T14:32:54.295+02:00", tekst);
    }

    [Fact]
    public void TilNorskTidKeepsTheInstantAndUsesTheOffsetInForce()
    {
        var forHosten = new DateTimeOffset(2024, 10, 27, 0, 30, 0, TimeSpan.Zero);
        var etterHosten = new DateTimeOffset(2024, 10, 27, 1, 30, 0, TimeSpan.Zero);

        var forNorsk = NorskTid.TilNorskTid(forHosten);
        var etterNorsk = NorskTid.TilNorskTid(etterHosten);

        Assert.Equal(forHosten, forNorsk);
        Assert.Equal(etterHosten, etterNorsk);
        Assert.Equal("2024-10-27T02:30:00.000+02:00", NorskTid.Formater(forHosten));
        Assert.Equal("2024-10-27T02:30:00.000+01:00", NorskTid.Formater(etterHosten));
    }
}
