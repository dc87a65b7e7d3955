using Kjoretoyregister.Register.Lagring;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Kjoretoyregister.Server.Lagring;

/// <summary>
/// Brings the PostgreSQL schema up to date when the server starts (and when the CLI first needs it),
/// under the migration runner's advisory lock. A database that cannot be reached stops the start with
/// an error naming <c>ConnectionStrings:Postgres</c>.
/// </summary>
public sealed class Skjemaoppstart(NpgsqlDataSource kilde, IOptions<LagringOptions> options, ILogger<Skjemaoppstart> logger) : IHostedService
{
    private readonly Lock las = new();
    private Task? kjoring;

    /// <summary>Every schema set on PostgreSQL, in the order they are applied.</summary>
    public static IReadOnlyList<Migrasjonssett> Sett { get; } =
    [
        Migrasjonssett.Register(Lagringsmotor.Postgres),
        Migrasjonssett.Les(typeof(Skjemaoppstart).Assembly, Lagringsmotor.Postgres, "fiks"),
        Migrasjonssett.Les(typeof(Skjemaoppstart).Assembly, Lagringsmotor.Postgres, "tilgang"),
        Migrasjonssett.Les(typeof(Skjemaoppstart).Assembly, Lagringsmotor.Postgres, "oppslagslogg"),
    ];

    /// <summary>Migrates once per process; later calls await the same run.</summary>
    public Task SikreAsync(CancellationToken cancellationToken = default)
    {
        lock (las)
        {
            if (kjoring is null || kjoring.IsFaulted || kjoring.IsCanceled)
            {
                kjoring = KjorAsync(cancellationToken);
            }

            return kjoring;
        }
    }

    /// <summary>The connection string without its password, fit for a message and a command to paste.</summary>
    public static string UtenPassord(string tilkoblingsstreng)
    {
        var b = new NpgsqlConnectionStringBuilder(tilkoblingsstreng) { Password = null };
        return b.ConnectionString;
    }

    public Task StartAsync(CancellationToken cancellationToken) => SikreAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task KjorAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<string> utfort = [];
        try
        {
            if (options.Value.MigrerVedOppstart)
            {
                utfort = await Migrering.KjorPostgresAsync(kilde, Sett, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                var versjoner = await Migrering.LesVersjonerAsync(kilde, cancellationToken).ConfigureAwait(false);
                var bak = Sett.Where(s => versjoner.GetValueOrDefault(s.Navn) != s.Versjon).ToList();
                if (bak.Count > 0)
                {
                    throw new InvalidOperationException(
                        $"Databaseskjemaet er ikke på denne versjonen ({string.Join(", ", bak.Select(s => $"{s.Navn} {versjoner.GetValueOrDefault(s.Navn)} av {s.Versjon}"))}), og Storage:MigrerVedOppstart er false. Kjør først, med denne versjonen av programmet (passordet fra PGPASSWORD eller ~/.pgpass): kjoretoy migrer --postgres \"{UtenPassord(kilde.ConnectionString)}\"");
                }
            }
        }
        catch (NpgsqlException feil) when (feil is not PostgresException)
        {
            throw new InvalidOperationException(
                $"Får ikke kontakt med PostgreSQL {Postgressjekk.Beskriv(kilde.ConnectionString)} (innstillingen {LagringOptions.PostgresNokkel}): {feil.Message}",
                feil);
        }

        if (utfort.Count > 0)
        {
            logger.LogInformation("PostgreSQL-skjemaet er oppdatert: {Steg}", string.Join(", ", utfort));
        }
    }
}
