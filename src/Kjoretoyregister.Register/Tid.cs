namespace Kjoretoyregister.Register;

/// <summary>How the register stores instants: milliseconds since the Unix epoch, with open periods ending at <see cref="Apen"/>.</summary>
internal static class Tid
{
    /// <summary>The end of a period that has not ended.</summary>
    public const long Apen = long.MaxValue;

    public static long TilLagret(DateTimeOffset tidspunkt) => tidspunkt.ToUnixTimeMilliseconds();

    public static long TilLagret(DateTimeOffset? tidspunkt) => tidspunkt is { } t ? t.ToUnixTimeMilliseconds() : Apen;

    public static DateTimeOffset FraLagret(long millisekunder) =>
        Contracts.NorskTid.TilNorskTid(DateTimeOffset.FromUnixTimeMilliseconds(millisekunder));

    public static DateTimeOffset? FraLagretSlutt(long millisekunder) =>
        millisekunder == Apen ? null : FraLagret(millisekunder);
}
