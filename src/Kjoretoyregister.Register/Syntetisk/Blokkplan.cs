namespace Kjoretoyregister.Register.Syntetisk;

/// <summary>
/// Vehicles are generated in blocks of 200. A block fixes, by two seeded permutations, which
/// offsets get which kind of vehicle and which role (personalised plate, plate that moves to
/// another vehicle, unregistered dealer stock, shared understellsnummer). Counting per block is
/// what makes plates unique without remembering anything: vehicle kind k at rank r in block b gets
/// plate serial b·(vehicles of that series per block) + r. Everything here is a pure function of
/// (seed, block), so vehicle i is the same whatever Antall is.
/// </summary>
internal sealed class Blokkplan
{
    public const int Storrelse = 200;
    public const int Ordinare = 142;
    public const int Elektriske = 16;
    public const int Firesifrede = 42;
    public const int PersonligePerBlokk = 10;
    public const int FlyttbarePerBlokk = 2;

    private static readonly Kjoretoyart[] Arter = LagArter();

    private readonly int seed;
    private readonly int sisteDag;
    private readonly SplitMix64 tilfeldig = new();
    private readonly int[] artPlass = new int[Storrelse];
    private readonly int[] rollePlass = new int[Storrelse];
    private readonly int[] flyttedager = new int[FlyttbarePerBlokk];

    public Blokkplan(int seed, int sisteDag)
    {
        this.seed = seed;
        this.sisteDag = sisteDag;
    }

    public long Nummer { get; private set; } = -1;

    /// <summary>The dealer holding this block's unregistered vehicles and its annual trial plate.</summary>
    public Part Forhandler { get; private set; }

    /// <summary>Vehicles written in this block that a trial plate may be used on (unregistered or deregistered).</summary>
    public List<long> Kandidater { get; } = new(32);

    public void Forbered(long blokk)
    {
        Nummer = blokk;
        tilfeldig.Start(seed, StreamKind.Blokk, blokk);
        Stokk(artPlass);
        Stokk(rollePlass);
        for (var i = 0; i < FlyttbarePerBlokk; i++)
        {
            // The day a personalised plate moves from one vehicle to another.
            flyttedager[i] = sisteDag - 60 - tilfeldig.Next(8 * 365);
        }

        Forhandler = Parter.Forhandler(tilfeldig);
        Kandidater.Clear();
    }

    public Kjoretoyart Art(int offset) => Arter[artPlass[offset]];

    public Kjennemerkegruppe Gruppe(int offset) => artPlass[offset] switch
    {
        < Ordinare => Kjennemerkegruppe.Ordinar,
        < Ordinare + Elektriske => Kjennemerkegruppe.El,
        _ => Kjennemerkegruppe.FireSifre,
    };

    /// <summary>The plate serial number within the vehicle's series, unique over the whole file.</summary>
    public long Serienummer(int offset)
    {
        var plass = artPlass[offset];
        return plass switch
        {
            < Ordinare => (Nummer * Ordinare) + plass,
            < Ordinare + Elektriske => (Nummer * Elektriske) + plass - Ordinare,
            _ => (Nummer * Firesifrede) + plass - Ordinare - Elektriske,
        };
    }

    public Rolle Rolle(int offset) => rollePlass[offset] switch
    {
        < FlyttbarePerBlokk => Syntetisk.Rolle.FlyttetFra,
        < 2 * FlyttbarePerBlokk => Syntetisk.Rolle.FlyttetTil,
        < PersonligePerBlokk + FlyttbarePerBlokk => Syntetisk.Rolle.Personlig,
        < PersonligePerBlokk + FlyttbarePerBlokk + 4 => Syntetisk.Rolle.Uregistrert,
        PersonligePerBlokk + FlyttbarePerBlokk + 4 => Syntetisk.Rolle.DelerUnderstellsnummer,
        _ => Syntetisk.Rolle.Vanlig,
    };

    /// <summary>The personalised plate's serial number: two per block move between two vehicles.</summary>
    public long PersonligSerienummer(int offset)
    {
        var plass = rollePlass[offset];
        var slot = plass < 2 * FlyttbarePerBlokk ? plass % FlyttbarePerBlokk : plass - FlyttbarePerBlokk;
        return (Nummer * PersonligePerBlokk) + slot;
    }

    /// <summary>The day the moving plate of this offset (a FlyttetFra or FlyttetTil vehicle) moves.</summary>
    public int Flyttedag(int offset) => flyttedager[rollePlass[offset] % FlyttbarePerBlokk];

    /// <summary>Another offset in the block with the same kind of vehicle, or -1.</summary>
    public int Tvilling(int offset)
    {
        for (var i = 1; i < Storrelse; i++)
        {
            var annen = (offset + i) % Storrelse;
            if (Art(annen) == Art(offset))
            {
                return annen;
            }
        }

        return -1;
    }

    private void Stokk(int[] plasser)
    {
        for (var i = 0; i < plasser.Length; i++)
        {
            plasser[i] = i;
        }

        for (var i = plasser.Length - 1; i > 0; i--)
        {
            var j = tilfeldig.Next(i + 1);
            (plasser[i], plasser[j]) = (plasser[j], plasser[i]);
        }
    }

    private static Kjoretoyart[] LagArter()
    {
        // Positions 0–141 use the ordinary series, 142–157 the EL series, 158–199 the 4-digit series.
        var arter = new Kjoretoyart[Storrelse];
        for (var i = 0; i < Storrelse; i++)
        {
            arter[i] = i switch
            {
                < 130 => Kjoretoyart.Personbil,
                < Ordinare => Kjoretoyart.Varebil,
                < Ordinare + Elektriske => Kjoretoyart.Elbil,
                < 168 => Kjoretoyart.Motorsykkel,
                < 176 => Kjoretoyart.Moped,
                _ => Kjoretoyart.Tilhenger,
            };
        }

        return arter;
    }
}

internal enum Kjennemerkegruppe : byte
{
    Ordinar,
    El,
    FireSifre,
}

/// <summary>What a vehicle is for in its block, beyond its own random history.</summary>
internal enum Rolle : byte
{
    Vanlig,
    Personlig,
    FlyttetFra,
    FlyttetTil,
    Uregistrert,
    DelerUnderstellsnummer,
}
