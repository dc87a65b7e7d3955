using System.CommandLine;
using Kjoretoyregister.Register;
using Kjoretoyregister.Register.Lagring;
using Kjoretoyregister.Server.Drift;
using Kjoretoyregister.Server.Lagring;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace Kjoretoyregister.Cli;

/// <summary>
/// Where a command's data lives: the SQLite files under <c>--data-dir</c> (the default), or the PostgreSQL
/// database in <c>--postgres CONNSTR</c> (or the environment's <c>ConnectionStrings__Postgres</c>). The
/// stores come from the server's own registration (<see cref="LagringExtensions.AddLagring"/>): no command
/// builds one by hand.
/// </summary>
internal static class Lagringsvalg
{
    /// <summary>The register file option shared by the commands that use the register.</summary>
    public static Option<string> DatabaseValg() => new("--database")
    {
        Description = "Registerfilen (SQLite); brukes ikke med --postgres.",
        DefaultValueFactory = _ => RegisterDatabase.StandardSti,
        HelpName = "PATH",
    };

    /// <summary>The environment variable the server also reads for PostgreSQL's connection string.</summary>
    public const string Miljovariabel = "ConnectionStrings__Postgres";

    /// <summary>
    /// <c>--postgres CONNSTR</c>: one option, added to every command that uses storage (recursive, so the
    /// subcommands of <c>forvaltning</c> and <c>register</c> have it too).
    /// </summary>
    public static Option<string?> Postgres { get; } = new("--postgres")
    {
        Description = $"PostgreSQL-databasen (Npgsql-tilkoblingsstreng, f.eks. \"Host=db;Database=kjoretoy;Username=kjoretoy\"). Uten valget brukes {Miljovariabel} fra miljøet når den er satt, ellers SQLite-filene i --data-dir.",
        HelpName = "CONNSTR",
        Recursive = true,
    };

    /// <summary>The PostgreSQL connection string chosen: the option, else the environment; null means SQLite.</summary>
    /// <exception cref="InvalidOperationException">The string is not a connection string (the message says where it came from).</exception>
    public static string? Tilkoblingsstreng(string? postgres)
    {
        var (streng, kilde) = !string.IsNullOrWhiteSpace(postgres) ? (postgres, "--postgres")
            : Environment.GetEnvironmentVariable(Miljovariabel) is { Length: > 0 } fraMiljo ? (fraMiljo, Miljovariabel)
            : (null, null);
        if (streng is null)
        {
            return null;
        }

        try
        {
            _ = new NpgsqlConnectionStringBuilder(streng);
        }
        catch (ArgumentException feil)
        {
            throw new InvalidOperationException($"{kilde}: ikke en gyldig tilkoblingsstreng ({feil.Message}); f.eks. \"Host=db;Database=kjoretoy;Username=kjoretoy\"", feil);
        }

        return streng;
    }

    /// <summary>The register a command uses: the SQLite file <paramref name="registerfil"/> (<c>--database</c>), or the PostgreSQL database.</summary>
    public static async Task<Registertilgang> ApneRegisterAsync(ParseResult parse, string registerfil, CancellationToken cancellationToken)
    {
        var postgres = parse.GetValue(Postgres);
        var sti = Path.GetFullPath(registerfil);
        var tjenester = await ApneAsync(Path.GetDirectoryName(sti)!, postgres, sti, cancellationToken);
        var navn = Tilkoblingsstreng(postgres) is { } streng ? "PostgreSQL " + Postgressjekk.Beskriv(streng) : sti;
        return new Registertilgang(tjenester, navn);
    }

    /// <summary>A register opened for a command, with how to name it in a message; disposing closes it.</summary>
    public sealed class Registertilgang(ServiceProvider tjenester, string navn) : IAsyncDisposable
    {
        public RegisterDatabase Register { get; } = tjenester.GetRequiredService<RegisterDatabase>();

        /// <summary>The audit log beside the register (the same data directory, or the same PostgreSQL database).</summary>
        public Server.Logg.IOppslagslogg Oppslagslogg => tjenester.GetRequiredService<Server.Logg.IOppslagslogg>();

        /// <summary>The file's path, or "PostgreSQL host:port/database".</summary>
        public string Navn => navn;

        public ValueTask DisposeAsync() => tjenester.DisposeAsync();
    }

    /// <summary>True when the command runs on PostgreSQL (the option or the environment).</summary>
    public static bool ErPostgres(ParseResult parse) => Tilkoblingsstreng(parse.GetValue(Postgres)) is not null;

    /// <summary>The stores on the chosen engine, as the server registers them. Dispose it when done.</summary>
    /// <param name="dataKatalog">The data directory (SQLite).</param>
    /// <param name="postgres">The <c>--postgres</c> value, or null.</param>
    /// <param name="registerfil">The SQLite register file, when not the data directory's <c>register.db</c>.</param>
    /// <param name="cancellationToken">Stops the schema migration on PostgreSQL.</param>
    public static async Task<ServiceProvider> ApneAsync(string dataKatalog, string? postgres, string? registerfil, CancellationToken cancellationToken)
    {
        var bygger = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        var konfig = new Dictionary<string, string?> { [DataKatalog.Nokkel] = dataKatalog, [Registerlagring.RegisterfilNokkel] = registerfil };
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
