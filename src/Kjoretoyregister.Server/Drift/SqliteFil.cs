using System.Collections.Concurrent;
using Kjoretoyregister.Register.Lagring;
using Microsoft.Data.Sqlite;
using Microsoft.Win32.SafeHandles;

namespace Kjoretoyregister.Server.Drift;

/// <summary>
/// One of the server's own SQLite files (the Fiks data, the audit log): creates it and its directory,
/// applies the numbered migration steps recorded in <c>PRAGMA user_version</c> (refusing a file from a
/// newer program), and opens pooled connections in WAL mode with a busy timeout, so the CLI and the
/// server can use the same file at once.
/// </summary>
/// <remarks>
/// In WAL mode SQLite maps <c>&lt;file&gt;-shm</c> into memory. When something outside SQLite shortens
/// that file (a copy or restore over it, <c>truncate</c>, a cleanup script), the next touch of a page past
/// the new end kills the whole process with SIGBUS. <see cref="RepairSharedMemory"/>, called before every
/// open and before the audit writer's every transaction, gives such a file back the length this process
/// has seen; the lost pages then read as zeros, which SQLite takes as a wal-index to rebuild from the WAL.
/// It narrows the window, it cannot close it: a shortening that lands while a statement is running still
/// faults.
/// </remarks>
public sealed class SqliteFil
{
    /// <summary>The longest <c>-shm</c> this process has seen per file (SQLite shares one mapping per file per process).</summary>
    private static readonly ConcurrentDictionary<string, long> SeenSharedMemory = new(StringComparer.Ordinal);

    /// <summary>Descriptors of shortened <c>-shm</c> files, kept open on purpose (see <see cref="RepairSharedMemory"/>).</summary>
    private static readonly Dictionary<string, SafeFileHandle> RepairHandles = new(StringComparer.Ordinal);

    /// <summary>Descriptors of <c>-shm</c> files since replaced; still never closed, for the same reason.</summary>
    private static readonly List<SafeFileHandle> RetiredHandles = [];

    private readonly string tilkoblingsstreng;
    private readonly string synkron;

    /// <param name="sti">The file.</param>
    /// <param name="steg">Migration steps; step i (from 1) is applied when user_version is below i.</param>
    /// <param name="holdbar">True: every commit is fsynced (synchronous=FULL), for rows that must survive a power cut.</param>
    public SqliteFil(string sti, IReadOnlyList<string> steg, bool holdbar = false)
    {
        Sti = Path.GetFullPath(sti);
        var mappe = Path.GetDirectoryName(Sti);
        if (!string.IsNullOrEmpty(mappe))
        {
            Directory.CreateDirectory(mappe);
        }

        tilkoblingsstreng = new SqliteConnectionStringBuilder
        {
            DataSource = Sti,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        synkron = holdbar ? "FULL" : "NORMAL";
        using var tilkobling = Apne();
        Migrering.KjorSqlite(tilkobling, Migrasjonssett.Med(Path.GetFileNameWithoutExtension(Sti), Lagringsmotor.Sqlite, steg), $"Filen {Sti}");
    }

    /// <summary>The full path of the file.</summary>
    public string Sti { get; }

    /// <summary>How long a connection waits for another's lock unless the caller says otherwise.</summary>
    public static readonly TimeSpan DefaultBusyTimeout = TimeSpan.FromSeconds(30);

    /// <summary>An open connection; dispose it to return it to the pool.</summary>
    /// <param name="busyTimeout">How long a statement waits for another connection's lock before it fails as busy; <see cref="DefaultBusyTimeout"/> when null.</param>
    public SqliteConnection Apne(TimeSpan? busyTimeout = null)
    {
        var timeout = busyTimeout ?? DefaultBusyTimeout;
        ArgumentOutOfRangeException.ThrowIfLessThan(timeout, TimeSpan.FromSeconds(1));
        RepairSharedMemory();
        var tilkobling = new SqliteConnection(tilkoblingsstreng);
        try
        {
            tilkobling.Open();

            // Both bounds: SQLite's own busy wait, and Microsoft.Data.Sqlite's retry loop (the command timeout) after it.
            tilkobling.DefaultTimeout = (int)Math.Ceiling(timeout.TotalSeconds);
            using var kommando = tilkobling.CreateCommand();
            kommando.CommandText = $"PRAGMA journal_mode=WAL; PRAGMA synchronous={synkron}; PRAGMA busy_timeout={(long)timeout.TotalMilliseconds}; PRAGMA foreign_keys=ON;";
            kommando.ExecuteNonQuery();
        }
        catch
        {
            tilkobling.Dispose();
            throw;
        }

        RememberSharedMemory();
        return tilkobling;
    }

    /// <summary>
    /// Before SQLite touches its mapping of <c>&lt;file&gt;-shm</c>: if the file is now shorter than this
    /// process has seen it, lengthens it back (never shortens, never writes inside it). See the remarks.
    /// </summary>
    /// <returns>True when the file had been shortened and was lengthened back.</returns>
    public bool RepairSharedMemory()
    {
        var path = Sti + "-shm";
        if (!SeenSharedMemory.TryGetValue(Sti, out var seen) || Length(path) is not { } length || length >= seen)
        {
            return false;
        }

        lock (RepairHandles)
        {
            // Closing any descriptor of the -shm drops every POSIX lock this process holds on it, SQLite's
            // included (another process could then take it for unused and reset it). So the descriptor used
            // for a repair is kept open for the process's life; a new one only when the file was replaced.
            if (!RepairHandles.TryGetValue(path, out var handle) || RandomAccess.GetLength(handle) >= seen)
            {
                if (handle is not null)
                {
                    RetiredHandles.Add(handle);
                }

                handle = File.OpenHandle(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
                RepairHandles[path] = handle;
            }

            if (RandomAccess.GetLength(handle) >= seen)
            {
                return false;
            }

            RandomAccess.SetLength(handle, seen);
            return true;
        }
    }

    /// <summary>Remembers the <c>-shm</c>'s length after SQLite may have grown it (after an open, after a write).</summary>
    public void RememberSharedMemory()
    {
        if (Length(Sti + "-shm") is { } length)
        {
            SeenSharedMemory.AddOrUpdate(Sti, length, (_, seen) => Math.Max(seen, length));
        }
    }

    private static long? Length(string path)
    {
        var file = new FileInfo(path);
        return file.Exists ? file.Length : null;
    }
}
