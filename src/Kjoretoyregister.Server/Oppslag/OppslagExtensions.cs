using Kjoretoyregister.Server.Apidokument;
using Kjoretoyregister.Server.Logg;
using Kjoretoyregister.Server.Tilgang;

namespace Kjoretoyregister.Server.Oppslag;

/// <summary>
/// The API of CONTRACT.md §4: SVV's v2.0 paths under Fiks's base path and KS's v1 operations, each
/// behind the authentication chain (<see cref="FiksTilgangFilter"/>) and audited (<see cref="Loggforing"/>).
/// </summary>
public static class OppslagExtensions
{
    public const string Basissti = "/kjoretoyregister/api/{fiksOrgId}/rest/distribusjon/kjoretoy/v2.0";
    public const string KsBasissti = "/kjoretoyregister/api/v1/ks/{fiksOrgId}";

    public static WebApplicationBuilder AddOppslag(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<Loggforing>();
        builder.Services.AddSingleton<Saksbehandleroppslag>();
        return builder;
    }

    public static WebApplication MapOppslag(this WebApplication app)
    {
        var svv = app.MapGroup(Basissti)
            .AddEndpointFilter<FiksTilgangFilter>()
            .WithTags(Dokumentinfo.SvvTagg);
        svv.MapPost("/bulk/kjennemerke", BulkEndpoints.Kjennemerker)
            .SomLeverandoroperasjon("SlaOppKjennemerker", harKropp: true)
            .WithMetadata(new Loggoperasjon(Operasjoner.Kjennemerke))
            .Accepts<List<Contracts.Svv.KjennemerkeForesporsel>>("application/json")
            .WithSummary("Slå opp 1–100 kjennemerker, hvert med valgfri dtg")
            .WithDescription("Svaret har ett KjoretoyResponse per element, i samme rekkefølge. Et element uten treff eller med en ugyldig verdi får responskoder (KJENNEMERKE_UKJENT, UGYLDIG_KJENNEMERKE, UGYLDIG_DTG) i stedet for kjoretoy; resten svares likevel med 200.");
        svv.MapPost("/bulk/kuid", BulkEndpoints.Kuider)
            .SomLeverandoroperasjon("SlaOppKuid", harKropp: true)
            .WithMetadata(new Loggoperasjon(Operasjoner.Kuid))
            .Accepts<List<Contracts.Svv.KuidForesporsel>>("application/json")
            .WithSummary("Slå opp 1–100 kuid, hver med valgfri dtg")
            .WithDescription("Svaret har ett KjoretoyResponse per element, i samme rekkefølge. Et element uten treff eller med en ugyldig verdi får responskoder (KUID_UKJENT, UGYLDIG_KUID, UGYLDIG_DTG) i stedet for kjoretoy; resten svares likevel med 200.");
        svv.MapGet("/bulk/understellsnummer/{understellsnummer}", SokEndpoints.Understellsnummer)
            .SomLeverandoroperasjon("SlaOppUnderstellsnummer", harKropp: false)
            .WithMetadata(new Loggoperasjon(Operasjoner.Understellsnummer, "understellsnummer"))
            .WithSummary("Alle kjøretøy med understellsnummeret")
            .WithDescription("Flere kjøretøy kan ha samme understellsnummer; alle kommer med. Uten treff er svaret ett KjoretoyResponse med responskoden UNDERSTELLSNUMMER_UKJENT.");
        svv.MapGet("/sok/eiernavn", SokEndpoints.Eiernavn)
            .SomLeverandoroperasjon("SokEiernavn", harKropp: false)
            .WithMetadata(new Loggoperasjon(Operasjoner.Eiernavn, "navn"))
            .WithSummary("Søk på navnet til eier, medeier eller leasingtaker")
            .WithDescription("En side av treffene (fra, antall). 204 uten kropp når ingenting passer.");

        var ks = app.MapGroup(KsBasissti)
            .AddEndpointFilter<FiksTilgangFilter>()
            .WithTags(Dokumentinfo.KsTagg);
        ks.MapPost("/person", KsEndpoints.Person)
            .SomLeverandoroperasjon("HentForPerson", harKropp: true)
            .WithMetadata(new Loggoperasjon(Operasjoner.Person))
            .Accepts<Contracts.Ks.PersonOppslag>("application/json")
            .WithSummary("Kjøretøy en person eier, er medeier i eller leaser nå")
            .WithDescription("Høyst 1000 kjøretøy. En feilmelding gjentar aldri fødselsnummeret.");
        ks.MapPost("/organisasjon", KsEndpoints.Organisasjon)
            .SomLeverandoroperasjon("HentForOrganisasjon", harKropp: true)
            .WithMetadata(new Loggoperasjon(Operasjoner.Organisasjon))
            .Accepts<Contracts.Ks.OrganisasjonOppslag>("application/json")
            .WithSummary("Kjøretøy en organisasjon eier, er medeier i eller leaser nå")
            .WithDescription("En side om gangen: fra (standard 0) og antall (1–1000, standard 100).");
        return app;
    }
}
