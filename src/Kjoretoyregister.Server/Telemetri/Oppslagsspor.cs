using Kjoretoyregister.Server.Logg;
using Kjoretoyregister.Server.Tilgang;
using Microsoft.AspNetCore.Http.Features;

namespace Kjoretoyregister.Server.Telemetri;

/// <summary>
/// A lookup's operation and outcome as attributes of its request span, set once the audit rows are written:
/// <c>kjoretoyregister.operasjon</c>, <c>kjoretoyregister.utfall</c> (the items' outcome, <c>blandet</c> when
/// they differ), <c>kjoretoyregister.elementer</c>, <c>kjoretoyregister.treff</c>, and who asked:
/// <c>kjoretoyregister.fiks_org_id</c>, <c>kjoretoyregister.integrasjon_id</c>. Never the key, a name or a
/// fødselsnummer. Nothing is done when no one records the span (no listener, or not sampled).
/// </summary>
public static class Oppslagsspor
{
    public const string Operasjon = "kjoretoyregister.operasjon";
    public const string Utfall = "kjoretoyregister.utfall";
    public const string Elementer = "kjoretoyregister.elementer";
    public const string Treff = "kjoretoyregister.treff";
    public const string FiksOrgId = "kjoretoyregister.fiks_org_id";
    public const string IntegrasjonId = "kjoretoyregister.integrasjon_id";

    public static void Merk(HttpContext http, string operasjon, FiksKontekst kontekst, IReadOnlyList<LoggRad> rader)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(kontekst);
        ArgumentNullException.ThrowIfNull(rader);
        if (http.Features.Get<IHttpActivityFeature>()?.Activity is not { IsAllDataRequested: true, Recorded: true } span || rader.Count == 0)
        {
            return;
        }

        var forste = rader[0].Utfall;
        var treff = 0;
        var blandet = false;
        foreach (var rad in rader)
        {
            treff += rad.Utfall == Logg.Utfall.Treff ? 1 : 0;
            blandet |= rad.Utfall != forste;
        }

        span.SetTag(Operasjon, operasjon);
        span.SetTag(Utfall, blandet ? "blandet" : Loggkolonner.Tekst(forste));
        span.SetTag(Elementer, rader.Count);
        span.SetTag(Treff, treff);
        span.SetTag(FiksOrgId, kontekst.FiksOrgId.ToString("D"));
        span.SetTag(IntegrasjonId, kontekst.IntegrasjonId.ToString("D"));
    }
}
