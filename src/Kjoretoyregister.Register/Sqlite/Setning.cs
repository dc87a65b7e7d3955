using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Kjoretoyregister.Register.Sqlite;

/// <summary>
/// A prepared SQLite statement used straight through SQLitePCLRaw (the layer under
/// Microsoft.Data.Sqlite) with parameters bound by position: on the import's hot path this saves the
/// per-execution parameter lookup by name and the data-reader objects, which cost more than SQLite's
/// own work. Runs inside whatever transaction the connection has open.
/// </summary>
internal sealed class Setning : IDisposable
{
    private readonly sqlite3 db;
    private readonly sqlite3_stmt stmt;

    public Setning(SqliteConnection tilkobling, string sql)
    {
        db = tilkobling.Handle!;
        Sjekk(raw.sqlite3_prepare_v2(db, sql, out stmt));
    }

    /// <summary>Binds the values to ?1, ?2, … in order (null binds NULL). Write parameters as ?N, whose index is N wherever they stand.</summary>
    public Setning Med(params ReadOnlySpan<object?> verdier)
    {
        for (var i = 0; i < verdier.Length; i++)
        {
            Sjekk(verdier[i] switch
            {
                null => raw.sqlite3_bind_null(stmt, i + 1),
                long tall => raw.sqlite3_bind_int64(stmt, i + 1, tall),
                int tall => raw.sqlite3_bind_int64(stmt, i + 1, tall),
                string tekst => raw.sqlite3_bind_text(stmt, i + 1, tekst),
                byte[] bytes => raw.sqlite3_bind_blob(stmt, i + 1, bytes),
                var annet => throw new ArgumentException($"Kan ikke binde verdi av typen {annet.GetType().Name}", nameof(verdier)),
            });
        }

        return this;
    }

    /// <summary>Runs a statement that returns no rows.</summary>
    public void Kjor()
    {
        try
        {
            Sjekk(raw.sqlite3_step(stmt), raw.SQLITE_DONE);
        }
        finally
        {
            raw.sqlite3_reset(stmt);
        }
    }

    /// <summary>The first column of the first row as an integer, or null when there is no row (or it is NULL).</summary>
    public long? Tall()
    {
        try
        {
            return Sjekk(raw.sqlite3_step(stmt), raw.SQLITE_ROW, raw.SQLITE_DONE) == raw.SQLITE_ROW && raw.sqlite3_column_type(stmt, 0) != raw.SQLITE_NULL
                ? raw.sqlite3_column_int64(stmt, 0)
                : null;
        }
        finally
        {
            raw.sqlite3_reset(stmt);
        }
    }

    /// <summary>The first column of the first row as text, or null when there is no row (or it is NULL).</summary>
    public string? Tekst()
    {
        try
        {
            return Sjekk(raw.sqlite3_step(stmt), raw.SQLITE_ROW, raw.SQLITE_DONE) == raw.SQLITE_ROW && raw.sqlite3_column_type(stmt, 0) != raw.SQLITE_NULL
                ? raw.sqlite3_column_text(stmt, 0).utf8_to_string()
                : null;
        }
        finally
        {
            raw.sqlite3_reset(stmt);
        }
    }

    /// <summary>Steps to the first row and hands it to <paramref name="les"/>; null when there is no row.</summary>
    public T? Rad<T>(Func<Setning, T> les)
        where T : class
    {
        try
        {
            return Sjekk(raw.sqlite3_step(stmt), raw.SQLITE_ROW, raw.SQLITE_DONE) == raw.SQLITE_ROW ? les(this) : null;
        }
        finally
        {
            raw.sqlite3_reset(stmt);
        }
    }

    /// <summary>Reads every row with <paramref name="les"/>.</summary>
    public List<T> Rader<T>(Func<Setning, T> les)
    {
        var rader = new List<T>(2);
        try
        {
            while (Sjekk(raw.sqlite3_step(stmt), raw.SQLITE_ROW, raw.SQLITE_DONE) == raw.SQLITE_ROW)
            {
                rader.Add(les(this));
            }

            return rader;
        }
        finally
        {
            raw.sqlite3_reset(stmt);
        }
    }

    /// <summary>Hands every row to <paramref name="les"/> as it is read (nothing is kept).</summary>
    public void Hver(Action<Setning> les)
    {
        try
        {
            while (Sjekk(raw.sqlite3_step(stmt), raw.SQLITE_ROW, raw.SQLITE_DONE) == raw.SQLITE_ROW)
            {
                les(this);
            }
        }
        finally
        {
            raw.sqlite3_reset(stmt);
        }
    }

    public long TallI(int kolonne) => raw.sqlite3_column_int64(stmt, kolonne);

    public long? TallEllerNullI(int kolonne) =>
        raw.sqlite3_column_type(stmt, kolonne) == raw.SQLITE_NULL ? null : raw.sqlite3_column_int64(stmt, kolonne);

    public string? TekstI(int kolonne) =>
        raw.sqlite3_column_type(stmt, kolonne) == raw.SQLITE_NULL ? null : raw.sqlite3_column_text(stmt, kolonne).utf8_to_string();

    public byte[] BytesI(int kolonne) => raw.sqlite3_column_blob(stmt, kolonne).ToArray();

    public void Dispose() => stmt.Dispose();

    private int Sjekk(int resultat, int forventet = raw.SQLITE_OK, int ogsa = raw.SQLITE_OK)
    {
        if (resultat != forventet && resultat != ogsa)
        {
            throw new SqliteException($"SQLite-feil {resultat}: {raw.sqlite3_errmsg(db).utf8_to_string()}", resultat);
        }

        return resultat;
    }
}
