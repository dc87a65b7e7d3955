using Kjoretoyregister.Contracts;
using Kjoretoyregister.Contracts.Svv;

namespace Kjoretoyregister.Register.Oppslag;

/// <summary>
/// The lookup rules of CONTRACT.md §2 on top of any register store: which rows a lookup at time T
/// sees, and the trial-plate rules. The store only finds rows; every rule lives here, once.
/// </summary>
internal sealed class RegisterOppslag(IRegisterLager lager, TimeProvider tid) : IKjoretoyregister
{
    /// <summary>The most parties an owner-name search considers; a name shared by more must be narrowed.</summary>
    public const int MaksParterINavnesok = 1000;

    public ValueTask<KjoretoyResponse> SlaOppKjennemerkeAsync(Kjennemerke kjennemerke, DateTimeOffset? dtg, CancellationToken cancellationToken = default)
    {
        using var lesing = lager.ApneLesing();
        return new(Kjennemerke(lesing, kjennemerke, dtg));
    }

    public ValueTask<IReadOnlyList<KjoretoyResponse>> SlaOppKjennemerkerAsync(IReadOnlyList<BulkOppslag<Kjennemerke>> oppslag, CancellationToken cancellationToken = default) =>
        new(Bulk(oppslag, Kjennemerke, cancellationToken));

    public ValueTask<KjoretoyResponse> SlaOppKuidAsync(Kuid kuid, DateTimeOffset? dtg, CancellationToken cancellationToken = default)
    {
        using var lesing = lager.ApneLesing();
        return new(Kuid(lesing, kuid, dtg));
    }

    public ValueTask<IReadOnlyList<KjoretoyResponse>> SlaOppKuiderAsync(IReadOnlyList<BulkOppslag<Kuid>> oppslag, CancellationToken cancellationToken = default) =>
        new(Bulk(oppslag, Kuid, cancellationToken));

    public ValueTask<IReadOnlyList<KjoretoyResponse>> SlaOppUnderstellsnummerAsync(Understellsnummer understellsnummer, DateTimeOffset? dtg, CancellationToken cancellationToken = default)
    {
        using var lesing = lager.ApneLesing();
        var t = Tidspunkt(dtg);
        var ider = lesing.FinnKjoretoyMedUnderstellsnummer(understellsnummer.Verdi);
        IReadOnlyList<KjoretoyResponse> svar = ider.Count == 0
            ? [KjoretoyResponse.Feil(Responskoder.UkjentUnderstellsnummer(understellsnummer))]
            : Treff(lesing, ider, t);
        return new(svar);
    }

    public ValueTask<KjoretoysokResponse> SokEiernavnAsync(string navn, EiernavnFilter filter, DateTimeOffset? dtg, int fra, int antall, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var ledd = Import.Navneledd.Fra(navn);
        if (ledd.Count == 0)
        {
            throw new ArgumentException("Navnet må ha minst ett ord.", nameof(navn));
        }

        using var lesing = lager.ApneLesing();
        var t = Tidspunkt(dtg);
        var parter = lesing.FinnParterMedNavn(ledd, filter, MaksParterINavnesok);
        var (kjoretoy, totalt) = lesing.FinnKjoretoyForParter(parter, t, fra, antall);
        var svar = Treff(lesing, kjoretoy, t);
        return new(new KjoretoysokResponse([], svar.Count, totalt, svar));
    }

    public ValueTask<KjoretoySide> HentForPersonAsync(Fodselsnummer fodselsnummer, DateTimeOffset? dtg, int fra, int antall, CancellationToken cancellationToken = default) =>
        new(ForPart(fodselsnummer.Verdi, null, dtg, fra, antall));

    public ValueTask<KjoretoySide> HentForOrganisasjonAsync(Organisasjonsnummer organisasjonsnummer, DateTimeOffset? dtg, int fra, int antall, CancellationToken cancellationToken = default) =>
        new(ForPart(null, organisasjonsnummer.Verdi, dtg, fra, antall));

    private KjoretoySide ForPart(string? fnr, string? orgnr, DateTimeOffset? dtg, int fra, int antall)
    {
        using var lesing = lager.ApneLesing();
        var t = Tidspunkt(dtg);
        if (lesing.FinnPart(fnr, orgnr) is not { } part)
        {
            return new KjoretoySide(0, []);
        }

        var (kjoretoy, totalt) = lesing.FinnKjoretoyForParter([part], t, fra, antall);
        return new KjoretoySide(totalt, Treff(lesing, kjoretoy, t));
    }

    /// <summary>Every item of a bulk request in one snapshot, answered in the order asked.</summary>
    private KjoretoyResponse[] Bulk<T>(
        IReadOnlyList<BulkOppslag<T>> oppslag, Func<IRegisterLesing, T, DateTimeOffset?, KjoretoyResponse> slaOpp, CancellationToken cancellationToken)
    {
        using var lesing = lager.ApneLesing();
        var svar = new KjoretoyResponse[oppslag.Count];
        for (var i = 0; i < svar.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            svar[i] = slaOpp(lesing, oppslag[i].Nokkel, oppslag[i].Dtg);
        }

        return svar;
    }

    private KjoretoyResponse Kjennemerke(IRegisterLesing lesing, Kjennemerke kjennemerke, DateTimeOffset? dtg)
    {
        var t = Tidspunkt(dtg);
        if (lesing.FinnKjoretoyMedKjennemerke(kjennemerke.Sokenokkel, t) is { } id)
        {
            return KjoretoyResponse.Treff(KjoretoyBygger.Bygg(lesing, id, t)!);
        }

        return Provekjennemerkeregler.SlaOpp(lesing, kjennemerke.Sokenokkel, t, medDtg: dtg is not null)
            ?? KjoretoyResponse.Feil(Responskoder.UkjentKjennemerke(kjennemerke));
    }

    private KjoretoyResponse Kuid(IRegisterLesing lesing, Kuid kuid, DateTimeOffset? dtg)
    {
        var t = Tidspunkt(dtg);
        return lesing.FinnKjoretoyMedKuid(kuid.Verdi) is { } id
            ? KjoretoyResponse.Treff(KjoretoyBygger.Bygg(lesing, id, t)!)
            : KjoretoyResponse.Feil(Responskoder.UkjentKuid(kuid));
    }

    private static List<KjoretoyResponse> Treff(IRegisterLesing lesing, IReadOnlyList<long> kjoretoy, long t) =>
        kjoretoy.Select(id => KjoretoyResponse.Treff(KjoretoyBygger.Bygg(lesing, id, t)!)).ToList();

    private long Tidspunkt(DateTimeOffset? dtg) => Tid.TilLagret(dtg ?? tid.GetUtcNow());
}
