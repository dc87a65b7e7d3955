using System.Text.Json;

namespace Kjoretoyregister.Register.Syntetisk;

/// <summary>
/// Trial plates, written after the vehicles of each block so that every kjøreseddel refers to a
/// vehicle on an earlier line: a day trial plate (DAGSPROVEKJENNEMERKE, 1–3 kjøresedler on
/// consecutive days) in every block, and in every second block the dealer's annual trial plate
/// (ARSPROVEKJENNEMERKE, one calendar year, many kjøresedler). Trial plates are one letter, a
/// space and 5–6 digits (<c>P 12345</c>), a form no vehicle or personalised plate has.
/// </summary>
internal sealed class Provekjennemerker(int seed, int sisteDag, Parter parter)
{
    public const long PrkidBase = 900_000_000;
    private const long Femsifrede = 90_000;
    private const long Seksifrede = 900_000;

    private readonly SplitMix64 tilfeldig = new();
    private readonly Stokking femsifrede = Stokking.For(Femsifrede, SplitMix64.StartValue(seed, StreamKind.Serie, 200));
    private readonly Stokking seksifrede = Stokking.For(Seksifrede, SplitMix64.StartValue(seed, StreamKind.Serie, 201));
    private readonly int referansear = Oslotid.Dato(sisteDag + 1).Year;

    /// <summary>How many vehicles the trial-plate numbers can serve (two per block).</summary>
    public static long Kapasitet => (Femsifrede + Seksifrede) / 2 * Blokkplan.Storrelse;

    /// <summary>How many trial plates follow block <paramref name="blokk"/>.</summary>
    public static int Antall(long blokk) => blokk % 2 == 1 ? 2 : 1;

    /// <summary>Writes trial plate <paramref name="nummer"/> (0: day, 1: annual) of the block; uses vehicles [forste, antallSkrevet).</summary>
    public void Skriv(Utf8JsonWriter w, Blokkplan plan, int nummer, long forste, long antallSkrevet)
    {
        var serienummer = (plan.Nummer * 2) + nummer;
        tilfeldig.Start(seed, StreamKind.Provekjennemerke, serienummer);
        Span<byte> tekst = stackalloc byte[16];
        w.WriteStartObject();
        w.WriteString(Felt.Type, Kodeverdi.Provekjennemerke);
        w.WriteString(Felt.Prkid, tekst[..Tekst.Legg(tekst, 0, PrkidBase + serienummer)]);
        w.WriteString(Felt.Kjennemerke, tekst[..Kjennemerke(serienummer, tekst)]);
        if (nummer == 0)
        {
            SkrivDagsprovekjennemerke(w, plan, forste, antallSkrevet);
        }
        else
        {
            SkrivArsprovekjennemerke(w, plan, forste, antallSkrevet);
        }

        w.WriteEndObject();
    }

    private void SkrivDagsprovekjennemerke(Utf8JsonWriter w, Blokkplan plan, long forste, long antallSkrevet)
    {
        var antall = 1 + tilfeldig.Next(3);
        var dager = antall + tilfeldig.Next(2);
        var dag = sisteDag - dager - tilfeldig.Next(3 * 365);
        var eier = tilfeldig.Promille(700) ? Parter.Forhandler(tilfeldig) : parter.Person(tilfeldig, dag);
        w.WriteString(Felt.Kjennemerketype, Kodeverdi.Dagsprovekjennemerke);
        parter.Skriv(w, Felt.Eier, eier, medAdresse: true);
        KjoretoySkriver.SkrivPeriode(w, (dag * Oslotid.MinutterPerDag) + 420, ((dag + dager) * Oslotid.MinutterPerDag) + 420);
        w.WriteStartArray(Felt.Kjoresedler);
        for (var i = 0; i < antall; i++)
        {
            var fom = ((dag + i) * Oslotid.MinutterPerDag) + 480 + tilfeldig.Next(240);
            var bruker = eier.Type == Parttype.Person ? eier : parter.Person(tilfeldig, dag);
            SkrivKjoreseddel(w, plan, forste, antallSkrevet, bruker, fom, fom + 60 + tilfeldig.Next(480));
        }

        w.WriteEndArray();
    }

    private void SkrivArsprovekjennemerke(Utf8JsonWriter w, Blokkplan plan, long forste, long antallSkrevet)
    {
        var ar = referansear - tilfeldig.Next(4);
        if (Oslotid.Dag(ar, 1, 1) > sisteDag - 30)
        {
            ar--;
        }

        var start = Oslotid.Dag(ar, 1, 1);
        var slutt = Oslotid.Dag(ar + 1, 1, 1);
        var apen = slutt > sisteDag;
        var sisteBruksdag = apen ? sisteDag : slutt - 1;
        w.WriteString(Felt.Kjennemerketype, Kodeverdi.Arsprovekjennemerke);
        parter.Skriv(w, Felt.Eier, plan.Forhandler, medAdresse: true);
        KjoretoySkriver.SkrivPeriode(w, start * Oslotid.MinutterPerDag, apen ? KjoretoyUtkast.Apen : slutt * Oslotid.MinutterPerDag);
        w.WriteStartArray(Felt.Kjoresedler);
        var spenn = sisteBruksdag - start + 1;
        var antall = Math.Min(5 + tilfeldig.Next(36), spenn);
        var bolk = spenn / antall;
        for (var i = 0; i < antall; i++)
        {
            // One slip in each of `antall` consecutive stretches of days: they never overlap.
            var bolkStart = start + (i * bolk);
            var dag = bolkStart + tilfeldig.Next(bolk);
            var fom = (dag * Oslotid.MinutterPerDag) + 480 + tilfeldig.Next(240);
            var til = tilfeldig.Promille(200) && dag + 1 < bolkStart + bolk
                ? ((dag + 1) * Oslotid.MinutterPerDag) + 600
                : fom + 60 + tilfeldig.Next(480);
            SkrivKjoreseddel(w, plan, forste, antallSkrevet, parter.Person(tilfeldig, dag), fom, til);
        }

        w.WriteEndArray();
    }

    private void SkrivKjoreseddel(Utf8JsonWriter w, Blokkplan plan, long forste, long antallSkrevet, Part bruker, int fom, int til)
    {
        var kandidater = plan.Kandidater;
        var indeks = kandidater.Count > 0 && tilfeldig.Promille(850)
            ? kandidater[tilfeldig.Next(kandidater.Count)]
            : forste + tilfeldig.NextLong(antallSkrevet - forste);
        Span<byte> kuid = stackalloc byte[20];
        w.WriteStartObject();
        w.WriteString(Felt.Kuid, kuid[..Tekst.Legg(kuid, 0, KjoretoySkriver.KuidBase + indeks)]);
        parter.Skriv(w, Felt.Bruker, bruker, medAdresse: false);
        w.WriteString(Felt.Formal, tilfeldig.Pick(Kodeverdi.Formal));
        KjoretoySkriver.SkrivPeriode(w, fom, til);
        w.WriteEndObject();
    }

    /// <summary>"P " and 5 digits for the first 90,000 trial plates, then 6 digits; permuted like the vehicle series.</summary>
    private int Kjennemerke(long serienummer, Span<byte> ut)
    {
        ut[0] = (byte)'P';
        ut[1] = (byte)' ';
        return serienummer < Femsifrede
            ? Tekst.LeggSifre(ut, 2, 10_000 + femsifrede.Plass(serienummer), 5)
            : Tekst.LeggSifre(ut, 2, 100_000 + seksifrede.Plass(serienummer - Femsifrede), 6);
    }
}
