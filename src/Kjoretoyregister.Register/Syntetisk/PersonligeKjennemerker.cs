using System.Text;

namespace Kjoretoyregister.Register.Syntetisk;

/// <summary>
/// Personalised plates (PERSONLIG): Norwegian words and names of 2–7 characters, with digits
/// appended once the bare words are used up (<c>SOLSKIN</c>, <c>OLA1</c>, <c>KARI77</c>). Serial number
/// n maps to a distinct text: tier t holds the words that still fit with t digits, permuted like
/// <see cref="Kjennemerkeserie"/>. Letters-then-digits texts never equal an ordinary plate (two
/// letters and 4–5 digits are left out) or a trial plate (one letter).
/// </summary>
internal sealed class PersonligeKjennemerker
{
    private const int MaksLengde = 7;

    private const string Ordliste =
        "SOLSKIN OLA KARI PER ANNE TOR LIV EVA ODD ARNE KNUT NILS JAN ROY KAI OLE ALF ASK EIK ELG " +
        "ULV BJØRN REV GAUPE ØRN FALK HAUK RAVN MÅKE LAKS TORSK SILD HVAL SEL SOL MÅNE STJERNE REGN " +
        "SNØ TÅKE STORM TORDEN LYN FJORD FJELL BRE ELV SJØ HAV BØLGE STRAND SKOG MYR VIDDE NORD SØR " +
        "VEST ØST NORGE OSLO BERGEN TROMSØ BODØ MOLDE ÅLESUND HAMAR SKIEN VOSS GEILO RØROS LOFOTEN " +
        "VIKING TROLL NISSE HULDER DRAGE HELT KONGE PRINS RIDDER LYKKE GLEDE FRIHET HJEM " +
        "HYTTA BESTA FARFAR MORMOR PAPPA MAMMA BROR SØSTER VENN KOMPIS GUTTA JENTENE RAKETT " +
        "TURBO RASK FART VROOM BRUM DIESEL BENSIN STRØM GNIST LADER BATTERI MOTOR KJAPP SNEGLE " +
        "SPORT RACER RALLY CROSS SLALÅM SKI BUNAD LEFSE PØLSE KAKE VAFFEL BOLLE KAFFE TE " +
        "BRUNOST RAKFISK TACO PIZZA SUSHI GULL SØLV KOBBER JERN STÅL DIAMANT RUBIN SAFIR " +
        "JAZZ ROCK BLUES PUNK METAL DISKO TANGO SALSA SAMBA POLKA JOIK HARDING FELE GITAR TROMME " +
        "LOS KAPTEIN LOSEN FISKER BONDE SNEKKER SMED DOKTOR LEGE PROFFEN SJEFEN BOSS MESTER " +
        "TIGER LØVE PANTER PUMA JAGUAR COBRA HAI MUS KATT HUND HEST KU SAU GEIT GRIS HØNE " +
        "ELLA EMMA NORA IDA SARA LEA MIA ISAK EMIL NOAH LIAM OSKAR ELIAS JAKOB FILIP LARS ERIK HANS " +
        "GEIR TERJE TROND RUNE ESPEN SIV TONE HEGE GRO AUD BJØRG MARIT RANDI INGER TURID SOLVEIG " +
        "ASLE EGIL GARD HALLE IVAR LEIF OVE SVEIN TORE VIDAR ØYVIND ÅSE UNNI VIGDIS WENCHE YNGVE " +
        "BIL BÅT FLY TOG FAR MOR DAG VÅR ØKS SAG KIM TIM JON ELI ADA UNA ODA ARN ÅGE ØYA RØD BLÅ GUL " +
        "GRÅ KUL GØY LUN MOT ROS VIN MAT FIN KAR BOY GAL ZEN TUT DUN BOB PIA RUT ASA";

    private readonly Lag[] lag;
    private readonly Stokking[] stokking;

    public PersonligeKjennemerker(int seed)
    {
        var ord = Ordliste.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(o => o.Length is >= 2 and <= MaksLengde).Distinct(StringComparer.Ordinal).ToArray();
        var liste = new List<Lag>();
        var stokkinger = new List<Stokking>();
        for (var sifre = 0; sifre <= MaksLengde - 3; sifre++)
        {
            // Two letters and 4 or more digits would look like an ordinary plate.
            var passer = ord.Where(o => o.Length + sifre <= MaksLengde && !(o.Length == 2 && sifre >= 4))
                .Select(Encoding.UTF8.GetBytes).ToArray();
            var antallTall = (long)Math.Pow(10, sifre);
            var kapasitet = passer.Length * antallTall;
            stokkinger.Add(Stokking.For(kapasitet, SplitMix64.StartValue(seed, StreamKind.Serie, 100 + sifre)));
            liste.Add(new Lag(passer, sifre));
            Kapasitet += kapasitet;
        }

        lag = [.. liste];
        stokking = [.. stokkinger];
    }

    /// <summary>How many distinct personalised plates there are.</summary>
    public long Kapasitet { get; }

    /// <summary>Writes personalised plate number <paramref name="serienummer"/>; returns its length in bytes.</summary>
    public int Skriv(long serienummer, Span<byte> ut)
    {
        var (i, n) = Stokking.Finn(stokking, serienummer);
        var l = lag[i];
        var lengde = Tekst.Legg(ut, 0, l.Ord[n % l.Ord.Length]);
        return l.Sifre == 0 ? lengde : Tekst.LeggSifre(ut, lengde, n / l.Ord.Length, l.Sifre);
    }

    private sealed record Lag(byte[][] Ord, int Sifre);
}
