namespace Kjoretoyregister.Register.Oppslag;

/// <summary>
/// One consistent snapshot of a register store, for one lookup or one bulk request. Every method is
/// a few index seeks. "At t" always means the row whose period [fom, til) contains t.
/// </summary>
internal interface IRegisterLesing : IDisposable
{
    /// <summary>The vehicle the plate was attached to at t (the latest attachment if the data has several).</summary>
    long? FinnKjoretoyMedKjennemerke(string sok, long t);

    long? FinnKjoretoyMedKuid(string kuid);

    IReadOnlyList<long> FinnKjoretoyMedUnderstellsnummer(string understellsnummer);

    KjoretoyRad? HentKjoretoy(long id);

    IReadOnlyList<KjennemerkeRad> HentKjennemerker(long kjoretoyId, long t);

    RegistreringRad? HentRegistrering(long kjoretoyId, long t);

    EierskapRad? HentEierskap(long kjoretoyId, long t);

    /// <summary>The trial plate with these characters that started last at or before t (it may have ended).</summary>
    ProvekjennemerkeRad? FinnProvekjennemerke(string sok, long t);

    /// <summary>The plate's driving slip that started last at or before t (it may have ended).</summary>
    KjoreseddelRad? FinnKjoreseddel(long provekjennemerkeId, long t);

    /// <summary>The id of the person with this fødselsnummer, or of the organisation with this organisasjonsnummer.</summary>
    long? FinnPart(string? fnr, string? orgnr);

    /// <summary>A page of the vehicles the parties own, co-own or lease at t, ordered by vehicle, and how many there are in all.</summary>
    (IReadOnlyList<long> Kjoretoy, int Totalt) FinnKjoretoyForParter(IReadOnlyList<long> partIder, long t, int fra, int antall);

    /// <summary>The parties whose names contain every word in <paramref name="ledd"/> (at most <paramref name="maks"/>).</summary>
    IReadOnlyList<long> FinnParterMedNavn(IReadOnlyList<string> ledd, EiernavnFilter filter, int maks);
}
