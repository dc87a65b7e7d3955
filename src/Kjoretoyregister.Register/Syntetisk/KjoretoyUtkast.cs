namespace Kjoretoyregister.Register.Syntetisk;

/// <summary>
/// One vehicle before it is written: reused for every vehicle (fixed-size arrays), so the
/// generator allocates nothing per vehicle. Times are <see cref="Oslotid"/> minutes; an open
/// period ends at <see cref="Apen"/>.
/// </summary>
internal sealed class KjoretoyUtkast
{
    public const int Apen = int.MaxValue;

    public long Indeks { get; set; }

    public Kjoretoyart Art { get; set; }

    public Kjoretoymodell Modell { get; set; } = Kjoretoymodeller.Personbil[0];

    public Drivstoff Drivstoff { get; set; }

    public int Arsmodell { get; set; }

    public byte[] Understellsnummer { get; } = new byte[17];

    /// <summary>Day of first registration in Norway, or -1.</summary>
    public int Forstegangsdag { get; set; }

    /// <summary>Days of the periodic inspection, or -1.</summary>
    public int Kontrollfrist { get; set; }

    public int SistGodkjent { get; set; }

    public Kjennemerkeperiode[] Kjennemerker { get; } = [new(), new()];

    public int AntallKjennemerker { get; set; }

    public Registreringsperiode[] Registreringer { get; } = new Registreringsperiode[6];

    public int AntallRegistreringer { get; set; }

    public Eierskapsperiode[] Eierskap { get; } = new Eierskapsperiode[5];

    public int AntallEierskap { get; set; }

    public void Nullstill(long indeks, Kjoretoyart art)
    {
        Indeks = indeks;
        Art = art;
        Forstegangsdag = -1;
        Kontrollfrist = -1;
        SistGodkjent = -1;
        AntallKjennemerker = 0;
        AntallRegistreringer = 0;
        AntallEierskap = 0;
    }

    public Kjennemerkeperiode NyttKjennemerke() => Kjennemerker[AntallKjennemerker++];

    public void LeggTilRegistrering(Registreringsstatus status, int fom, int til) =>
        Registreringer[AntallRegistreringer++] = new Registreringsperiode(status, fom, til);
}

/// <summary>A plate attached to the vehicle for a period; the text buffer is reused.</summary>
internal sealed class Kjennemerkeperiode
{
    public byte[] Tekst { get; } = new byte[24];

    public int Lengde { get; set; }

    public bool Personlig { get; set; }

    public System.Text.Json.JsonEncodedText Type { get; set; }

    public int Fom { get; set; }

    public int Til { get; set; }
}

internal readonly record struct Registreringsperiode(Registreringsstatus Status, int Fom, int Til);

internal readonly record struct Eierskapsperiode(int Fom, int Til, Part Eier, Part Medeier, Part Leasingtaker, Part Underenhet);
