using Kjoretoyregister.Register.Import;
using Kjoretoyregister.Register.Oppslag;
using Npgsql;
using NpgsqlTypes;

namespace Kjoretoyregister.Register.Postgres;

/// <summary>
/// The first import into an empty register: accepted lines go by binary COPY straight into the register's
/// tables, under ids the import gives them (it holds the import lock, and the register was empty, so every
/// stored row is one it wrote and knows). The tables keep their indexes, so lookups go on reading the
/// register as it was, without waiting, until the commit. Nothing is left to merge at the end but the
/// parties met again with something new to say; a kuid or prkid the file gives again has its earlier
/// version deleted before the new one is written, as a merge would replace it.
/// </summary>
internal sealed partial class PostgresRegisterSkriving
{
    /// <summary>Per party key, the id it was given.</summary>
    private readonly Dictionary<string, long> partIder = new(StringComparer.Ordinal);

    /// <summary>Per kuid and per prkid accepted, the id of its latest version.</summary>
    private readonly Dictionary<string, long> kjoretoyIder = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> proveIder = new(StringComparer.Ordinal);

    /// <summary>The latest accepted version of each trial plate, by sok (few: checked in memory).</summary>
    private readonly Dictionary<string, List<NyttProvekjennemerke>> provePerSok = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NyttProvekjennemerke> proveGodtatt = new(StringComparer.Ordinal);

    private readonly List<(long Id, PartRad Part)> nyeParter = [];
    private readonly List<(long Id, PartRad Part)> endredeParter = [];
    private long sisteKjoretoyId;
    private long sisteProveId;
    private long sistePartId;
    private bool harEndredeParter;

    /// <summary>The parties met again with something new, staged in order (nr) with their id.</summary>
    private const string Partendringer = $"""
        CREATE TEMP TABLE s_partendring (nr bigint, id bigint, {PostgresImportSql.PartTyper}, har_adresse boolean, ledd text[]) ON COMMIT DROP
        """;

    /// <summary>
    /// Applies the staged party changes as the merge does: the names of the latest occurrence, the address
    /// of the latest occurrence with one (else the stored one), the name words renewed.
    /// </summary>
    private const string PartendringerInn = $"""
        CREATE TEMP TABLE m_endring ON COMMIT DROP AS
        SELECT s.id, s.fornavn, s.mellomnavn, s.etternavn, s.orgnavn, s.ledd, coalesce(a.har_adresse, false) AS har_adresse,
            a.adresselinje1, a.adresselinje2, a.adresselinje3, a.postnummer, a.poststed, a.kommunenummer, a.kommunenavn, a.land, a.landkode
        FROM (SELECT DISTINCT ON (id) * FROM s_partendring ORDER BY id, nr DESC) s
        LEFT JOIN (SELECT DISTINCT ON (id) * FROM s_partendring WHERE har_adresse ORDER BY id, nr DESC) a ON a.id = s.id;
        UPDATE part p SET {PostgresImportSql.PartOppdatering}
        FROM m_endring m WHERE m.id = p.id;
        DELETE FROM navneledd WHERE part_id IN (SELECT id FROM m_endring);
        INSERT INTO navneledd (ledd, part_id) SELECT l, m.id FROM m_endring m CROSS JOIN unnest(m.ledd) AS l
        """;

    /// <summary>Creates the staging table of party changes.</summary>
    private Task ForberedDirekteAsync(CancellationToken cancellationToken) => KjorAsync(Partendringer, cancellationToken);

    private async Task StageKjoretoyDirekteAsync(List<NyttKjoretoy> kjoretoy, CancellationToken cancellationToken)
    {
        // Only the batch's last version of a kuid is written; one written before is deleted first.
        var siste = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var b = 0; b < kjoretoy.Count; b++)
        {
            siste[kjoretoy[b].Kuid] = b;
        }

        if (siste.Count < kjoretoy.Count)
        {
            kjoretoy = [.. kjoretoy.Where((k, b) => siste[k.Kuid] == b)];
        }

        var foreldede = new List<long>();
        var ider = new long[kjoretoy.Count];
        for (var b = 0; b < ider.Length; b++)
        {
            if (kjoretoyIder.TryGetValue(kjoretoy[b].Kuid, out var eldre))
            {
                foreldede.Add(eldre);
            }

            kjoretoyIder[kjoretoy[b].Kuid] = ider[b] = ++sisteKjoretoyId;
        }

        if (foreldede.Count > 0)
        {
            await SlettAsync(["kjoretoy WHERE id", "kjennemerke WHERE kjoretoy_id", "registrering WHERE kjoretoy_id", "eierskap WHERE kjoretoy_id"], foreldede, cancellationToken).ConfigureAwait(false);
        }

        await using (var ut = await CopyAsync("kjoretoy (id, kuid, understellsnummer, forstegang_dato, godkjenning, kontrollfrist, sist_godkjent)", cancellationToken).ConfigureAwait(false))
        {
            for (var b = 0; b < ider.Length; b++)
            {
                KjoretoyRad(ut, ider[b], kjoretoy[b]);
            }

            await ut.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        await using (var ut = await CopyAsync("kjennemerke (kjoretoy_id, fom, sok, til, kjennemerke, kategori, type)", cancellationToken).ConfigureAwait(false))
        {
            for (var b = 0; b < ider.Length; b++)
            {
                foreach (var m in kjoretoy[b].Kjennemerker)
                {
                    ut.StartRow();
                    ut.Write(ider[b], NpgsqlDbType.Bigint);
                    ut.Write(m.Fom, NpgsqlDbType.Bigint);
                    Tekst(ut, m.Sok);
                    ut.Write(m.Til, NpgsqlDbType.Bigint);
                    Tekst(ut, m.Visning);
                    Tekst(ut, m.Kategori);
                    Tekst(ut, m.Type);
                }
            }

            await ut.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        await using (var ut = await CopyAsync("registrering (kjoretoy_id, fom, til, status, kjoringens_art)", cancellationToken).ConfigureAwait(false))
        {
            for (var b = 0; b < ider.Length; b++)
            {
                foreach (var r in kjoretoy[b].Registreringer)
                {
                    ut.StartRow();
                    ut.Write(ider[b], NpgsqlDbType.Bigint);
                    ut.Write(r.Fom, NpgsqlDbType.Bigint);
                    ut.Write(r.Til, NpgsqlDbType.Bigint);
                    Tekst(ut, r.Status);
                    Tekst(ut, r.KjoringensArt);
                }
            }

            await ut.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        await using (var ut = await CopyAsync("eierskap (kjoretoy_id, fom, til, vedtak, eier_id, medeier_id, leasingtaker_id, underenhet_id)", cancellationToken).ConfigureAwait(false))
        {
            for (var b = 0; b < ider.Length; b++)
            {
                foreach (var e in kjoretoy[b].Eierskap)
                {
                    ut.StartRow();
                    ut.Write(ider[b], NpgsqlDbType.Bigint);
                    ut.Write(e.Fom, NpgsqlDbType.Bigint);
                    ut.Write(e.Til, NpgsqlDbType.Bigint);
                    Verdi(ut, e.Vedtak, NpgsqlDbType.Bigint);
                    Verdi(ut, PartId(e.Eier), NpgsqlDbType.Bigint);
                    Verdi(ut, PartId(e.Medeier), NpgsqlDbType.Bigint);
                    Verdi(ut, PartId(e.Leasingtaker), NpgsqlDbType.Bigint);
                    Verdi(ut, PartId(e.Underenhet), NpgsqlDbType.Bigint);
                }
            }

            await ut.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        await SkrivParterAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Decides the trial plates in order against the latest accepted version of every other prkid (all in
    /// memory: the register was empty) and the vehicles accepted, and writes those that pass.
    /// </summary>
    private async Task<IReadOnlyList<Provekjennemerkekonflikt?>> LagreProvekjennemerkerDirekteAsync(
        IReadOnlyList<NyttProvekjennemerke> provekjennemerker, CancellationToken cancellationToken)
    {
        var svar = new Provekjennemerkekonflikt?[provekjennemerker.Count];
        var godtatt = new List<(long Id, NyttProvekjennemerke Plate)>();
        var foreldede = new List<long>();
        for (var i = 0; i < svar.Length; i++)
        {
            var plate = provekjennemerker[i];
            var annen = Forste(provePerSok.TryGetValue(plate.Sok, out var andre)
                ? andre.Where(g => g.Prkid != plate.Prkid && g.Fom < plate.Til && g.Til > plate.Fom).Select(g => (g.Fom, g.Til, Annen: g.Prkid))
                : []);
            var ukjente = Enumerable.Range(0, plate.Kjoresedler.Count).Where(k => !stagetePlater.ContainsKey(plate.Kjoresedler[k].Kuid)).ToList();
            if (annen is not null || ukjente.Count > 0)
            {
                svar[i] = new Provekjennemerkekonflikt(annen, ukjente);
                continue;
            }

            if (proveGodtatt.Remove(plate.Prkid, out var eldre))
            {
                provePerSok[eldre.Sok].Remove(eldre);
                var eldreId = proveIder[plate.Prkid];
                if (godtatt.FindIndex(g => g.Id == eldreId) is var iBolken and >= 0)
                {
                    godtatt.RemoveAt(iBolken);
                }
                else
                {
                    foreldede.Add(eldreId);
                }
            }

            proveGodtatt[plate.Prkid] = plate;
            if (!provePerSok.TryGetValue(plate.Sok, out var liste))
            {
                provePerSok[plate.Sok] = liste = [];
            }

            liste.Add(plate);
            godtatt.Add((proveIder[plate.Prkid] = ++sisteProveId, plate));
        }

        if (foreldede.Count > 0)
        {
            await SlettAsync(["provekjennemerke WHERE id", "kjoreseddel WHERE provekjennemerke_id"], foreldede, cancellationToken).ConfigureAwait(false);
        }

        if (godtatt.Count == 0)
        {
            return svar;
        }

        await using (var ut = await CopyAsync("provekjennemerke (id, prkid, sok, kjennemerke, type, eier_id, fom, til)", cancellationToken).ConfigureAwait(false))
        {
            foreach (var (id, p) in godtatt)
            {
                ut.StartRow();
                ut.Write(id, NpgsqlDbType.Bigint);
                Tekst(ut, p.Prkid);
                Tekst(ut, p.Sok);
                Tekst(ut, p.Visning);
                Tekst(ut, p.Type);
                ut.Write(PartId(p.Eier)!.Value, NpgsqlDbType.Bigint);
                ut.Write(p.Fom, NpgsqlDbType.Bigint);
                ut.Write(p.Til, NpgsqlDbType.Bigint);
            }

            await ut.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        await using (var ut = await CopyAsync("kjoreseddel (provekjennemerke_id, fom, til, kuid, bruker_id, formal)", cancellationToken).ConfigureAwait(false))
        {
            foreach (var (id, p) in godtatt)
            {
                foreach (var k in p.Kjoresedler)
                {
                    ut.StartRow();
                    ut.Write(id, NpgsqlDbType.Bigint);
                    ut.Write(k.Fom, NpgsqlDbType.Bigint);
                    ut.Write(k.Til, NpgsqlDbType.Bigint);
                    Tekst(ut, k.Kuid);
                    ut.Write(PartId(k.Bruker)!.Value, NpgsqlDbType.Bigint);
                    Tekst(ut, k.Formal);
                }
            }

            await ut.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        await SkrivParterAsync(cancellationToken).ConfigureAwait(false);
        return svar;
    }

    /// <summary>Applies the party changes, moves the id sequences past the ids given, and commits.</summary>
    private async Task FullforDirekteAsync(CancellationToken cancellationToken)
    {
        if (harEndredeParter)
        {
            await KjorAsync(PartendringerInn, cancellationToken).ConfigureAwait(false);
        }

        await KjorAsync(
            """
            SELECT setval(pg_get_serial_sequence('kjoretoy', 'id'), max(id)) FROM kjoretoy;
            SELECT setval(pg_get_serial_sequence('part', 'id'), max(id)) FROM part;
            SELECT setval(pg_get_serial_sequence('provekjennemerke', 'id'), max(id)) FROM provekjennemerke
            """,
            cancellationToken).ConfigureAwait(false);
        await ByggNaaSvarAsync("SELECT id FROM kjoretoy", cancellationToken).ConfigureAwait(false);
        await PostgresNavneord.FyllAsync(tilkobling, transaksjon, cancellationToken).ConfigureAwait(false);

        // A first load fills empty tables: their statistics must be fresh before the first search plans against them.
        await KjorAsync("ANALYZE part, navneledd, navneord, kjoretoy, kjennemerke, registrering, eierskap", cancellationToken).ConfigureAwait(false);
        await transaksjon.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The party's id, given when first met; a later occurrence that says something new (see
    /// <see cref="PostgresPartStaging"/>) is staged as a change.
    /// </summary>
    private long? PartId(PartRad? part)
    {
        if (part is null)
        {
            return null;
        }

        var nytt = parter.SierNoeNytt(part);
        if (!partIder.TryGetValue(part.Nokkel, out var id))
        {
            partIder[part.Nokkel] = id = ++sistePartId;
            nyeParter.Add((id, part));
        }
        else if (nytt)
        {
            endredeParter.Add((id, part));
        }

        return id;
    }

    /// <summary>Copies the parties met first since the last call (with their name words) and the changes staged.</summary>
    private async Task SkrivParterAsync(CancellationToken cancellationToken)
    {
        if (nyeParter.Count > 0)
        {
            await using (var ut = await CopyAsync($"part (id, {PostgresImportSql.PartKolonner})", cancellationToken).ConfigureAwait(false))
            {
                foreach (var (id, p) in nyeParter)
                {
                    ut.StartRow();
                    ut.Write(id, NpgsqlDbType.Bigint);
                    PartFelt(ut, p);
                }

                await ut.CompleteAsync(cancellationToken).ConfigureAwait(false);
            }

            await using (var ut = await CopyAsync("navneledd (ledd, part_id)", cancellationToken).ConfigureAwait(false))
            {
                foreach (var (id, p) in nyeParter)
                {
                    foreach (var ledd in Navneledd.Fra(p.Fornavn, p.Mellomnavn, p.Etternavn, p.Orgnavn))
                    {
                        ut.StartRow();
                        Tekst(ut, ledd);
                        ut.Write(id, NpgsqlDbType.Bigint);
                    }
                }

                await ut.CompleteAsync(cancellationToken).ConfigureAwait(false);
            }

            nyeParter.Clear();
        }

        if (endredeParter.Count > 0)
        {
            await using (var ut = await CopyAsync($"s_partendring (nr, id, {PostgresImportSql.PartKolonner}, har_adresse, ledd)", cancellationToken).ConfigureAwait(false))
            {
                foreach (var (id, p) in endredeParter)
                {
                    ut.StartRow();
                    ut.Write(++nr, NpgsqlDbType.Bigint);
                    ut.Write(id, NpgsqlDbType.Bigint);
                    PartForekomst(ut, p);
                }

                await ut.CompleteAsync(cancellationToken).ConfigureAwait(false);
            }

            endredeParter.Clear();
            harEndredeParter = true;
        }
    }

    /// <summary>Deletes the rows with the ids from each table (one batch, one round trip).</summary>
    private async Task SlettAsync(string[] tabeller, List<long> ider, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(tilkobling, transaksjon) { Timeout = 0 };
        foreach (var tabell in tabeller)
        {
            var kommando = new NpgsqlBatchCommand($"DELETE FROM {tabell} = ANY ($1)");
            kommando.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = [.. ider] });
            batch.BatchCommands.Add(kommando);
        }

        await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task KjorAsync(string sql, CancellationToken cancellationToken)
    {
        await using var kommando = new NpgsqlCommand(sql, tilkobling, transaksjon) { CommandTimeout = 0 };
        await kommando.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
