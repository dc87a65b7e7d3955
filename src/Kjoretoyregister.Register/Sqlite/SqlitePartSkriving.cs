using Kjoretoyregister.Register.Import;
using Kjoretoyregister.Register.Oppslag;
using Microsoft.Data.Sqlite;

namespace Kjoretoyregister.Register.Sqlite;

/// <summary>
/// Stores persons and organisations during an import. A party is one row per fødselsnummer or
/// organisasjonsnummer holding its latest known name and address (as SVV takes them from the
/// Folkeregister and Enhetsregisteret); an import line without an address keeps the known one.
/// What this import already stored is remembered (up to <c>maksHusket</c> parties), so a party seen on
/// many vehicles is written once. Without <c>navneledd</c> the name words are left to the caller (the
/// initial load derives them from the final rows).
/// </summary>
internal sealed class SqlitePartSkriving : IDisposable
{
    private const string Kolonner =
        "fnr, orgnr, fornavn, mellomnavn, etternavn, orgnavn, adresselinje1, adresselinje2, adresselinje3, postnummer, poststed, kommunenummer, kommunenavn, land, landkode";

    private readonly Dictionary<string, (long Id, PartRad Part)> husket = new(StringComparer.Ordinal);
    private readonly Setning finnFnr;
    private readonly Setning finnOrgnr;
    private readonly Setning settInn;
    private readonly Setning oppdater;
    private readonly Setning slettLedd;
    private readonly Setning settInnLedd;

    private readonly bool navneledd;
    private readonly int maksHusket;

    public SqlitePartSkriving(SqliteConnection tilkobling, bool navneledd = true, int maksHusket = 2_000_000)
    {
        this.navneledd = navneledd;
        this.maksHusket = maksHusket;
        finnFnr = Lag($"SELECT id, {Kolonner} FROM part WHERE fnr = ?1");
        finnOrgnr = Lag($"SELECT id, {Kolonner} FROM part WHERE orgnr = ?1");
        settInn = Lag(
            $"INSERT INTO part ({Kolonner}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15) ON CONFLICT DO NOTHING RETURNING id");
        oppdater = Lag(
            """
            UPDATE part SET fornavn = ?3, mellomnavn = ?4, etternavn = ?5, orgnavn = ?6, adresselinje1 = ?7, adresselinje2 = ?8,
                adresselinje3 = ?9, postnummer = ?10, poststed = ?11, kommunenummer = ?12, kommunenavn = ?13, land = ?14, landkode = ?15
            WHERE id = ?16
            """);
        slettLedd = Lag("DELETE FROM navneledd WHERE ledd = ?1 AND part_id = ?2");
        settInnLedd = Lag("INSERT OR IGNORE INTO navneledd (ledd, part_id) VALUES (?1, ?2)");

        Setning Lag(string sql) => new(tilkobling, sql);
    }

    /// <summary>The stored parties this import gave a new name or address (their vehicles' answers change).</summary>
    public HashSet<long> Endrede { get; } = [];

    public long? LagreValgfri(PartRad? part) => part is null ? null : Lagre(part);

    public long Lagre(PartRad part)
    {
        if (husket.TryGetValue(part.Nokkel, out var kjent)
            && (kjent.Part == part || (part.Adresse is null && kjent.Part == part with { Adresse = kjent.Part.Adresse })))
        {
            return kjent.Id;
        }

        if (husket.Count >= maksHusket)
        {
            husket.Clear();
        }

        // Most parties of a large import are new: try the insert first, look up only on a conflict.
        var ny = part;
        long? id = part.Adresse is null ? null : settInn.Med(Verdier(part)).Tall();
        if (id is not null)
        {
            LagreLedd(id.Value, ny);
        }
        else
        {
            var (funnet, lagret) = Finn(part);
            ny = part.Adresse is null && lagret is not null ? part with { Adresse = lagret.Adresse } : part;
            if (funnet is null)
            {
                id = settInn.Med(Verdier(ny)).Tall()!.Value;
                LagreLedd(id.Value, ny);
            }
            else
            {
                id = funnet;
                if (lagret != ny)
                {
                    oppdater.Med([.. Verdier(ny), id]).Kjor();
                    Endrede.Add(id.Value);
                    var gamle = Navneledd.Fra(lagret!.Fornavn, lagret.Mellomnavn, lagret.Etternavn, lagret.Orgnavn);
                    var nye = Navneledd.Fra(ny.Fornavn, ny.Mellomnavn, ny.Etternavn, ny.Orgnavn);
                    if (navneledd && !gamle.SequenceEqual(nye))
                    {
                        foreach (var ledd in gamle)
                        {
                            slettLedd.Med(ledd, id.Value).Kjor();
                        }

                        LagreLedd(id.Value, ny);
                    }
                }
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

    private (long? Id, PartRad? Part) Finn(PartRad part)
    {
        var setning = part.Fnr is not null ? finnFnr.Med(part.Fnr) : finnOrgnr.Med(part.Orgnr);
        var funnet = setning.Rad(rad =>
        {
            var adresse = Enumerable.Range(7, 9).Any(k => rad.TekstI(k) is not null)
                ? new Contracts.Svv.Adresse(rad.TekstI(7), rad.TekstI(8), rad.TekstI(9), rad.TekstI(10), rad.TekstI(11), rad.TekstI(12), rad.TekstI(13), rad.TekstI(14), rad.TekstI(15))
                : null;
            return new Tuple<long, PartRad>(
                rad.TallI(0),
                new PartRad(rad.TekstI(1), rad.TekstI(2), rad.TekstI(3), rad.TekstI(4), rad.TekstI(5), rad.TekstI(6), adresse));
        });
        return funnet is null ? (null, null) : (funnet.Item1, funnet.Item2);
    }

    private void LagreLedd(long id, PartRad part)
    {
        if (!navneledd)
        {
            return;
        }

        foreach (var ledd in Navneledd.Fra(part.Fornavn, part.Mellomnavn, part.Etternavn, part.Orgnavn))
        {
            settInnLedd.Med(ledd, id).Kjor();
        }
    }

    private static object?[] Verdier(PartRad p)
    {
        var a = p.Adresse;
        return
        [
            p.Fnr, p.Orgnr, p.Fornavn, p.Mellomnavn, p.Etternavn, p.Orgnavn,
            a?.Adresselinje1, a?.Adresselinje2, a?.Adresselinje3, a?.Postnummer, a?.Poststed, a?.Kommunenummer, a?.Kommunenavn, a?.Land, a?.Landkode,
        ];
    }
}
