using Microsoft.Data.Sqlite;

namespace Kjoretoyregister.Server.Logg;

/// <summary>Turns a <see cref="LoggFilter"/> into a WHERE clause with its parameters.</summary>
internal static class Loggsok
{
    public static string Hvor(LoggFilter filter, SqliteCommand kommando)
    {
        var vilkar = new List<string>();

        // With a person, the search starts from logg_part (a point lookup: a person has few rows) and fetches
        // the rows by id. The unary + keeps SQLite from choosing an index on the other terms instead: it
        // would pick (fiks_org_id, tidspunkt) to save the sort and walk every row of a large organisation
        // (seconds over a year of rows; docs/ytelse.md, "Innsyn").
        var ikkeIndeks = filter.Fodselsnummer is null ? "" : "+";
        if (filter.FiksOrgId is { } org)
        {
            vilkar.Add($"{ikkeIndeks}fiks_org_id = @fiks_org_id");
            kommando.Parameters.AddWithValue("@fiks_org_id", Loggkolonner.Tekst(org));
        }

        if (filter.IntegrasjonId is { } integrasjon)
        {
            vilkar.Add($"{ikkeIndeks}integrasjon_id = @integrasjon_id");
            kommando.Parameters.AddWithValue("@integrasjon_id", Loggkolonner.Tekst(integrasjon));
        }

        if (filter.Fodselsnummer is { } fnr)
        {
            vilkar.Add("id IN (SELECT logg_id FROM logg_part WHERE part = @part)");
            kommando.Parameters.AddWithValue("@part", Loggkolonner.Part(fnr));
        }

        if (filter.Kjennemerke is { } kjennemerke)
        {
            vilkar.Add($"{ikkeIndeks}sokenokkel = @sokenokkel AND operasjon = '{Operasjoner.Kjennemerke}'");
            kommando.Parameters.AddWithValue("@sokenokkel", Loggkolonner.Sokenokkel(Operasjoner.Kjennemerke, kjennemerke));
        }

        if (filter.Saksbehandler is { } saksbehandler)
        {
            vilkar.Add($"{ikkeIndeks}saksbehandler = @saksbehandler");
            kommando.Parameters.AddWithValue("@saksbehandler", saksbehandler);
        }

        if (filter.Saksreferanse is { } saksreferanse)
        {
            vilkar.Add($"{ikkeIndeks}saksreferanse = @saksreferanse");
            kommando.Parameters.AddWithValue("@saksreferanse", saksreferanse);
        }

        if (filter.Fra is { } fra)
        {
            vilkar.Add($"{ikkeIndeks}tidspunkt >= @fra");
            kommando.Parameters.AddWithValue("@fra", fra.ToUnixTimeMilliseconds());
        }

        if (filter.Til is { } til)
        {
            vilkar.Add($"{ikkeIndeks}tidspunkt < @til");
            kommando.Parameters.AddWithValue("@til", til.ToUnixTimeMilliseconds());
        }

        return vilkar.Count == 0 ? "" : "WHERE " + string.Join(" AND ", vilkar);
    }
}
