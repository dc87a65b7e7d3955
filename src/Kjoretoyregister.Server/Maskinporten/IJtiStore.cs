namespace Kjoretoyregister.Server.Maskinporten;

/// <summary>
/// The grant ids (<c>jti</c>) already spent, per client, shared by every server instance on the store: a
/// grant used against one instance is refused by all. <see cref="JtiRegister"/> holds the rules.
/// </summary>
public interface IJtiStore
{
    /// <summary>
    /// Records the grant id until <paramref name="glemmes"/> unless it is recorded already and not yet
    /// forgotten at <paramref name="naa"/>, in one atomic step: of instances recording one id at once,
    /// exactly one is told it is new.
    /// </summary>
    /// <returns>True when the id was recorded now (new); false when it was spent before.</returns>
    ValueTask<bool> RegistrerAsync(string klientId, string jti, DateTimeOffset glemmes, DateTimeOffset naa, CancellationToken cancellationToken);

    /// <summary>Removes ids forgotten at <paramref name="naa"/>.</summary>
    ValueTask RyddAsync(DateTimeOffset naa, CancellationToken cancellationToken);
}
