using Kjoretoyregister.Server.Apidokument;
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
        return builder;
    }

    public static WebApplication MapOppslag(this WebApplication app)
    {
        var svv = app.MapGroup(Basissti)
            .AddEndpointFilter<FiksTilgangFilter>()
            .WithTags(Dokumentinfo.SvvTagg);
        svv.MapPost("/bulk/kjennemerke", BulkEndpoints.Kjennemerker)
            .SomLeverandoroperasjon("SlaOppKjennemerker", harKropp: true)
            .Accepts<List<Contracts.Svv.KjennemerkeForesporsel>>("application/json")
            .WithSummary("Slå opp 1–100 kjennemerker, hvert med valgfri dtg");
        svv.MapPost("/bulk/kuid", BulkEndpoints.Kuider)
            .SomLeverandoroperasjon("SlaOppKuid", harKropp: true)
            .Accepts<List<Contracts.Svv.KuidForesporsel>>("application/json")
            .WithSummary("Slå opp 1–100 kuid, hver med valgfri dtg");
        svv.MapGet("/bulk/understellsnummer/{understellsnummer}", SokEndpoints.Understellsnummer)
            .SomLeverandoroperasjon("SlaOppUnderstellsnummer", harKropp: false)
            .WithSummary("Alle kjøretøy med understellsnummeret");
        svv.MapGet("/sok/eiernavn", SokEndpoints.Eiernavn)
            .SomLeverandoroperasjon("SokEiernavn", harKropp: false)
            .WithSummary("Søk på navnet til eier, medeier eller leasingtaker");

        var ks = app.MapGroup(KsBasissti)
            .AddEndpointFilter<FiksTilgangFilter>()
            .WithTags(Dokumentinfo.KsTagg);
        ks.MapPost("/person", KsEndpoints.Person)
            .SomLeverandoroperasjon("HentForPerson", harKropp: true)
            .Accepts<Contracts.Ks.PersonOppslag>("application/json")
            .WithSummary("Kjøretøy en person eier, er medeier i eller leaser nå");
        ks.MapPost("/organisasjon", KsEndpoints.Organisasjon)
            .SomLeverandoroperasjon("HentForOrganisasjon", harKropp: true)
            .Accepts<Contracts.Ks.OrganisasjonOppslag>("application/json")
            .WithSummary("Kjøretøy en organisasjon eier, er medeier i eller leaser nå");
        return app;
    }
}
