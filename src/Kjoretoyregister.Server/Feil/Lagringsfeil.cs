using Microsoft.Data.Sqlite;
using Npgsql;

namespace Kjoretoyregister.Server.Feil;

/// <summary>
/// Tells a fault of the storage itself (the database unreachable, shutting down, out of connections,
/// a file locked or unreadable) from a bug. The first is answered 503 <c>LAGRING_UTILGJENGELIG</c>
/// with no data, and the service recovers by itself when the database is back; the second stays a 500.
/// </summary>
public static class Lagringsfeil
{
    /// <summary>True when the exception, or one it wraps, is the storage being unavailable.</summary>
    public static bool Er(Exception? feil)
    {
        for (var e = feil; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException p:
                    // Class 08: connection exception; 53: insufficient resources; 57P01-57P03: shutdown,
                    // crash shutdown, cannot connect now; 58: system error (I/O); 40001/40P01 are the
                    // caller's to retry, not ours to hide, so they stay faults.
                    if (p.SqlState.StartsWith("08", StringComparison.Ordinal) || p.SqlState.StartsWith("53", StringComparison.Ordinal)
                        || p.SqlState.StartsWith("58", StringComparison.Ordinal) || p.SqlState is "57P01" or "57P02" or "57P03")
                    {
                        return true;
                    }

                    break;
                case NpgsqlException:
                    // Not a server-side error: the connection could not be made or was lost, or the pool timed out.
                    return true;
                case SqliteException s when s.SqliteErrorCode is 5 /* BUSY */ or 6 /* LOCKED */ or 10 /* IOERR */ or 13 /* FULL */ or 14 /* CANTOPEN */:
                    return true;
            }
        }

        return false;
    }
}
