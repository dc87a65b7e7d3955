using Kjoretoyregister.Contracts;
using Kjoretoyregister.Contracts.Svv;

namespace Kjoretoyregister.Register.Oppslag;

/// <summary>
/// The lookup rules of CONTRACT.md §2 on top of any register store: which rows a lookup at time T
/// sees, and the trial-plate rules. Each lookup is one coarse read of the store
/// (<see cref="IRegisterLesing"/>); every rule lives here, once. The JSON lookups hand out a vehicle's
/// stored answer for "now" (<see cref="NaaSvarBygger"/>) when it holds at the key's t, and build the
/// rest as the record lookups do, to the same bytes.
/// </summary>
internal sealed class RegisterOppslag(IRegisterLesing lager, TimeProvider tid) : IKjoretoyregister
{
    /// <summary>The most parties an owner-name search considers; a name shared by more must be narrowed.</summary>
    public const int MaksParterINavnesok = 1000;

    public async ValueTask<KjoretoyResponse> SlaOppKjennemerkeAsync(Kjennemerke kjennemerke, DateTimeOffset? dtg, CancellationToken cancellationToken = default) =>
        (await SlaOppKjennemerkerAsync([new BulkOppslag<Kjennemerke>(kjennemerke, dtg)], cancellationToken).ConfigureAwait(false))[0];

    public async ValueTask<IReadOnlyList<KjoretoyResponse>> SlaOppKjennemerkerAsync(IReadOnlyList<BulkOppslag<Kjennemerke>> oppslag, CancellationToken cancellationToken = default)
    {
        var nokler = Kjennemerkenokler(oppslag);
        var lest = await lager.LesAsync(nokler, cancellationToken).ConfigureAwait(false);
        var svar = new KjoretoyResponse[nokler.Length];
        for (var i = 0; i < svar.Length; i++)
        {
            svar[i] = lest.TreffFor(i) is [var id, ..] ? Treff(lest, id, nokler[i].T) : UtenKjoretoy(lest, i, oppslag[i], nokler[i].T);
        }

        return svar;
    }

    public async ValueTask<IReadOnlyList<Svarjson>> SlaOppKjennemerkerJsonAsync(IReadOnlyList<BulkOppslag<Kjennemerke>> oppslag, CancellationToken cancellationToken = default)
    {
        var nokler = Kjennemerkenokler(oppslag);
        var lest = await lager.LesSvarAsync(nokler, cancellationToken).ConfigureAwait(false);
        var svar = new Svarjson[nokler.Length];
        for (var i = 0; i < svar.Length; i++)
        {
            svar[i] = lest.TreffFor(i) is [var id, ..] ? TreffJson(lest, id, nokler[i].T) : Svarjson.Fra(UtenKjoretoy(lest, i, oppslag[i], nokler[i].T));
        }

        return svar;
    }

    public async ValueTask<KjoretoyResponse> SlaOppKuidAsync(Kuid kuid, DateTimeOffset? dtg, CancellationToken cancellationToken = default) =>
        (await SlaOppKuiderAsync([new BulkOppslag<Kuid>(kuid, dtg)], cancellationToken).ConfigureAwait(false))[0];

    public async ValueTask<IReadOnlyList<KjoretoyResponse>> SlaOppKuiderAsync(IReadOnlyList<BulkOppslag<Kuid>> oppslag, CancellationToken cancellationToken = default)
    {
        var nokler = Kuidnokler(oppslag);
        var lest = await lager.LesAsync(nokler, cancellationToken).ConfigureAwait(false);
        var svar = new KjoretoyResponse[nokler.Length];
        for (var i = 0; i < svar.Length; i++)
        {
            svar[i] = lest.TreffFor(i) is [var id, ..]
                ? Treff(lest, id, nokler[i].T)
                : KjoretoyResponse.Feil(Responskoder.UkjentKuid(oppslag[i].Nokkel));
        }

        return svar;
    }

    public async ValueTask<IReadOnlyList<Svarjson>> SlaOppKuiderJsonAsync(IReadOnlyList<BulkOppslag<Kuid>> oppslag, CancellationToken cancellationToken = default)
    {
        var nokler = Kuidnokler(oppslag);
        var lest = await lager.LesSvarAsync(nokler, cancellationToken).ConfigureAwait(false);
        var svar = new Svarjson[nokler.Length];
        for (var i = 0; i < svar.Length; i++)
        {
            svar[i] = lest.TreffFor(i) is [var id, ..]
                ? TreffJson(lest, id, nokler[i].T)
                : Svarjson.Fra(KjoretoyResponse.Feil(Responskoder.UkjentKuid(oppslag[i].Nokkel)));
        }

        return svar;
    }

    public async ValueTask<IReadOnlyList<KjoretoyResponse>> SlaOppUnderstellsnummerAsync(Understellsnummer understellsnummer, DateTimeOffset? dtg, CancellationToken cancellationToken = default)
    {
        var t = Tidspunkt(dtg);
        var lest = await lager.LesAsync([new Oppslagsnokkel(Nokkelart.Understellsnummer, understellsnummer.Verdi, t)], cancellationToken).ConfigureAwait(false);
        var ider = lest.TreffFor(0);
        return ider.Count == 0
            ? [KjoretoyResponse.Feil(Responskoder.UkjentUnderstellsnummer(understellsnummer))]
            : ider.Select(id => Treff(lest, id, t)).ToList();
    }

    public async ValueTask<IReadOnlyList<Svarjson>> SlaOppUnderstellsnummerJsonAsync(Understellsnummer understellsnummer, DateTimeOffset? dtg, CancellationToken cancellationToken = default)
    {
        var t = Tidspunkt(dtg);
        var lest = await lager.LesSvarAsync([new Oppslagsnokkel(Nokkelart.Understellsnummer, understellsnummer.Verdi, t)], cancellationToken).ConfigureAwait(false);
        var ider = lest.TreffFor(0);
        return ider.Count == 0
            ? [Svarjson.Fra(KjoretoyResponse.Feil(Responskoder.UkjentUnderstellsnummer(understellsnummer)))]
            : ider.Select(id => TreffJson(lest, id, t)).ToList();
    }

    public async ValueTask<KjoretoysokResponse> SokEiernavnAsync(string navn, EiernavnFilter filter, DateTimeOffset? dtg, int fra, int antall, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var ledd = Import.Navneledd.Fra(navn);
        if (ledd.Count == 0)
        {
            throw new ArgumentException("Navnet må ha minst ett ord.", nameof(navn));
        }

        var side = await ForParterAsync(new Partsok(null, null, Navneprefiks.For(ledd, filter.Fonetisk), filter, MaksParterINavnesok, Tidspunkt(dtg), fra, antall), cancellationToken).ConfigureAwait(false);
        return new KjoretoysokResponse([], side.Kjoretoy.Count, side.AntallTreffTotalt, side.Kjoretoy);
    }

    public ValueTask<KjoretoySide> HentForPersonAsync(Fodselsnummer fodselsnummer, DateTimeOffset? dtg, int fra, int antall, CancellationToken cancellationToken = default) =>
        ForParterAsync(new Partsok(fodselsnummer.Verdi, null, null, null, 1, Tidspunkt(dtg), fra, antall), cancellationToken);

    public ValueTask<KjoretoySide> HentForOrganisasjonAsync(Organisasjonsnummer organisasjonsnummer, DateTimeOffset? dtg, int fra, int antall, CancellationToken cancellationToken = default) =>
        ForParterAsync(new Partsok(null, organisasjonsnummer.Verdi, null, null, 1, Tidspunkt(dtg), fra, antall), cancellationToken);

    private async ValueTask<KjoretoySide> ForParterAsync(Partsok sok, CancellationToken cancellationToken)
    {
        var lest = await lager.LesForParterAsync(sok, cancellationToken).ConfigureAwait(false);
        return new KjoretoySide(lest.Totalt, lest.TreffFor(0).Select(id => Treff(lest, id, sok.T)).ToList());
    }

    private static KjoretoyResponse Treff(Registerrader lest, long id, long t) =>
        KjoretoyResponse.Treff(KjoretoyBygger.Bygg(lest.Kjoretoy[(id, t)]));

    /// <summary>A vehicle's answer as JSON: its stored answer when the read found one that holds at t, else built and written.</summary>
    private static Svarjson TreffJson(Registerrader lest, long id, long t) =>
        lest.Svar.TryGetValue((id, t), out var lagret) ? NaaSvarBygger.TilSvarjson(lagret) : Svarjson.Fra(Treff(lest, id, t));

    /// <summary>A plate on no vehicle at t: its trial plate's answer, or <c>KJENNEMERKE_UKJENT</c>.</summary>
    private static KjoretoyResponse UtenKjoretoy(Registerrader lest, int i, BulkOppslag<Kjennemerke> oppslag, long t) =>
        Provekjennemerkeregler.SlaOpp(lest.Provekjennemerker.GetValueOrDefault(i), lest, t, medDtg: oppslag.Dtg is not null)
            ?? KjoretoyResponse.Feil(Responskoder.UkjentKjennemerke(oppslag.Nokkel));

    private Oppslagsnokkel[] Kjennemerkenokler(IReadOnlyList<BulkOppslag<Kjennemerke>> oppslag)
    {
        ArgumentNullException.ThrowIfNull(oppslag);
        var nokler = new Oppslagsnokkel[oppslag.Count];
        for (var i = 0; i < nokler.Length; i++)
        {
            nokler[i] = new Oppslagsnokkel(Nokkelart.Kjennemerke, oppslag[i].Nokkel.Sokenokkel, Tidspunkt(oppslag[i].Dtg));
        }

        return nokler;
    }

    private Oppslagsnokkel[] Kuidnokler(IReadOnlyList<BulkOppslag<Kuid>> oppslag)
    {
        ArgumentNullException.ThrowIfNull(oppslag);
        var nokler = new Oppslagsnokkel[oppslag.Count];
        for (var i = 0; i < nokler.Length; i++)
        {
            nokler[i] = new Oppslagsnokkel(Nokkelart.Kuid, oppslag[i].Nokkel.Verdi, Tidspunkt(oppslag[i].Dtg));
        }

        return nokler;
    }

    private long Tidspunkt(DateTimeOffset? dtg) => Tid.TilLagret(dtg ?? tid.GetUtcNow());
}
