using Kjoretoyregister.Server.Tests.Testdata;

namespace Kjoretoyregister.Server.Tests.Nettleser;

/// <summary>
/// A running server after the demo's first start (demo kommune, demo-admin, demo-ks, the demo vendor's
/// Maskinporten client) with a small register of 200 synthetic vehicles, shared by a test class.
/// </summary>
public sealed class Demoserver : IDisposable
{
    public Demoserver()
    {
        Server.Konfig["Demo:AntallKjoretoy"] = "200";
        Server.StartServer();
    }

    public ServerFabrikk Server { get; } = new();

    public void Dispose() => Server.Dispose();
}
