namespace Kjoretoyregister.Client.Maskinporten;

/// <summary>The Maskinporten options cannot work (a key that cannot be read, a missing client id): found at start, not at the first call.</summary>
public sealed class MaskinportenKonfigurasjonException : Exception
{
    public MaskinportenKonfigurasjonException(string message)
        : base(message)
    {
    }

    public MaskinportenKonfigurasjonException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
