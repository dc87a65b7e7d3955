using System.Globalization;

namespace Kjoretoyregister.Contracts;

/// <summary>Norsk tid (Europe/Oslo): vintertid UTC+1, sommertid UTC+2.</summary>
public static class NorskTid
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fffzzz";

    /// <summary>Tidssonen Europe/Oslo fra operativsystemets tidssonedata.</summary>
    /// <remarks>
    /// Mangler tidssonedataene (f.eks. i et minimalt container-image), brukes en innebygd sone med
    /// dagens EU-regler (sommertid fra siste søndag i mars til siste søndag i oktober, kl. 01:00 UTC).
    /// Den er riktig fra 1996; eldre tidspunkter kan da få feil forskyvning.
    /// </remarks>
    public static TimeZoneInfo Oslo { get; } = FinnOslo();

    /// <summary>Gir det samme øyeblikket med forskyvningen som gjaldt i Norge da.</summary>
    public static DateTimeOffset TilNorskTid(DateTimeOffset t) => TimeZoneInfo.ConvertTime(t, Oslo);

    /// <summary>Skriver øyeblikket i norsk tid som ISO 8601, f.eks. <c>2021-04-21T14:32:54.295+02:00</c>.</summary>
    public static string Formater(DateTimeOffset t) => TilNorskTid(t).ToString(Format, CultureInfo.InvariantCulture);

    private static TimeZoneInfo FinnOslo()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return LagEuSone();
        }
    }

    private static TimeZoneInfo LagEuSone()
    {
        var start = TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 2, 0, 0, DateTimeKind.Unspecified), 3, 5, DayOfWeek.Sunday);
        var slutt = TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 3, 0, 0, DateTimeKind.Unspecified), 10, 5, DayOfWeek.Sunday);
        var regel = TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(DateTime.MinValue.Date, DateTime.MaxValue.Date, TimeSpan.FromHours(1), start, slutt);
        return TimeZoneInfo.CreateCustomTimeZone("Europe/Oslo", TimeSpan.FromHours(1), "Norsk tid", "Norsk normaltid", "Norsk sommertid", [regel]);
    }
}
