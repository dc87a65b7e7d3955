using Kjoretoyregister.Register.Lagring;

namespace Kjoretoyregister.Server.Tests.Forvaltning;

/// <summary>
/// The base of forvaltning's store tests, which run on both engines: each test class is abstract and
/// holds every test; its nested <c>Sqlite</c> and <c>Postgres</c> classes run them on one engine each,
/// every test on a fresh <see cref="Fikslager"/>.
/// </summary>
public abstract class Fikstester(Lagringsmotor motor) : IAsyncLifetime
{
    protected Fikslager lager = null!;

    public async Task InitializeAsync() => lager = await Fikslager.LagAsync(motor);

    public async Task DisposeAsync() => await lager.DisposeAsync();
}
