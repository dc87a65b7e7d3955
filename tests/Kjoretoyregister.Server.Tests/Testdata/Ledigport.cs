using System.Net;
using System.Net.Sockets;

namespace Kjoretoyregister.Server.Tests.Testdata;

/// <summary>A loopback port that was free a moment ago, for a server that must know its address before it starts.</summary>
internal static class Ledigport
{
    public static int Finn()
    {
        using var lytter = new TcpListener(IPAddress.Loopback, 0);
        lytter.Start();
        return ((IPEndPoint)lytter.LocalEndpoint).Port;
    }

    /// <summary>Whether nothing listens on this port, on any interface, right now.</summary>
    public static bool ErLedig(int port)
    {
        try
        {
            using var lytter = new TcpListener(IPAddress.IPv6Any, port);
            lytter.Server.DualMode = true;
            lytter.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
