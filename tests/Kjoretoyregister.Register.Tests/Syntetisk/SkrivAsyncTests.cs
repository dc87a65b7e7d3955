using Kjoretoyregister.Register.Syntetisk;

namespace Kjoretoyregister.Register.Tests.Syntetisk;

public class SkrivAsyncTests
{
    [Theory]
    [InlineData(-1)]
    [InlineData(100_000_000)]
    public async Task AntallOutsideTheSupportedRangeIsRefused(long antall)
    {
        using var ut = new MemoryStream();

        var feil = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => SyntetiskRegister.SkrivAsync(ut, new SyntetiskRegisterOptions(antall)));

        Assert.Contains("Antall", feil.Message, StringComparison.Ordinal);
        Assert.Equal(0, ut.Length);
    }

    [Fact]
    public async Task ACancelledTokenStopsTheWriting()
    {
        using var ut = new MemoryStream();
        using var avbryt = new CancellationTokenSource();
        await avbryt.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => SyntetiskRegister.SkrivAsync(ut, new SyntetiskRegisterOptions(10_000), cancellationToken: avbryt.Token));

        Assert.Equal(0, ut.Length);
    }

    [Fact]
    public async Task ProgressEndsWithTheNumberOfVehicles()
    {
        var rapporter = new Rapporter();

        await SyntetiskRegister.SkrivAsync(Stream.Null, new SyntetiskRegisterOptions(25_000), rapporter);

        Assert.Equal(25_000, rapporter.Verdier[^1]);
        Assert.True(rapporter.Verdier.Count > 1, "Framdrift bør rapporteres underveis, ikke bare til slutt.");
        Assert.Equal(rapporter.Verdier.Order(), rapporter.Verdier);
    }

    [Fact]
    public async Task TheReferenceTimeDecidesWhichPeriodsAreOpen()
    {
        var tidligere = new SyntetiskRegisterOptions(500) { Referansetidspunkt = new DateTimeOffset(2020, 3, 1, 12, 0, 0, TimeSpan.FromHours(1)) };
        using var ut = new MemoryStream();

        await SyntetiskRegister.SkrivAsync(ut, tidligere);

        var tekst = System.Text.Encoding.UTF8.GetString(ut.ToArray());
        var tidspunkter = System.Text.RegularExpressions.Regex.Matches(tekst, "\"([0-9]{4}-[0-9]{2}-[0-9]{2}T[^\"]+)\"")
            .Select(m => DateTimeOffset.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
        Assert.All(tidspunkter, t => Assert.True(t < tidligere.Referansetidspunkt, t.ToString("O", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Contains(tidspunkter, t => t > tidligere.Referansetidspunkt.AddYears(-1));
        Assert.Contains("\"tilTidspunkt\":null", tekst, StringComparison.Ordinal);
    }

    private sealed class Rapporter : IProgress<long>
    {
        public List<long> Verdier { get; } = [];

        public void Report(long value) => Verdier.Add(value);
    }
}
