using Kjoretoyregister.Register.Import;
using Kjoretoyregister.Register.Oppslag;
using Npgsql;
using NpgsqlTypes;

namespace Kjoretoyregister.Register.Postgres;

/// <summary>The binary COPY of accepted lines into the staging tables (see <see cref="PostgresImportSql.Staging"/>).</summary>
internal sealed partial class PostgresRegisterSkriving
{
    private async Task StageKjoretoyAsync(List<NyttKjoretoy> kjoretoy, CancellationToken cancellationToken)
    {
        if (kjoretoy.Count == 0)
        {
            return;
        }

        var forste = nr;
        await using (var ut = await CopyAsync("s_kjoretoy (nr, kuid, understellsnummer, forstegang_dato, godkjenning, kontrollfrist, sist_godkjent)", cancellationToken).ConfigureAwait(false))
        {
            foreach (var k in kjoretoy)
            {
                KjoretoyRad(ut, ++nr, k);
            }

            await ut.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        await using (var ut = await CopyAsync("s_kjennemerke (nr, kuid, sok, kjennemerke, kategori, type, fom, til)", cancellationToken).ConfigureAwait(false))
        {
            var n = forste;
            foreach (var k in kjoretoy)
            {
                n++;
                foreach (var m in k.Kjennemerker)
                {
                    ut.StartRow();
                    ut.Write(n, NpgsqlDbType.Bigint);
                    foreach (var tekst in new[] { k.Kuid, m.Sok, m.Visning, m.Kategori, m.Type })
                    {
                        Tekst(ut, tekst);
                    }

                    ut.Write(m.Fom, NpgsqlDbType.Bigint);
                    ut.Write(m.Til, NpgsqlDbType.Bigint);
                }
            }

            await ut.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        await using (var ut = await CopyAsync("s_registrering (nr, status, kjoringens_art, fom, til)", cancellationToken).ConfigureAwait(false))
        {
            var n = forste;
            foreach (var k in kjoretoy)
            {
                n++;
                foreach (var r in k.Registreringer)
                {
                    ut.StartRow();
                    ut.Write(n, NpgsqlDbType.Bigint);
                    Tekst(ut, r.Status);
                    Tekst(ut, r.KjoringensArt);
                    ut.Write(r.Fom, NpgsqlDbType.Bigint);
                    ut.Write(r.Til, NpgsqlDbType.Bigint);
                }
            }

            await ut.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        await using (var ut = await CopyAsync("s_eierskap (nr, fom, til, vedtak, eier, medeier, leasingtaker, underenhet)", cancellationToken).ConfigureAwait(false))
        {
            var n = forste;
            foreach (var k in kjoretoy)
            {
                n++;
                foreach (var e in k.Eierskap)
                {
                    ut.StartRow();
                    ut.Write(n, NpgsqlDbType.Bigint);
                    ut.Write(e.Fom, NpgsqlDbType.Bigint);
                    ut.Write(e.Til, NpgsqlDbType.Bigint);
                    Verdi(ut, e.Vedtak, NpgsqlDbType.Bigint);
                    Tekst(ut, parter.Husk(e.Eier));
                    Tekst(ut, parter.Husk(e.Medeier));
                    Tekst(ut, parter.Husk(e.Leasingtaker));
                    Tekst(ut, parter.Husk(e.Underenhet));
                }
            }

            await ut.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        await StagePartAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task StageProvekjennemerkerAsync(List<NyttProvekjennemerke> plater, CancellationToken cancellationToken)
    {
        if (plater.Count == 0)
        {
            return;
        }

        var forste = nr;
        await using (var ut = await CopyAsync("s_provekjennemerke (nr, prkid, sok, kjennemerke, type, eier, fom, til)", cancellationToken).ConfigureAwait(false))
        {
            foreach (var p in plater)
            {
                ut.StartRow();
                ut.Write(++nr, NpgsqlDbType.Bigint);
                foreach (var tekst in new[] { p.Prkid, p.Sok, p.Visning, p.Type, parter.Husk(p.Eier) })
                {
                    Tekst(ut, tekst);
                }

                ut.Write(p.Fom, NpgsqlDbType.Bigint);
                ut.Write(p.Til, NpgsqlDbType.Bigint);
            }

            await ut.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        await using (var ut = await CopyAsync("s_kjoreseddel (nr, kuid, bruker, formal, fom, til)", cancellationToken).ConfigureAwait(false))
        {
            var n = forste;
            foreach (var p in plater)
            {
                n++;
                foreach (var k in p.Kjoresedler)
                {
                    ut.StartRow();
                    ut.Write(n, NpgsqlDbType.Bigint);
                    Tekst(ut, k.Kuid);
                    Tekst(ut, parter.Husk(k.Bruker));
                    Tekst(ut, k.Formal);
                    ut.Write(k.Fom, NpgsqlDbType.Bigint);
                    ut.Write(k.Til, NpgsqlDbType.Bigint);
                }
            }

            await ut.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        await StagePartAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Copies the party occurrences <see cref="PostgresPartStaging"/> collected since the last call.</summary>
    private async Task StagePartAsync(CancellationToken cancellationToken)
    {
        var nye = parter.TaNye();
        if (nye.Count == 0)
        {
            return;
        }

        await using var ut = await CopyAsync($"s_part (nr, {PostgresImportSql.PartKolonner}, har_adresse, ledd)", cancellationToken).ConfigureAwait(false);
        foreach (var (n, p) in nye)
        {
            ut.StartRow();
            ut.Write(n, NpgsqlDbType.Bigint);
            PartForekomst(ut, p);
        }

        await ut.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A party's columns (<see cref="PostgresImportSql.PartKolonner"/>).</summary>
    private static void PartFelt(NpgsqlBinaryImporter ut, PartRad p)
    {
        var a = p.Adresse;
        foreach (var tekst in new[]
        {
            p.Fnr, p.Orgnr, p.Fornavn, p.Mellomnavn, p.Etternavn, p.Orgnavn,
            a?.Adresselinje1, a?.Adresselinje2, a?.Adresselinje3, a?.Postnummer, a?.Poststed, a?.Kommunenummer, a?.Kommunenavn, a?.Land, a?.Landkode,
        })
        {
            Tekst(ut, tekst);
        }
    }

    /// <summary>A party occurrence to merge: its columns, whether it gave an address, and its name words.</summary>
    private static void PartForekomst(NpgsqlBinaryImporter ut, PartRad p)
    {
        PartFelt(ut, p);
        ut.Write(p.Adresse is not null, NpgsqlDbType.Boolean);
        ut.Write(Navneledd.Fra(p.Fornavn, p.Mellomnavn, p.Etternavn, p.Orgnavn).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);
    }

    /// <summary>One vehicle row: its number or id, then kuid, understellsnummer, dates and type approval.</summary>
    private static void KjoretoyRad(NpgsqlBinaryImporter ut, long nokkel, NyttKjoretoy k)
    {
        ut.StartRow();
        ut.Write(nokkel, NpgsqlDbType.Bigint);
        Tekst(ut, k.Kuid);
        Tekst(ut, k.Understellsnummer);
        Dato(ut, k.ForstegangsregistrertDato);
        Verdi(ut, k.Godkjenning, NpgsqlDbType.Json);
        Dato(ut, k.Kontrollfrist);
        Dato(ut, k.SistGodkjent);
    }

    private Task<NpgsqlBinaryImporter> CopyAsync(string tabell, CancellationToken cancellationToken) =>
        tilkobling.BeginBinaryImportAsync($"COPY {tabell} FROM STDIN (FORMAT BINARY)", cancellationToken);

    // The rows are written synchronously: the importer buffers them, and an await per value would cost
    // more than the COPY itself (the import's caller reads the next batch meanwhile, on its own thread).
    private static void Tekst(NpgsqlBinaryImporter ut, string? tekst) => Verdi(ut, tekst, NpgsqlDbType.Text);

    private static void Dato(NpgsqlBinaryImporter ut, DateOnly? dato)
    {
        if (dato is { } d)
        {
            ut.Write(d, NpgsqlDbType.Date);
        }
        else
        {
            ut.WriteNull();
        }
    }

    private static void Verdi<T>(NpgsqlBinaryImporter ut, T? verdi, NpgsqlDbType type)
    {
        if (verdi is null)
        {
            ut.WriteNull();
        }
        else
        {
            ut.Write(verdi, type);
        }
    }
}
