using Kjoretoyregister.Server.Tests.Testdata;

namespace Kjoretoyregister.Server.Tests.SvvApi;

/// <summary>A running server with <c>Register:ExposeSvvApi=true</c> and no demo vehicles: each test imports its own (shared by a test class).</summary>
public sealed class SvvServer : IDisposable
{
    public SvvServer()
    {
        Server.Konfig["Register:ExposeSvvApi"] = "true";
        Server.StartServer();
    }

    public ServerFabrikk Server { get; } = ServerFabrikk.UtenDemoregister();

    public void Dispose() => Server.Dispose();
}
