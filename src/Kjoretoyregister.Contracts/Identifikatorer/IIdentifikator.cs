using System.Diagnostics.CodeAnalysis;

namespace Kjoretoyregister.Contracts;

#if NET
/// <summary>An identifier type: parsable, and able to say in Norwegian why a value is refused.</summary>
public interface IIdentifikator<TSelf> : IParsable<TSelf>
    where TSelf : struct, IIdentifikator<TSelf>
{
    /// <summary>Parses <paramref name="s"/>; on failure <paramref name="feil"/> says why and names the value.</summary>
    static abstract bool TryParse([NotNullWhen(true)] string? s, out TSelf result, [NotNullWhen(false)] out string? feil);
}
#else
/// <summary>
/// An identifier type. On .NET Framework (netstandard2.0) a marker only: the runtime has neither
/// <c>IParsable&lt;T&gt;</c> nor static abstract interface members, so each type's static
/// <c>Parse</c> and <c>TryParse</c> are called directly.
/// </summary>
[SuppressMessage("Design", "CA1040:Avoid empty interfaces", Justification = "The net10.0 build's interface, whose members .NET Framework cannot carry.")]
public interface IIdentifikator<TSelf>
    where TSelf : struct, IIdentifikator<TSelf>
{
}
#endif
