using Kjoretoyregister.Register.Import;
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
                await ut.StartRowAsync(cancellationToken).ConfigureAwait(false);
                await ut.WriteAsync(++nr, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
                await Tekst(ut, k.Kuid, cancellationToken).ConfigureAwait(false);
                await Tekst(ut, k.Understellsnummer, cancellationToken).ConfigureAwait(false);
                await Dato(ut, k.ForstegangsregistrertDato, cancellationToken).ConfigureAwait(false);
                await Verdi(ut, k.Godkjenning, NpgsqlDbType.Json, cancellationToken).ConfigureAwait(false);
                await Dato(ut, k.Kontrollfrist, cancellationToken).ConfigureAwait(false);
                await Dato(ut, k.SistGodkjent, cancellationToken).ConfigureAwait(false);
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
                    await ut.StartRowAsync(cancellationToken).ConfigureAwait(false);
                    await ut.WriteAsync(n, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
                    foreach (var tekst in new[] { k.Kuid, m.Sok, m.Visning, m.Kategori, m.Type })
                    {
                        await Tekst(ut, tekst, cancellationToken).ConfigureAwait(false);
                    }

                    await ut.WriteAsync(m.Fom, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
                    await ut.WriteAsync(m.Til, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
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
                    await ut.StartRowAsync(cancellationToken).ConfigureAwait(false);
                    await ut.WriteAsync(n, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
                    await Tekst(ut, r.Status, cancellationToken).ConfigureAwait(false);
                    await Tekst(ut, r.KjoringensArt, cancellationToken).ConfigureAwait(false);
                    await ut.WriteAsync(r.Fom, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
                    await ut.WriteAsync(r.Til, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
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
                    await ut.StartRowAsync(cancellationToken).ConfigureAwait(false);
                    await ut.WriteAsync(n, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
                    await ut.WriteAsync(e.Fom, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
                    await ut.WriteAsync(e.Til, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
                    await Verdi(ut, e.Vedtak, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
                    await Tekst(ut, parter.Husk(e.Eier), cancellationToken).ConfigureAwait(false);
                    await Tekst(ut, parter.Husk(e.Medeier), cancellationToken).ConfigureAwait(false);
                    await Tekst(ut, parter.Husk(e.Leasingtaker), cancellationToken).ConfigureAwait(false);
                    await Tekst(ut, parter.Husk(e.Underenhet), cancellationToken).ConfigureAwait(false);
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
                await ut.StartRowAsync(cancellationToken).ConfigureAwait(false);
                await ut.WriteAsync(++nr, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
                foreach (var tekst in new[] { p.Prkid, p.Sok, p.Visning, p.Type, parter.Husk(p.Eier) })
                {
                    await Tekst(ut, tekst, cancellationToken).ConfigureAwait(false);
                }

                await ut.WriteAsync(p.Fom, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
                await ut.WriteAsync(p.Til, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
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
                    await ut.StartRowAsync(cancellationToken).ConfigureAwait(false);
                    await ut.WriteAsync(n, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
                    await Tekst(ut, k.Kuid, cancellationToken).ConfigureAwait(false);
                    await Tekst(ut, parter.Husk(k.Bruker), cancellationToken).ConfigureAwait(false);
                    await Tekst(ut, k.Formal, cancellationToken).ConfigureAwait(false);
                    await ut.WriteAsync(k.Fom, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
                    await ut.WriteAsync(k.Til, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
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
            var a = p.Adresse;
            await ut.StartRowAsync(cancellationToken).ConfigureAwait(false);
            await ut.WriteAsync(n, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
            foreach (var tekst in new[]
            {
                p.Fnr, p.Orgnr, p.Fornavn, p.Mellomnavn, p.Etternavn, p.Orgnavn,
                a?.Adresselinje1, a?.Adresselinje2, a?.Adresselinje3, a?.Postnummer, a?.Poststed, a?.Kommunenummer, a?.Kommunenavn, a?.Land, a?.Landkode,
            })
            {
                await Tekst(ut, tekst, cancellationToken).ConfigureAwait(false);
            }

            await ut.WriteAsync(a is not null, NpgsqlDbType.Boolean, cancellationToken).ConfigureAwait(false);
            await ut.WriteAsync(Navneledd.Fra(p.Fornavn, p.Mellomnavn, p.Etternavn, p.Orgnavn).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
        }

        await ut.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    private Task<NpgsqlBinaryImporter> CopyAsync(string tabell, CancellationToken cancellationToken) =>
        tilkobling.BeginBinaryImportAsync($"COPY {tabell} FROM STDIN (FORMAT BINARY)", cancellationToken);

    private static Task Tekst(NpgsqlBinaryImporter ut, string? tekst, CancellationToken cancellationToken) =>
        Verdi(ut, tekst, NpgsqlDbType.Text, cancellationToken);

    private static Task Dato(NpgsqlBinaryImporter ut, DateOnly? dato, CancellationToken cancellationToken) =>
        dato is { } d ? ut.WriteAsync(d, NpgsqlDbType.Date, cancellationToken) : ut.WriteNullAsync(cancellationToken);

    private static Task Verdi<T>(NpgsqlBinaryImporter ut, T? verdi, NpgsqlDbType type, CancellationToken cancellationToken) =>
        verdi is null ? ut.WriteNullAsync(cancellationToken) : ut.WriteAsync(verdi, type, cancellationToken);
}
