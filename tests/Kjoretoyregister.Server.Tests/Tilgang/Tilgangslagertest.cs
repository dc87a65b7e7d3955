using Kjoretoyregister.Register.Lagring;

namespace Kjoretoyregister.Server.Tests.Tilgang;

/// <summary>A test class run once per engine, each test on its own fresh <see cref="Tilgangslager"/>.</summary>
public abstract class Tilgangslagertest(Lagringsmotor motor) : IAsyncLifetime
{
    protected Tilgangslager Lager { get; private set; } = null!;

    public async Task InitializeAsync() => Lager = await Tilgangslager.OpprettAsync(motor);

    public async Task DisposeAsync() => await Lager.DisposeAsync();
}
