namespace Kjoretoyregister.Server.Tests.Testdata;

/// <summary>A running server whose register has no demo vehicles: each test imports its own (shared by a test class).</summary>
public sealed class TomtRegister : IDisposable
{
    public TomtRegister() => Server.StartServer();

    public ServerFabrikk Server { get; } = ServerFabrikk.UtenDemoregister();

    public void Dispose() => Server.Dispose();
}
