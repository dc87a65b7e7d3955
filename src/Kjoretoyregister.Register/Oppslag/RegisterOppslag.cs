using Kjoretoyregister.Contracts;
using Kjoretoyregister.Contracts.Svv;

namespace Kjoretoyregister.Register.Oppslag;

/// <summary>
/// The lookup rules of CONTRACT.md §2 on top of any register store: which rows a lookup at time T
/// sees, and the trial-plate rules. Each lookup is one coarse read of the store
/// (<see cref="IRegisterLesing"/>); every rule lives here, once.
/// </summary>
internal sealed class RegisterOppslag(IRegisterLesing lager, TimeProvider tid) : IKjoretoyregister
{
    /// <summary>The most parties an owner-name search considers; a name shared by more must be narrowed.</summary>
    public const int MaksParterINavnesok = 1000;

    public async ValueTask<KjoretoyResponse> SlaOppKjennemerkeAsync(Kjennemerke kjennemerke, DateTimeOffset? dtg, CancellationToken cancellationToken = default) =>
        (await SlaOppKjennemerkerAsync([new BulkOppslag<Kjennemerke>(kjennemerke, dtg)], cancellationToken).ConfigureAwait(false))[0];

    public async ValueTask<IReadOnlyList<KjoretoyResponse>> SlaOppKjennemerkerAsync(IReadOnlyList<BulkOppslag<Kjennemerke>> oppslag, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(oppslag);
        var nokler = new Oppslagsnokkel[oppslag.Count];
        for (var i = 0; i < nokler.Length; i++)
        {
            nokler[i] = new Oppslagsnokkel(Nokkelart.Kjennemerke, oppslag[i].Nokkel.Sokenokkel, Tidspunkt(oppslag[i].Dtg));
        }

        var lest = await lager.LesAsync(nokler, cancellationToken).ConfigureAwait(false);
        var svar = new KjoretoyResponse[nokler.Length];
        for (var i = 0; i < svar.Length; i++)
        {
            var t = nokler[i].T;
            svar[i] = lest.TreffFor(i) is [var id, ..]
                ? Treff(lest, id, t)
                : Provekjennemerkeregler.SlaOpp(lest.Provekjennemerker.GetValueOrDefault(i), lest, t, medDtg: oppslag[i].Dtg is not null)
                    ?? KjoretoyResponse.Feil(Responskoder.UkjentKjennemerke(oppslag[i].Nokkel));
        }

        return svar;
    }

    public async ValueTask<KjoretoyResponse> SlaOppKuidAsync(Kuid kuid, DateTimeOffset? dtg, CancellationToken cancellationToken = default) =>
        (await SlaOppKuiderAsync([new BulkOppslag<Kuid>(kuid, dtg)], cancellationToken).ConfigureAwait(false))[0];

    public async ValueTask<IReadOnlyList<KjoretoyResponse>> SlaOppKuiderAsync(IReadOnlyList<BulkOppslag<Kuid>> oppslag, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(oppslag);
        var nokler = new Oppslagsnokkel[oppslag.Count];
        for (var i = 0; i < nokler.Length; i++)
        {
            nokler[i] = new Oppslagsnokkel(Nokkelart.Kuid, oppslag[i].Nokkel.Verdi, Tidspunkt(oppslag[i].Dtg));
        }

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

    public async ValueTask<IReadOnlyList<KjoretoyResponse>> SlaOppUnderstellsnummerAsync(Understellsnummer understellsnummer, DateTimeOffset? dtg, CancellationToken cancellationToken = default)
    {
        var t = Tidspunkt(dtg);
        var lest = await lager.LesAsync([new Oppslagsnokkel(Nokkelart.Understellsnummer, understellsnummer.Verdi, t)], cancellationToken).ConfigureAwait(false);
        var ider = lest.TreffFor(0);
        return ider.Count == 0
            ? [KjoretoyResponse.Feil(Responskoder.UkjentUnderstellsnummer(understellsnummer))]
            : ider.Select(id => Treff(lest, id, t)).ToList();
    }

    public async ValueTask<KjoretoysokResponse> SokEiernavnAsync(string navn, EiernavnFilter filter, DateTimeOffset? dtg, int fra, int antall, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var ledd = Import.Navneledd.Fra(navn);
        if (ledd.Count == 0)
        {
            throw new ArgumentException("Navnet må ha minst ett ord.", nameof(navn));
        }

        var side = await ForParterAsync(new Partsok(null, null, ledd, filter, MaksParterINavnesok, Tidspunkt(dtg), fra, antall), cancellationToken).ConfigureAwait(false);
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

    private long Tidspunkt(DateTimeOffset? dtg) => Tid.TilLagret(dtg ?? tid.GetUtcNow());
}
