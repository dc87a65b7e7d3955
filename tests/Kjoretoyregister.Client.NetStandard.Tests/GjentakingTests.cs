using System.Net;
using System.Net.Sockets;
using Kjoretoyregister.Client.Maskinporten;
using Microsoft.Extensions.DependencyInjection;

namespace Kjoretoyregister.Client.NetStandard.Tests;

/// <summary>
/// The netstandard2.0 build cannot ask HttpRequestException why it failed (HttpRequestError is .NET 8's), so it
/// reads the inner exception: a connection that could not be opened is still tried again.
/// </summary>
public sealed class GjentakingTests
{
    [Fact]
    public async Task ConnectionThatCannotBeOpenedIsTriedAgain()
    {
        var forsok = 0;
        var tjenester = new ServiceCollection();
        tjenester.AddKjoretoyregisterClient<FastToken>(o =>
        {
            o.BaseUrl = $"http://127.0.0.1:{LukketPort()}";
            o.FiksOrgId = Guid.NewGuid();
            o.IntegrasjonId = Guid.NewGuid();
            o.IntegrasjonPassord = "passord";
            o.MaksNyeForsok = 2;
        }).AddHttpMessageHandler(() => new Teller(() => Interlocked.Increment(ref forsok)));
        await using var sp = tjenester.BuildServiceProvider();

        await Assert.ThrowsAsync<HttpRequestException>(() => sp.GetRequiredService<KjoretoyregisterClient>().SlaOppKjennemerkerAsync(["AB12345"]));

        Assert.Equal(3, forsok);
    }

    /// <summary>A loopback port nobody listens on: taken and let go again.</summary>
    private static int LukketPort()
    {
        using var lytter = new TcpListener(IPAddress.Loopback, 0);
        lytter.Start();
        return ((IPEndPoint)lytter.LocalEndpoint).Port;
    }

    private sealed class Teller(Action tell) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            tell();
            return base.SendAsync(request, cancellationToken);
        }
    }

    private sealed class FastToken : IMaskinportenTokenProvider
    {
        public Task<string> HentTokenAsync(string? scope = null, string? consumerOrg = null, CancellationToken cancellationToken = default) => Task.FromResult("token");

        public void Glem(string? scope = null, string? consumerOrg = null)
        {
        }
    }
}
