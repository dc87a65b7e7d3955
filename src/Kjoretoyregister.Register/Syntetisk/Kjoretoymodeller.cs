using System.Text;
using System.Text.Json;

namespace Kjoretoyregister.Register.Syntetisk;

/// <summary>
/// Makes and models per kind of vehicle, with the first nine characters of a realistic
/// understellsnummer (WMI + descriptor). Merkekoder for VOLKSWAGEN, MITSUBISHI and TESLA MOTORS are
/// SVV's; the others are made up for the synthetic register.
/// </summary>
internal static class Kjoretoymodeller
{
    // merke;merkekode;handelsbetegnelse;WMI+VDS (9);drivstoff (B bensin, D diesel, BD en av dem, H hybrid, E el, - ingen);klasse
    private const string Personbiler =
        "VOLKSWAGEN;5750;GOLF;WVWZZZAUZ;BD|VOLKSWAGEN;5750;PASSAT;WVWZZZ3CZ;BD|VOLKSWAGEN;5750;TIGUAN;WVGZZZ5NZ;BD|" +
        "TOYOTA;5430;COROLLA;SB1ZB3JE0;H|TOYOTA;5430;RAV4;JTMW43FV0;H|TOYOTA;5430;YARIS;VNKKL3D30;B|" +
        "VOLVO;5810;V70;YV1SW2554;D|VOLVO;5810;XC60;YV1UZ10BD;D|VOLVO;5810;V60;YV1ZW25UD;H|BMW;0750;320D;WBA8E1105;D|" +
        "BMW;0750;X5;WBAKS4100;D|MERCEDES-BENZ;3850;C 220;WDD205004;D|FORD;1820;FOCUS;WF0NXXGCH;B|PEUGEOT;4640;308;VF3LBHNZ0;B|" +
        "RENAULT;4950;CLIO;VF1RJA000;B|SKODA;5210;OCTAVIA;TMBJG7NE0;BD|AUDI;0570;A4;WAUZZZF4Z;D|OPEL;4510;ASTRA;W0LBD6EA0;B|" +
        "NISSAN;4330;QASHQAI;SJNFAAJ11;B|MAZDA;3790;CX-5;JMZKF6W10;B|SUBARU;5290;OUTBACK;JF1BS9KL0;B|HYUNDAI;2420;I30;TMAD381CA;B|" +
        "KIA;3210;CEED;U5YHN516A;B|MITSUBISHI;4011;OUTLANDER;JMBXJGF70;H";

    private const string Elbiler =
        "TESLA MOTORS;0065;MODEL 3;5YJ3E7EA0;E|TESLA MOTORS;0065;MODEL Y;XP7YGCEK0;E|TESLA MOTORS;0065;MODEL S;5YJSA7E20;E|" +
        "VOLKSWAGEN;5750;ID.4;WVGZZZE2Z;E|VOLKSWAGEN;5750;E-GOLF;WVWZZZAUZ;E|NISSAN;4330;LEAF;SJNFAAZE1;E|AUDI;0570;E-TRON;WAUZZZGE0;E|" +
        "HYUNDAI;2420;IONIQ 5;KMHKM81A0;E|KIA;3210;EV6;KNACC81C0;E|POLESTAR;4725;2;LPSED3KA0;E|BMW;0750;I3;WBY1Z2100;E|" +
        "SKODA;5210;ENYAQ;TMBJC7NY0;E|VOLVO;5810;XC40;YV1XZEFV0;E|MG;3840;MG4;LSJWH4090;E";

    private const string Varebiler =
        "VOLKSWAGEN;5750;TRANSPORTER;WV1ZZZ7HZ;D|VOLKSWAGEN;5750;CADDY;WV1ZZZ2KZ;D|VOLKSWAGEN;5750;CRAFTER;WV1ZZZSYZ;D|" +
        "FORD;1820;TRANSIT;WF0XXXTTG;D|TOYOTA;5430;HIACE;JTFSS22P0;D|TOYOTA;5430;PROACE;YARVAEHZ0;D|" +
        "MERCEDES-BENZ;3850;SPRINTER;WDB906633;D|MERCEDES-BENZ;3850;VITO;WDF447603;D|PEUGEOT;4640;PARTNER;VF3EFYHY0;D|" +
        "RENAULT;4950;KANGOO;VF1FW0ZB0;D";

    private const string Motorsykler =
        "HARLEY-DAVIDSON;2210;ELECTRA GLIDE;1HD1KEL10;B|HONDA;2350;AFRICA TWIN;JH2SD1000;B|HONDA;2350;CBR600RR;JH2PC4000;B|" +
        "YAMAHA;5950;MT-07;JYARM0600;B|YAMAHA;5950;TRACER 9;JYARN4300;B|BMW;0750;R 1250 GS;WB10J1300;B|" +
        "KAWASAKI;3020;Z900;JKAZR9A10;B|SUZUKI;5310;V-STROM 650;JS1C73310;B|KTM;3350;390 DUKE;VBKJPJ400;B|" +
        "TRIUMPH;5550;TIGER 900;SMTE10BF0;B";

    private const string Mopeder =
        "PIAGGIO;4690;ZIP;ZAPC25100;B|PIAGGIO;4690;VESPA PRIMAVERA;ZAPM81100;B|YAMAHA;5950;AEROX;VG5SE1000;B|" +
        "PEUGEOT;4640;KISBEE;VGAM1AAA0;B|DERBI;1130;SENDA;VTHSENDA0;B|NIU;4360;MQI GT;LXDNM1000;E";

    private const string Tilhengere =
        "BRENDERUP;0930;1205S;UH2120500;-;O1|BRENDERUP;0930;4310;UH2431000;-;O2|TYSSE;5470;ARTIC 3000;YE2TA3000;-;O2|" +
        "ANSSEMS;0380;GT 750;XMAGT7500;-;O1|DAXARA;1050;127;VDX127000;-;O1|HUMBAUR;2400;STEELY;WHDST1000;-;O1|" +
        "BOCKMANN;0880;AK 2000;WBMAK2000;-;O2";

    public static readonly Kjoretoymodell[] Personbil = Les(Personbiler, "M1", "Personbil");
    public static readonly Kjoretoymodell[] Elbil = Les(Elbiler, "M1", "Personbil");
    public static readonly Kjoretoymodell[] Varebil = Les(Varebiler, "N1", "Varebil");
    public static readonly Kjoretoymodell[] Motorsykkel = Les(Motorsykler, "L3e", "Motorsykkel");
    public static readonly Kjoretoymodell[] Moped = Les(Mopeder, "L1e", "Moped");
    public static readonly Kjoretoymodell[] Tilhenger = Les(Tilhengere, "O1", "Tilhenger");

    public static Kjoretoymodell[] For(Kjoretoyart art) => art switch
    {
        Kjoretoyart.Personbil => Personbil,
        Kjoretoyart.Elbil => Elbil,
        Kjoretoyart.Varebil => Varebil,
        Kjoretoyart.Motorsykkel => Motorsykkel,
        Kjoretoyart.Moped => Moped,
        _ => Tilhenger,
    };

    private static Kjoretoymodell[] Les(string liste, string klasse, string beskrivelse)
    {
        var linjer = liste.Split('|');
        var modeller = new Kjoretoymodell[linjer.Length];
        for (var i = 0; i < linjer.Length; i++)
        {
            var f = linjer[i].Split(';');
            var egenKlasse = f.Length > 5 ? f[5] : klasse;
            modeller[i] = new Kjoretoymodell(
                Tekst.Kod(f[0]), Tekst.Kod(f[1]), Tekst.Kod(f[2]), Encoding.ASCII.GetBytes(f[3]),
                f[4] switch { "B" => Drivstoff.Bensin, "D" => Drivstoff.Diesel, "BD" => Drivstoff.BensinEllerDiesel, "H" => Drivstoff.Hybrid, "E" => Drivstoff.Elektrisitet, _ => Drivstoff.Ingen },
                Tekst.Kod(egenKlasse), Tekst.Kod(beskrivelse));
        }

        return modeller;
    }
}

/// <summary>One make and model, with its technical classification (M1, N1, L3e, L1e, O1, O2).</summary>
internal sealed record Kjoretoymodell(
    JsonEncodedText Merke, JsonEncodedText MerkeKode, JsonEncodedText Handelsbetegnelse, byte[] Understellsprefiks,
    Drivstoff Drivstoff, JsonEncodedText Klasse, JsonEncodedText Klassebeskrivelse);

internal enum Drivstoff : byte
{
    Ingen,
    Bensin,
    Diesel,
    BensinEllerDiesel,
    Hybrid,
    Elektrisitet,
}

/// <summary>The kinds of vehicle in the synthetic register; each has its own plate series.</summary>
internal enum Kjoretoyart : byte
{
    Personbil,
    Elbil,
    Varebil,
    Motorsykkel,
    Moped,
    Tilhenger,
}
