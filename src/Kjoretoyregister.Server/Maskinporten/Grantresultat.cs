namespace Kjoretoyregister.Server.Maskinporten;

/// <summary>The outcome of validating a token request: a grant or a refusal.</summary>
public sealed record Grantresultat(GodkjentGrant? Grant, Tokenfeil? Feil)
{
    public static implicit operator Grantresultat(GodkjentGrant grant) => new(grant, null);

    public static implicit operator Grantresultat(Tokenfeil feil) => new(null, feil);
}
