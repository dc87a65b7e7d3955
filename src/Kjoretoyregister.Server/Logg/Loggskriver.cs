using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Kjoretoyregister.Server.Logg;

/// <summary>
/// Writes the audit log with group commit: callers queue their rows, one background thread takes
/// everything queued (up to <see cref="StandardMaksRader"/> rows; one caller's rows are never split),
/// writes it in one durable transaction, commits, and then completes all those callers. When the
/// transaction fails, every caller in it gets an <see cref="OppslagsloggException"/>; the next batch
/// starts afresh. The same on both engines: only the commit (<see cref="ILoggmotor"/>) differs. On dispose (server shutdown) what is queued is written, then the thread stops.
/// </summary>
/// <remarks>
/// A caller waits at most <see cref="OppslagsloggOptions.SkrivefristSekunder"/> and then gets an
/// <see cref="OppslagsloggException"/>; the writer waits no longer than that for a lock (on the file, or on
/// PostgreSQL) or an unreachable server, so a stuck commit fails the batch instead of stalling the ones behind it. A caller that stops waiting (its
/// deadline passed or its token was cancelled) may still have its rows written later, whole: the log may
/// show a lookup whose answer was never sent, never the other way round.
/// </remarks>
public sealed partial class Loggskriver : IOppslagslogg, IAsyncDisposable, IDisposable
{
    /// <summary>The soft cap on rows per transaction.</summary>
    public const int StandardMaksRader = 5_000;

    private readonly ILoggmotor motor;
    private readonly ILogger<Loggskriver> logger;
    private readonly int maksRader;
    private readonly TimeSpan skrivefrist;
    private readonly TimeProvider tid;
    private readonly Channel<Jobb> ko = Channel.CreateUnbounded<Jobb>(new UnboundedChannelOptions { SingleReader = true });
    private readonly TaskCompletionSource stoppet = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock startlas = new();
    private volatile bool startet;
    private bool stengt;
    private long transaksjoner;

    /// <summary>The writer of the SQLite audit file.</summary>
    public Loggskriver(OppslagsloggDatabase database, IOptions<OppslagsloggOptions> options, TimeProvider tid, ILogger<Loggskriver> logger)
        : this(new SqliteLoggmotor(database, options.Value.Skrivefrist, logger), logger, StandardMaksRader, options.Value.Skrivefrist, tid)
    {
    }

    /// <summary>The writer of the audit log in PostgreSQL (the tables of the <c>oppslagslogg</c> schema set).</summary>
    public Loggskriver(NpgsqlDataSource kilde, IOptions<OppslagsloggOptions> options, TimeProvider tid, ILogger<Loggskriver> logger)
        : this(new PostgresLoggmotor(kilde, options.Value.Skrivefrist), logger, StandardMaksRader, options.Value.Skrivefrist, tid)
    {
    }

    internal Loggskriver(ILoggmotor motor, ILogger<Loggskriver> logger, int maksRader, TimeSpan skrivefrist, TimeProvider tid)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maksRader, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(skrivefrist, TimeSpan.FromSeconds(1));
        this.motor = motor;
        this.logger = logger;
        this.maksRader = maksRader;
        this.skrivefrist = skrivefrist;
        this.tid = tid;
    }

    /// <summary>Where each transaction's time and size, and each failed one, are counted; none in the CLI and the writer's own tests.</summary>
    public Telemetri.Maaler? Maaler { get; init; }

    /// <summary>Transactions committed so far (for tests and metrics).</summary>
    internal long Transaksjoner => Interlocked.Read(ref transaksjoner);

    public async ValueTask SkrivAsync(IReadOnlyList<LoggRad> rader, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rader);
        cancellationToken.ThrowIfCancellationRequested();
        if (rader.Count == 0)
        {
            return;
        }

        if (!rader.All(Loggkolonner.ErFullstendig))
        {
            throw new ArgumentException("En loggrad mangler et påkrevd felt eller har et ukjent utfall", nameof(rader));
        }

        // A copy: a cancelled caller may reuse its list while the rows are still queued.
        var jobb = new Jobb([.. rader], new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        Start();
        if (!ko.Writer.TryWrite(jobb))
        {
            throw new OppslagsloggException("Oppslagsloggen er stengt");
        }

        try
        {
            await jobb.Ferdig.Task.WaitAsync(skrivefrist, tid, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException feil)
        {
            FristenGikkUt(logger, rader.Count, skrivefrist.TotalSeconds);
            throw new OppslagsloggException("Oppslagsloggen ble ikke skrevet innen fristen", feil);
        }
    }

    public async ValueTask DisposeAsync()
    {
        bool venter;
        lock (startlas)
        {
            stengt = true;
            ko.Writer.TryComplete();
            venter = startet;
        }

        if (venter)
        {
            await stoppet.Task.ConfigureAwait(false);
        }
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private void Start()
    {
        if (startet)
        {
            return;
        }

        lock (startlas)
        {
            if (startet || stengt)
            {
                return;
            }

            new Thread(Kjor) { IsBackground = true, Name = "Oppslagslogg" }.Start();
            startet = true;
        }
    }

    private string Motornavn => motor switch
    {
        PostgresLoggmotor => "postgres",
        SqliteLoggmotor => "sqlite",
        _ => "annen",
    };

    private void Kjor()
    {
        var jobber = new List<Jobb>();
        try
        {
            while (ko.Reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
            {
                jobber.Clear();
                var rader = 0;
                while (rader < maksRader && ko.Reader.TryRead(out var jobb))
                {
                    jobber.Add(jobb);
                    rader += jobb.Rader.Length;
                }

                var start = tid.GetTimestamp();
                try
                {
                    motor.SkrivAsync([.. jobber.Select(j => j.Rader)]).GetAwaiter().GetResult();
                    Interlocked.Increment(ref transaksjoner);
                    Maaler?.LoggCommit(Motornavn, tid.GetElapsedTime(start), rader);
                    jobber.ForEach(j => j.Ferdig.TrySetResult());
                }
#pragma warning disable CA1031 // Any failure must reach every waiting caller, or they would wait forever.
                catch (Exception feil)
#pragma warning restore CA1031
                {
                    SkrivingFeilet(logger, feil, jobber.Count, rader);
                    Maaler?.LoggFeilet(Motornavn);
                    motor.Forkast();
                    jobber.ForEach(j => j.Ferdig.TrySetException(new OppslagsloggException("Oppslagsloggen kunne ikke skrives", feil)));
                }
            }
        }
        finally
        {
            motor.Dispose();
            stoppet.TrySetResult();
        }
    }

    // The exception comes from SQLite, the file system or PostgreSQL and holds no row values (Npgsql redacts
    // a server error's detail, where a failing row would show, unless Include Error Detail is set).
    [LoggerMessage(Level = LogLevel.Error, Message = "Oppslagsloggen kunne ikke skrives: {Kall} kall med {Rader} rader får feil (503)")]
    private static partial void SkrivingFeilet(ILogger logger, Exception feil, int kall, int rader);

    [LoggerMessage(Level = LogLevel.Error, Message = "Oppslagsloggen skrev ikke {Rader} rader innen {Sekunder} s; kallet får feil (503), radene kan bli skrevet senere")]
    private static partial void FristenGikkUt(ILogger logger, int rader, double sekunder);

    private sealed record Jobb(LoggRad[] Rader, TaskCompletionSource Ferdig);
}
