using Npgsql;

namespace Kjoretoyregister.Server.Logg;

/// <summary>Turns a <see cref="LoggFilter"/> into a WHERE clause with positional parameters, as <see cref="Loggsok"/> does for SQLite.</summary>
internal static class PostgresLoggsok
{
    public static string Hvor(LoggFilter filter, NpgsqlCommand kommando)
    {
        var vilkar = new List<string>();
        string Parameter<T>(T verdi)
        {
            kommando.Parameters.Add(new NpgsqlParameter<T> { TypedValue = verdi });
            return "$" + kommando.Parameters.Count;
        }

        // Times to the millisecond, as stored and as on SQLite.
        var fra = filter.Fra is { } f ? Parameter(PostgresLoggmotor.Tid(f)) : null;
        var til = filter.Til is { } t ? Parameter(PostgresLoggmotor.Tid(t)) : null;
        var tid = (fra is null ? "" : $" AND tidspunkt >= {fra}") + (til is null ? "" : $" AND tidspunkt < {til}");
        if (tid.Length > 0)
        {
            vilkar.Add(tid[" AND ".Length..]);
        }

        if (filter.FiksOrgId is { } org)
        {
            vilkar.Add($"fiks_org_id = {Parameter(org)}");
        }

        if (filter.IntegrasjonId is { } integrasjon)
        {
            vilkar.Add($"integrasjon_id = {Parameter(integrasjon)}");
        }

        if (filter.Fodselsnummer is { } fnr)
        {
            // The period is repeated inside, so only the months asked for are searched in logg_part too.
            vilkar.Add($"(tidspunkt, id) IN (SELECT tidspunkt, logg_id FROM logg_part WHERE part = {Parameter(Loggkolonner.Part(fnr))}{tid})");
        }

        if (filter.Kjennemerke is { } kjennemerke)
        {
            vilkar.Add($"sokenokkel = {Parameter(Loggkolonner.Sokenokkel(Operasjoner.Kjennemerke, kjennemerke))} AND operasjon = '{Operasjoner.Kjennemerke}'");
        }

        if (filter.Saksbehandler is { } saksbehandler)
        {
            vilkar.Add($"saksbehandler = {Parameter(saksbehandler)}");
        }

        if (filter.Saksreferanse is { } saksreferanse)
        {
            vilkar.Add($"saksreferanse = {Parameter(saksreferanse)}");
        }

        return vilkar.Count == 0 ? "" : "WHERE " + string.Join(" AND ", vilkar);
    }
}
