using Kjoretoyregister.Register.Import;
using Kjoretoyregister.Register.Oppslag;
using Microsoft.Data.Sqlite;

namespace Kjoretoyregister.Register.Sqlite;

/// <summary>
/// Stores persons and organisations during an import. A party is one row per fødselsnummer or
/// organisasjonsnummer holding its latest known name and address (as SVV takes them from the
/// Folkeregister and Enhetsregisteret); an import line without an address keeps the known one.
/// What this import already stored is remembered, so a party seen on many vehicles is written once.
/// </summary>
internal sealed class SqlitePartSkriving : IDisposable
{
    private const int MaksHusket = 2_000_000;
    private const string Kolonner =
        "fnr, orgnr, fornavn, mellomnavn, etternavn, orgnavn, adresselinje1, adresselinje2, adresselinje3, postnummer, poststed, kommunenummer, kommunenavn, land, landkode";

    private readonly Dictionary<string, (long Id, NyPart Part)> husket = new(StringComparer.Ordinal);
    private readonly SqliteCommand finnFnr;
    private readonly SqliteCommand finnOrgnr;
    private readonly SqliteCommand settInn;
    private readonly SqliteCommand oppdater;
    private readonly SqliteCommand slettLedd;
    private readonly SqliteCommand settInnLedd;

    public SqlitePartSkriving(SqliteConnection tilkobling, SqliteTransaction transaksjon)
    {
        finnFnr = Lag($"SELECT id, {Kolonner} FROM part WHERE fnr = $1", 1);
        finnOrgnr = Lag($"SELECT id, {Kolonner} FROM part WHERE orgnr = $1", 1);
        settInn = Lag($"INSERT INTO part ({Kolonner}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id", 15);
        oppdater = Lag(
            """
            UPDATE part SET fornavn = $3, mellomnavn = $4, etternavn = $5, orgnavn = $6, adresselinje1 = $7, adresselinje2 = $8,
                adresselinje3 = $9, postnummer = $10, poststed = $11, kommunenummer = $12, kommunenavn = $13, land = $14, landkode = $15
            WHERE id = $16
            """, 16);
        slettLedd = Lag("DELETE FROM navneledd WHERE part_id = $1", 1);
        settInnLedd = Lag("INSERT OR IGNORE INTO navneledd (ledd, part_id) VALUES ($1, $2)", 2);

        SqliteCommand Lag(string sql, int antall)
        {
            var kommando = Kommandoer.Lag(tilkobling, sql, antall);
            kommando.Transaction = transaksjon;
            kommando.Prepare();
            return kommando;
        }
    }

    public long? LagreValgfri(NyPart? part) => part is null ? null : Lagre(part);

    public long Lagre(NyPart part)
    {
        if (husket.TryGetValue(part.Nokkel, out var kjent)
            && (kjent.Part == part || (part.Adresse is null && kjent.Part == part with { Adresse = kjent.Part.Adresse })))
        {
            return kjent.Id;
        }

        if (husket.Count >= MaksHusket)
        {
            husket.Clear();
        }

        var (id, lagret) = Finn(part);
        var ny = part.Adresse is null && lagret is not null ? part with { Adresse = lagret.Adresse } : part;
        if (id is null)
        {
            id = (long)settInn.Med(Verdier(ny)).ExecuteScalar()!;
            LagreLedd(id.Value, ny);
        }
        else if (lagret != ny)
        {
            oppdater.Med([.. Verdier(ny), id]).ExecuteNonQuery();
            if (lagret is null || (lagret.Fornavn, lagret.Mellomnavn, lagret.Etternavn, lagret.Orgnavn) != (ny.Fornavn, ny.Mellomnavn, ny.Etternavn, ny.Orgnavn))
            {
                slettLedd.Med(id.Value).ExecuteNonQuery();
                LagreLedd(id.Value, ny);
            }
        }

        husket[part.Nokkel] = (id.Value, ny);
        return id.Value;
    }

    public void Dispose()
    {
        foreach (var kommando in new[] { finnFnr, finnOrgnr, settInn, oppdater, slettLedd, settInnLedd })
        {
            kommando.Dispose();
        }
    }

    private (long? Id, NyPart? Part) Finn(NyPart part)
    {
        var kommando = part.Fnr is not null ? finnFnr.Med(part.Fnr) : finnOrgnr.Med(part.Orgnr);
        using var leser = kommando.ExecuteReader();
        if (!leser.Read())
        {
            return (null, null);
        }

        var rad = PartRad.Les(leser, 1)!;
        var adresse = rad.Adresse is { } a
            ? new NyAdresse(a.Adresselinje1, a.Adresselinje2, a.Adresselinje3, a.Postnummer, a.Poststed, a.Kommunenummer, a.Kommunenavn, a.Land, a.Landkode)
            : null;
        return (leser.GetInt64(0), new NyPart(rad.Fnr, rad.Orgnr, rad.Fornavn, rad.Mellomnavn, rad.Etternavn, rad.Orgnavn, adresse));
    }

    private void LagreLedd(long id, NyPart part)
    {
        foreach (var ledd in Navneledd.Fra(part.Fornavn, part.Mellomnavn, part.Etternavn, part.Orgnavn))
        {
            settInnLedd.Med(ledd, id).ExecuteNonQuery();
        }
    }

    private static object?[] Verdier(NyPart p)
    {
        var a = p.Adresse;
        return
        [
            p.Fnr, p.Orgnr, p.Fornavn, p.Mellomnavn, p.Etternavn, p.Orgnavn,
            a?.Adresselinje1, a?.Adresselinje2, a?.Adresselinje3, a?.Postnummer, a?.Poststed, a?.Kommunenummer, a?.Kommunenavn, a?.Land, a?.Landkode,
        ];
    }
}
