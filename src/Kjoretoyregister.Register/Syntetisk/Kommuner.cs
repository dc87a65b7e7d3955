using System.Globalization;
using System.Text.Json;

namespace Kjoretoyregister.Register.Syntetisk;

/// <summary>
/// Real kommuner (numbers and names after the 2024 county reform) with a postnummer range and
/// poststed in each, weighted roughly by population, and common street names for addresses.
/// </summary>
internal static class Kommuner
{
    // nummer;navn;første postnummer;siste postnummer;poststed;vekt
    private const string Liste =
        "0301;OSLO;0150;1295;OSLO;70|4601;BERGEN;5003;5099;BERGEN;29|5001;TRONDHEIM;7010;7099;TRONDHEIM;21|" +
        "1103;STAVANGER;4001;4049;STAVANGER;15|3201;BÆRUM;1300;1369;SANDVIKA;13|4204;KRISTIANSAND;4601;4639;KRISTIANSAND S;11|" +
        "3301;DRAMMEN;3001;3048;DRAMMEN;10|3203;ASKER;1370;1397;ASKER;10|3205;LILLESTRØM;2000;2027;LILLESTRØM;9|" +
        "3107;FREDRIKSTAD;1601;1639;FREDRIKSTAD;8|1108;SANDNES;4301;4329;SANDNES;8|5501;TROMSØ;9006;9038;TROMSØ;8|" +
        "3207;NORDRE FOLLO;1400;1415;SKI;6|3105;SARPSBORG;1701;1747;SARPSBORG;6|4003;SKIEN;3701;3736;SKIEN;6|" +
        "1508;ÅLESUND;6001;6030;ÅLESUND;6|3907;SANDEFJORD;3201;3239;SANDEFJORD;6|3909;LARVIK;3251;3296;LARVIK;5|" +
        "3905;TØNSBERG;3101;3127;TØNSBERG;6|1804;BODØ;8001;8050;BODØ;5|4203;ARENDAL;4801;4849;ARENDAL;5|" +
        "3209;ULLENSAKER;2050;2069;JESSHEIM;5|3103;MOSS;1501;1540;MOSS;5|4001;PORSGRUNN;3901;3949;PORSGRUNN;4|" +
        "1106;HAUGESUND;5501;5538;HAUGESUND;4|3222;LØRENSKOG;1470;1479;LØRENSKOG;4|3411;RINGSAKER;2380;2390;BRUMUNDDAL;4|" +
        "3403;HAMAR;2301;2323;HAMAR;3|3407;GJØVIK;2800;2827;GJØVIK;3|3405;LILLEHAMMER;2601;2630;LILLEHAMMER;3|" +
        "1506;MOLDE;6401;6421;MOLDE;3|1149;KARMØY;4250;4299;KOPERVIK;4|3101;HALDEN;1751;1792;HALDEN;3|" +
        "3305;RINGERIKE;3500;3519;HØNEFOSS;3|3303;KONGSBERG;3600;3619;KONGSBERG;3|5035;STJØRDAL;7500;7510;STJØRDAL;2|" +
        "1833;RANA;8601;8622;MO I RANA;2|1505;KRISTIANSUND;6501;6525;KRISTIANSUND N;2|5503;HARSTAD;9401;9415;HARSTAD;2|" +
        "3420;ELVERUM;2400;2418;ELVERUM;2|3901;HORTEN;3181;3192;HORTEN;3|3312;LIER;3400;3414;LIER;3|" +
        "4202;GRIMSTAD;4876;4890;GRIMSTAD;2|1124;SOLA;4050;4070;SOLA;3|4627;ASKØY;5300;5310;KLEPPESTØ;3|" +
        "4621;VOSS;5700;5712;VOSS;2|4614;STORD;5401;5419;STORD;2|5006;STEINKJER;7700;7725;STEINKJER;2|" +
        "5037;LEVANGER;7600;7624;LEVANGER;2|1806;NARVIK;8501;8523;NARVIK;2|5601;ALTA;9501;9519;ALTA;2|" +
        "5603;HAMMERFEST;9600;9616;HAMMERFEST;1|5605;SØR-VARANGER;9900;9917;KIRKENES;1|5607;VADSØ;9800;9815;VADSØ;1|" +
        "3401;KONGSVINGER;2200;2227;KONGSVINGER;2|3232;NITTEDAL;1480;1488;NITTEDAL;2|3240;EIDSVOLL;2080;2093;EIDSVOLL;2|" +
        "3216;VESTBY;1540;1555;VESTBY;2|3218;ÅS;1430;1433;ÅS;2|3214;FROGN;1440;1449;DRØBAK;2|" +
        "3212;NESODDEN;1450;1459;NESODDTANGEN;2|3903;HOLMESTRAND;3080;3095;HOLMESTRAND;1|3911;FÆRDER;3140;3150;NØTTERØY;2|" +
        "4005;NOTODDEN;3670;3681;NOTODDEN;1|4602;KINN;6900;6914;FLORØ;1|1865;VÅGAN;8300;8310;SVOLVÆR;1|" +
        "5031;MALVIK;7550;7563;HOMMELVIK;1|5028;MELHUS;7223;7236;MELHUS;1|5007;NAMSOS;7800;7822;NAMSOS;1|" +
        "3413;STANGE;2335;2340;STANGE;2|1101;EIGERSUND;4370;4379;EGERSUND;1|4205;LINDESNES;4514;4517;MANDAL;2";

    private const string Gater =
        "STORGATA|KIRKEVEIEN|SKOLEVEIEN|PARKVEIEN|BJØRKEVEIEN|FURUVEIEN|SOLVEIEN|ENGVEIEN|INDUSTRIVEIEN|" +
        "HAGEVEIEN|NYGATA|HOVEDVEIEN|STASJONSVEIEN|BRUGATA|SJØGATA|LIAVEIEN|BAKKEVEIEN|GRANVEIEN|" +
        "LINDEVEIEN|ASKEVEIEN|ROGNEVEIEN|SKOGVEIEN|FJELLVEIEN|ÅSVEIEN|MOVEIEN|TUNVEIEN|NORDRE GATE|" +
        "SØNDRE GATE|KONGENS GATE|DRONNINGENS GATE|TORGGATA|STRANDVEIEN|HAVNEGATA|ELVEGATA|VESTRE VEI|" +
        "ØSTRE VEI|MÅNEVEIEN|STJERNEVEIEN|LØKKEVEIEN|GÅRDSVEIEN|SKRENTEN|KLØVERVEIEN|BLÅBÆRSTIEN|" +
        "TYTTEBÆRVEIEN|MYRVEIEN|NESVEIEN|BEKKEVEIEN|KJØPMANNSGATA|RÅDHUSGATA|TEATERGATA";

    public static readonly Kommune[] Alle = Les();

    public static readonly byte[][] Gatenavn = Tekst.Utf8(Gater, '|');

    private static readonly int[] Kumulativ = LagKumulativ();

    /// <summary>A kommune, drawn with the weights (Oslo most often).</summary>
    public static Kommune Velg(SplitMix64 tilfeldig)
    {
        var trekk = tilfeldig.Next(Kumulativ[^1]);
        var indeks = Array.BinarySearch(Kumulativ, trekk + 1);
        return Alle[indeks >= 0 ? indeks : ~indeks];
    }

    private static Kommune[] Les()
    {
        var linjer = Liste.Split('|');
        var kommuner = new Kommune[linjer.Length];
        for (var i = 0; i < linjer.Length; i++)
        {
            var f = linjer[i].Split(';');
            kommuner[i] = new Kommune(
                Tekst.Kod(f[0]), Tekst.Kod(f[1]),
                int.Parse(f[2], CultureInfo.InvariantCulture), int.Parse(f[3], CultureInfo.InvariantCulture),
                Tekst.Kod(f[4]), System.Text.Encoding.UTF8.GetBytes(f[4]), int.Parse(f[5], CultureInfo.InvariantCulture));
        }

        return kommuner;
    }

    private static int[] LagKumulativ()
    {
        var kumulativ = new int[Alle.Length];
        var sum = 0;
        for (var i = 0; i < Alle.Length; i++)
        {
            sum += Alle[i].Vekt;
            kumulativ[i] = sum;
        }

        return kumulativ;
    }
}

/// <summary>A kommune with the postnummer range used for addresses in it.</summary>
internal sealed record Kommune(
    JsonEncodedText Nummer, JsonEncodedText Navn, int ForstePostnummer, int SistePostnummer,
    JsonEncodedText Poststed, byte[] PoststedUtf8, int Vekt);
