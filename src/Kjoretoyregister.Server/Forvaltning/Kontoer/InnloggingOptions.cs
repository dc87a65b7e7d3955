using System.ComponentModel.DataAnnotations;

namespace Kjoretoyregister.Server.Forvaltning.Kontoer;

/// <summary>Config section <c>Forvaltning:Innlogging</c>: sessions and lockout of the forvaltning UI.</summary>
public sealed class InnloggingOptions
{
    public const string Seksjon = "Forvaltning:Innlogging";

    /// <summary>Failed logins in a row that lock an account.</summary>
    [Range(1, 100)]
    public int MaksForsok { get; set; } = 5;

    /// <summary>How long a locked account stays locked.</summary>
    [Range(1, 24 * 60)]
    public int SperretidMinutter { get; set; } = 15;

    /// <summary>A session ends after this long without a request.</summary>
    [Range(1, 24 * 60)]
    public int OktMinutter { get; set; } = 30;
}
