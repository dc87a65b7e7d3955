using System.Text.Json;
using Kjoretoyregister.Contracts.Json;
using Kjoretoyregister.Contracts.Svv;

namespace Kjoretoyregister.Register;

/// <summary>
/// One lookup answer ready to send: <see cref="Json"/> is the <see cref="KjoretoyResponse"/> exactly as
/// <see cref="KontraktJsonContext.Kompakt"/> writes it, beside what the audit log needs (the vehicles and
/// parties it discloses). A register that stores its answers for "now" hands them out as they lie; any
/// other builds the record and writes it (<see cref="Fra"/>).
/// </summary>
/// <param name="Json">The answer's UTF-8 JSON.</param>
/// <param name="ErTreff">True when the answer carries a vehicle or a trial plate.</param>
/// <param name="ErUgyldig">True when a response code says the item was invalid (<c>UGYLDIG_*</c>).</param>
/// <param name="Kuider">The kuid of every vehicle in the answer.</param>
/// <param name="Parter">The fødselsnummer or organisasjonsnummer of every person and organisation in the answer, each once.</param>
public sealed record Svarjson(byte[] Json, bool ErTreff, bool ErUgyldig, IReadOnlyList<string> Kuider, IReadOnlyList<string> Parter)
{
    /// <summary>The answer written as JSON, with its vehicles and parties.</summary>
    public static Svarjson Fra(KjoretoyResponse svar)
    {
        ArgumentNullException.ThrowIfNull(svar);
        var kuider = new List<string>(1);
        var parter = new List<string>(2);
        LeggTil(svar, kuider, parter);
        return new Svarjson(
            JsonSerializer.SerializeToUtf8Bytes(svar, KontraktJsonContext.Kompakt.KjoretoyResponse),
            svar.ErTreff,
            ErUgyldigSvar(svar),
            kuider,
            parter);
    }

    /// <summary>True when a response code of the answer says the item was invalid (<c>UGYLDIG_*</c>).</summary>
    public static bool ErUgyldigSvar(KjoretoyResponse svar)
    {
        ArgumentNullException.ThrowIfNull(svar);
        return svar.Responskoder.Any(k => k.Kode.StartsWith("UGYLDIG_", StringComparison.Ordinal));
    }

    /// <summary>Adds the answer's vehicles and parties (each party once, in the order met: eier, medeier, leasingtaker, underenhet; a trial plate's eier, then its driving slip's bruker).</summary>
    public static void LeggTil(KjoretoyResponse svar, List<string> kuider, List<string> parter)
    {
        ArgumentNullException.ThrowIfNull(svar);
        ArgumentNullException.ThrowIfNull(kuider);
        ArgumentNullException.ThrowIfNull(parter);
        if (svar.Kjoretoy is { } kjoretoy)
        {
            kuider.Add(kjoretoy.KjoretoyId.Kuid);
            if (kjoretoy.Eierskap is { } e)
            {
                Legg(parter, e.Eier, e.Medeier, e.Leasingtaker, e.Underenhet);
            }
        }

        if (svar.Provekjennemerke is { } prove)
        {
            Legg(parter, prove.Eier, prove.Kjoreseddel?.Bruker);
        }
    }

    private static void Legg(List<string> parter, params ReadOnlySpan<PersonEnhet?> roller)
    {
        foreach (var rolle in roller)
        {
            var id = rolle?.Person?.Fodselsnummer ?? rolle?.Enhet?.Organisasjonsnummer;
            if (id is not null && !parter.Contains(id))
            {
                parter.Add(id);
            }
        }
    }
}
