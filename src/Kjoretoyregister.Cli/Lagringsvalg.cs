using System.CommandLine;
using Kjoretoyregister.Register.Lagring;
using Kjoretoyregister.Server.Drift;
using Kjoretoyregister.Server.Lagring;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Kjoretoyregister.Cli;

/// <summary>
/// Where a command's data lives: the SQLite files under <c>--data-dir</c> (the default), or the PostgreSQL
/// database in <c>--postgres CONNSTR</c> (or the environment's <c>ConnectionStrings__Postgres</c>). The
/// stores come from the server's own registration (<see cref="LagringExtensions.AddLagring"/>): no command
/// builds one by hand.
/// </summary>
internal static class Lagringsvalg
{
    /// <summary>The environment variable the server also reads for PostgreSQL's connection string.</summary>
    public const string Miljovariabel = "ConnectionStrings__Postgres";

    /// <summary><c>--postgres CONNSTR</c>.</summary>
    public static Option<string?> Postgres() => new("--postgres")
    {
        Description = $"PostgreSQL-databasen (Npgsql-tilkoblingsstreng, f.eks. \"Host=db;Database=kjoretoy;Username=kjoretoy\"). Uten valget brukes {Miljovariabel} fra miljøet når den er satt, ellers SQLite-filene i --data-dir.",
        HelpName = "CONNSTR",
        Recursive = true,
    };

    /// <summary>The PostgreSQL connection string chosen: the option, else the environment; null means SQLite.</summary>
    public static string? Tilkoblingsstreng(string? postgres) =>
        !string.IsNullOrWhiteSpace(postgres) ? postgres
        : Environment.GetEnvironmentVariable(Miljovariabel) is { Length: > 0 } fraMiljo ? fraMiljo
        : null;

    /// <summary>The stores on the chosen engine, as the server registers them. Dispose it when done.</summary>
    /// <param name="dataKatalog">The data directory (SQLite).</param>
    /// <param name="postgres">The <c>--postgres</c> value, or null.</param>
    /// <param name="cancellationToken">Stops the schema migration on PostgreSQL.</param>
    public static async Task<ServiceProvider> ApneAsync(string dataKatalog, string? postgres, CancellationToken cancellationToken)
    {
        var bygger = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        var konfig = new Dictionary<string, string?> { [DataKatalog.Nokkel] = dataKatalog };
        if (Tilkoblingsstreng(postgres) is { } streng)
        {
            konfig[$"{LagringOptions.Seksjon}:{nameof(LagringOptions.Provider)}"] = nameof(Lagringsmotor.Postgres);
            konfig[LagringOptions.PostgresNokkel] = streng;
        }

        bygger.Configuration.AddInMemoryCollection(konfig);
        bygger.Services.AddLogging();
        bygger.AddLagring();
        var tjenester = bygger.Services.BuildServiceProvider();
        if (tjenester.GetService<Skjemaoppstart>() is { } skjema)
        {
            try
            {
                await skjema.SikreAsync(cancellationToken);
            }
            catch
            {
                await tjenester.DisposeAsync();
                throw;
            }
        }

        return tjenester;
    }
}
