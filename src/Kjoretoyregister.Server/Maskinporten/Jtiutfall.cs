namespace Kjoretoyregister.Server.Maskinporten;

/// <summary>What <see cref="JtiRegister.Registrer"/> found.</summary>
public enum Jtiutfall
{
    /// <summary>Not seen before; now recorded.</summary>
    Ny,

    /// <summary>Seen before: a replayed grant.</summary>
    BruktFor,

    /// <summary>The register is full of live grants.</summary>
    Full,
}
