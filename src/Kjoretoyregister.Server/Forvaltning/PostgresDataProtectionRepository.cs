using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Npgsql;

namespace Kjoretoyregister.Server.Forvaltning;

/// <summary>
/// The Data Protection key ring in PostgreSQL (<c>dataprotection_nokkel</c>), so every server instance on
/// the database reads the cookies and protected form values the others wrote. The key manager reads the
/// ring at start and when it meets an unknown key, and writes a key about every 90 days; its interface
/// is synchronous, so these calls are too. The table exists before the first call: the schema is
/// migrated by <c>Skjemaoppstart</c>, a hosted service registered before Data Protection's own.
/// </summary>
public sealed class PostgresDataProtectionRepository(NpgsqlDataSource kilde) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var kommando = kilde.CreateCommand("SELECT xml FROM dataprotection_nokkel ORDER BY id");
        using var leser = kommando.ExecuteReader();
        var elementer = new List<XElement>();
        while (leser.Read())
        {
            elementer.Add(XElement.Parse(leser.GetString(0)));
        }

        return elementer;
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        using var kommando = kilde.CreateCommand("INSERT INTO dataprotection_nokkel (navn, xml) VALUES ($1, $2)");
        kommando.Parameters.Add(new NpgsqlParameter<string> { TypedValue = friendlyName });
        kommando.Parameters.Add(new NpgsqlParameter<string> { TypedValue = element.ToString(SaveOptions.DisableFormatting) });
        kommando.ExecuteNonQuery();
    }
}
