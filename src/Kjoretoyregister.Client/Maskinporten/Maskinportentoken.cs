namespace Kjoretoyregister.Client.Maskinporten;

/// <summary>An access token from Maskinporten: when it was asked for and when it expires (by the provider's clock), and its scopes.</summary>
public sealed record Maskinportentoken(string AccessToken, DateTimeOffset Hentet, DateTimeOffset Utloper, string Scope)
{
    /// <summary>Never the token itself: it is a secret.</summary>
    public override string ToString() => $"Maskinportentoken {{ Scope = {Scope}, Utloper = {Utloper:O} }}";
}
