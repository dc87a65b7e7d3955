using System.Net;
using System.Net.Sockets;

namespace Kjoretoyregister.Server.Tests.Testdata;

/// <summary>
/// A loopback TCP port in front of another: what a test points a client at when it must be able to
/// take the server away (<see cref="Stopp"/>: connections refused and open ones cut, as when a server
/// is stopped) and bring it back on the same address (<see cref="Start"/>).
/// </summary>
internal sealed class Tcpvideresender : IDisposable
{
    private readonly int malport;
    private readonly List<TcpClient> apne = [];
    private TcpListener? lytter;
    private CancellationTokenSource? stopp;

    public Tcpvideresender(int malport)
    {
        this.malport = malport;
        using var ledig = new TcpListener(IPAddress.Loopback, 0);
        ledig.Start();
        Port = ((IPEndPoint)ledig.LocalEndpoint).Port;
        ledig.Stop();
        Start();
    }

    public int Port { get; }

    public Uri Adresse => new($"http://127.0.0.1:{Port}/");

    public void Start()
    {
        stopp = new CancellationTokenSource();
        lytter = new TcpListener(IPAddress.Loopback, Port);
        lytter.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        lytter.Start();
        _ = TaImotAsync(lytter, stopp.Token);
    }

    public void Stopp()
    {
        stopp?.Cancel();
        lytter?.Stop();
        lock (apne)
        {
            foreach (var klient in apne)
            {
                klient.Dispose();
            }

            apne.Clear();
        }
    }

    public void Dispose()
    {
        Stopp();
        stopp?.Dispose();
    }

    private async Task TaImotAsync(TcpListener lytteren, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            TcpClient inn;
            try
            {
                inn = await lytteren.AcceptTcpClientAsync(ct);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return; // stopped
            }

            _ = VideresendAsync(inn, ct);
        }
    }

    private async Task VideresendAsync(TcpClient inn, CancellationToken ct)
    {
        using var ut = new TcpClient();
        lock (apne)
        {
            apne.Add(inn);
            apne.Add(ut);
        }

        try
        {
            await ut.ConnectAsync(IPAddress.Loopback, malport, ct);
            using var ferdig = CancellationTokenSource.CreateLinkedTokenSource(ct);
            var a = inn.GetStream().CopyToAsync(ut.GetStream(), ferdig.Token);
            var b = ut.GetStream().CopyToAsync(inn.GetStream(), ferdig.Token);
            await Task.WhenAny(a, b);
            await ferdig.CancelAsync();
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or SocketException or ObjectDisposedException)
        {
            // The connection ended or was cut by Stopp: nothing more to forward.
        }
        finally
        {
            inn.Dispose();
        }
    }
}
