using Microsoft.Playwright;

namespace Kjoretoyregister.Server.Tests.Testdata;

/// <summary>
/// The system Chromium (<c>/usr/bin/chromium</c>, or <c>$CHROMIUM</c>) driven by Microsoft.Playwright,
/// headless. A missing browser is a failure with a clear message, never a skipped test: ./test.sh
/// installs it. Pages it opens may reach only loopback, as the server must work offline.
/// </summary>
public sealed class Nettleser : IAsyncLifetime
{
    private IPlaywright? playwright;

    public IBrowser Chromium { get; private set; } = null!;

    public static string Sti => Environment.GetEnvironmentVariable("CHROMIUM") is { Length: > 0 } sti ? sti : "/usr/bin/chromium";

    public async Task InitializeAsync()
    {
        if (!File.Exists(Sti))
        {
            throw new InvalidOperationException(
                $"Nettlesertestene trenger Chromium på {Sti} (Debian: apt-get install chromium; ./test.sh gjør det som root), eller CHROMIUM=<sti>.");
        }

        playwright = await Playwright.CreateAsync();
        Chromium = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Sti,
            Headless = true,
            Args = ["--no-sandbox"],
        });
    }

    /// <summary>
    /// A new page (in its own context, with <paramref name="valg"/> such as locale and viewport) whose
    /// requests to anything but loopback are refused (and counted in <paramref name="utenfor"/>).
    /// </summary>
    public async Task<IPage> NySideAsync(List<string>? utenfor = null, BrowserNewPageOptions? valg = null)
    {
        var side = await Chromium.NewPageAsync(valg);
        await side.RouteAsync("**/*", rute =>
        {
            var vert = new Uri(rute.Request.Url).Host;
            if (vert is "127.0.0.1" or "localhost")
            {
                return rute.ContinueAsync();
            }

            utenfor?.Add(rute.Request.Url);
            return rute.AbortAsync();
        });
        return side;
    }

    public async Task DisposeAsync()
    {
        if (Chromium is not null)
        {
            await Chromium.DisposeAsync();
        }

        playwright?.Dispose();
    }
}
