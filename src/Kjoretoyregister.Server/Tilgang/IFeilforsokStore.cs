namespace Kjoretoyregister.Server.Tilgang;

/// <summary>
/// Wrong-password counts shared by every server instance and the CLI on the same store: the API's
/// integrations and the forvaltning logins. A caller reserves its attempt before the slow hash, so a
/// burst of parallel guesses is cut off at the limit, not after it.
/// </summary>
public interface IFeilforsokStore
{
    /// <summary>
    /// In one transaction: when <paramref name="nokkel"/> is locked, refuses the attempt and changes
    /// nothing; otherwise counts it under <paramref name="regel"/> and allows it.
    /// </summary>
    ValueTask<Forsok> ReserverAsync(string nokkel, Forsoksregel regel, CancellationToken cancellationToken);

    /// <summary>A verified password: the count and any lock are gone.</summary>
    ValueTask NullstillAsync(string nokkel, CancellationToken cancellationToken);
}
