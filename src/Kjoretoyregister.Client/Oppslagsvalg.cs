namespace Kjoretoyregister.Client;

/// <summary>
/// Why and for whom one call is made, sent as the optional headers <c>Formal</c>, <c>Saksbehandler</c> and
/// <c>Saksreferanse</c> and written in the kommune's audit log beside the lookup. The kommune's innsyn report
/// (GDPR art. 15) shows them to the person looked up, so give the case and a pseudonymous employee id,
/// never a name or a fødselsnummer. Each value is at most 100 characters, without control characters;
/// the server refuses anything else with 400 naming the header.
/// </summary>
public sealed class Oppslagsvalg
{
    /// <summary>The most characters each value may have.</summary>
    public const int MaksLengde = 100;

    /// <param name="formal">The purpose, e.g. <c>PARKERINGSGEBYR</c>: a code from the kommune's catalogue when its integration has "Formål påkrevd" on.</param>
    /// <param name="saksbehandler">The fagsystem's pseudonymous id for the employee making the lookup.</param>
    /// <param name="saksreferanse">The case the lookup is made in, e.g. the parking fine's number.</param>
    public Oppslagsvalg(string? formal = null, string? saksbehandler = null, string? saksreferanse = null)
    {
        Formal = Sjekk(formal, nameof(formal));
        Saksbehandler = Sjekk(saksbehandler, nameof(saksbehandler));
        Saksreferanse = Sjekk(saksreferanse, nameof(saksreferanse));
    }

    /// <summary>The purpose (header <c>Formal</c>); not sent when null or blank.</summary>
    public string? Formal { get; }

    /// <summary>The employee's pseudonymous id (header <c>Saksbehandler</c>); not sent when null or blank.</summary>
    public string? Saksbehandler { get; }

    /// <summary>The case (header <c>Saksreferanse</c>); not sent when null or blank.</summary>
    public string? Saksreferanse { get; }

    /// <summary>Only a purpose, as the calls' <c>formal</c> parameter gives it.</summary>
    internal static Oppslagsvalg? BareFormal(string? formal) => string.IsNullOrWhiteSpace(formal) ? null : new Oppslagsvalg(formal);

    private static string? Sjekk(string? verdi, string navn)
    {
        if (string.IsNullOrWhiteSpace(verdi))
        {
            return null;
        }

        if (verdi!.Length > MaksLengde || verdi.Any(char.IsControl))
        {
            throw new ArgumentException($"{navn} kan ha høyst {MaksLengde} tegn og ingen kontrolltegn.", navn);
        }

        return verdi;
    }
}
