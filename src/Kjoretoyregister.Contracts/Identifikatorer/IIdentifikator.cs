using System.Diagnostics.CodeAnalysis;

namespace Kjoretoyregister.Contracts;

/// <summary>An identifier type: parsable, and able to say in Norwegian why a value is refused.</summary>
public interface IIdentifikator<TSelf> : IParsable<TSelf>
    where TSelf : struct, IIdentifikator<TSelf>
{
    /// <summary>Parses <paramref name="s"/>; on failure <paramref name="feil"/> says why and names the value.</summary>
    static abstract bool TryParse([NotNullWhen(true)] string? s, out TSelf result, [NotNullWhen(false)] out string? feil);
}
