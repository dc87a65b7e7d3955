using Kjoretoyregister.Contracts.Fiks;
using Kjoretoyregister.Contracts.Svv;
using Kjoretoyregister.Register;
using Kjoretoyregister.Server.Kvote;
using Kjoretoyregister.Server.Registerkilde;
using Kjoretoyregister.Server.Tilgang;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kjoretoyregister.Server.Oppslag;

/// <summary>
/// A lookup made by a person on forvaltning's lookup page (the role Oppslag), held to the API's rules:
/// the same register calls, the same fair use (per person: <see cref="Kvoter.TaForPersonAsync"/>) and
/// the same audit log (<see cref="Loggforing"/>: written before the answer is shown, or no answer), with
/// the person's username as <c>Saksbehandler</c>, the integration id <see cref="Guid.Empty"/> and the
/// client id <see cref="KlientId"/>. The page has parsed the key with the API's own types first.
/// </summary>
public sealed class Saksbehandleroppslag(IKjoretoyregister register, Loggforing loggforing, Kvoter kvoter)
{
    /// <summary>The client id the audit rows of the page name (where the API's name the Maskinporten client).</summary>
    public const string KlientId = "forvaltning-oppslag";

    /// <summary>The operation of a reveal of a fødselsnummer on the page (its own audit row).</summary>
    public const string VisFodselsnummer = "vis-fodselsnummer";

    /// <summary>How the audit log pages and the innsyn report name the page where they name an integration.</summary>
    public const string Integrasjonsnavn = "Oppslagssiden i Fiks forvaltning";

    /// <summary>Looks up, audits and answers; the refusal (429, 503 or the register's error) instead when there is one.</summary>
    public async Task<Saksbehandlersvar> SlaOppAsync(HttpContext http, Saksbehandlerforesporsel foresporsel)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(foresporsel);
        http.Features.Set(new FiksKontekst(foresporsel.FiksOrgId, Guid.Empty, foresporsel.KonsumentOrgnr, KlientId, foresporsel.Formal)
        {
            Saksbehandler = foresporsel.Brukernavn,
            Saksreferanse = foresporsel.Saksreferanse,
        });
        var operasjon = foresporsel.Operasjon;
        var nokkel = foresporsel.Nokkel;
        var loggnokkel = foresporsel.Loggnokkel ?? nokkel;
        if (await kvoter.TaForPersonAsync(http, foresporsel.Brukernavn, foresporsel.Kvote, operasjon, loggnokkel) is { } kvotefeil)
        {
            return Saksbehandlersvar.Feil(kvotefeil);
        }

        try
        {
            var ct = http.RequestAborted;
            if (foresporsel.Sok is { } sok)
            {
                var side = await register.SokEiernavnAsync(nokkel, sok.Filter, foresporsel.Dtg, 0, sok.Antall, ct);
                return await LoggAsync(http, operasjon, new(loggnokkel, foresporsel.Dtg, side.Kjoretoyresponser)) ?? Saksbehandlersvar.Sok(side);
            }

            IReadOnlyList<KjoretoyResponse> svar = foresporsel.Nokkeltype switch
            {
                Nokkeltype.Kjennemerke => [await register.SlaOppKjennemerkeAsync(Contracts.Kjennemerke.Parse(nokkel), foresporsel.Dtg, ct)],
                Nokkeltype.Kuid => [await register.SlaOppKuidAsync(Contracts.Kuid.Parse(nokkel), foresporsel.Dtg, ct)],
                _ => await register.SlaOppUnderstellsnummerAsync(Contracts.Understellsnummer.Parse(nokkel), foresporsel.Dtg, ct),
            };
            return await LoggAsync(http, operasjon, new(loggnokkel, foresporsel.Dtg, svar)) ?? Saksbehandlersvar.Treff(svar);
        }
        catch (RegisterfeilException feil)
        {
            return Saksbehandlersvar.Feil(await loggforing.FeiletAsync(http, operasjon, [new(loggnokkel, foresporsel.Dtg, null, Feilet: true)], feil));
        }
    }

    private async Task<Saksbehandlersvar?> LoggAsync(HttpContext http, string operasjon, Loggforing.Element element) =>
        await loggforing.SkrivAsync(http, operasjon, [element]) is { } loggfeil ? Saksbehandlersvar.Feil(loggfeil) : null;
}

/// <summary>Which key the page looks up by (<see cref="Nokkeltype.Kuid"/>: a vehicle chosen from a list).</summary>
public enum Nokkeltype
{
    Kjennemerke,
    Understellsnummer,
    Kuid,
    Eiernavn,
}

/// <summary>
/// One lookup from the page: who (organisation, its organisation number, the person and the organisation's
/// fair-use override), why (formål, saksreferanse), what (the key in its normal form, as the API's types
/// parse it; the owner search's narrowing in <see cref="Sok"/>), when (<see cref="Dtg"/>, null: now), and the
/// audit operation, with the key as the audit row names it when that differs (<see cref="Loggnokkel"/>: a reveal names the role too).
/// </summary>
public sealed record Saksbehandlerforesporsel(
    Guid FiksOrgId,
    string KonsumentOrgnr,
    string Brukernavn,
    Kvoteoverstyring? Kvote,
    string Formal,
    string Saksreferanse,
    Nokkeltype Nokkeltype,
    string Nokkel,
    DateTimeOffset? Dtg,
    string Operasjon,
    Eiersok? Sok = null,
    string? Loggnokkel = null);

/// <summary>An owner search's narrowing, read by <see cref="Eiernavnparametre"/>, and how many vehicles one page lists.</summary>
public sealed record Eiersok(EiernavnFilter Filter, int Antall);

/// <summary>The answer: the vehicles (<see cref="Svar"/>), an owner search's page (<see cref="Treffliste"/>), or a refusal (status and message).</summary>
public sealed record Saksbehandlersvar(IReadOnlyList<KjoretoyResponse> Svar, KjoretoysokResponse? Treffliste, int Status, string? Melding)
{
    public static Saksbehandlersvar Treff(IReadOnlyList<KjoretoyResponse> svar) => new(svar, null, StatusCodes.Status200OK, null);

    public static Saksbehandlersvar Sok(KjoretoysokResponse side) => new(side.Kjoretoyresponser, side, StatusCodes.Status200OK, null);

    public static Saksbehandlersvar Feil(JsonHttpResult<ErrorMessage> feil)
    {
        ArgumentNullException.ThrowIfNull(feil);
        return new([], null, feil.StatusCode ?? StatusCodes.Status500InternalServerError, feil.Value?.Message);
    }
}
