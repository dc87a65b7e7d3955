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
            .WithTags("Kjøretøyregister (SVV v2.0)");
        svv.MapPost("/bulk/kjennemerke", BulkEndpoints.Kjennemerker)
            .Accepts<List<Contracts.Svv.KjennemerkeForesporsel>>("application/json")
            .WithSummary("Slå opp 1–100 kjennemerker, hvert med valgfri dtg");
        svv.MapPost("/bulk/kuid", BulkEndpoints.Kuider)
            .Accepts<List<Contracts.Svv.KuidForesporsel>>("application/json")
            .WithSummary("Slå opp 1–100 kuid, hver med valgfri dtg");
        svv.MapGet("/bulk/understellsnummer/{understellsnummer}", SokEndpoints.Understellsnummer)
            .WithSummary("Alle kjøretøy med understellsnummeret");
        svv.MapGet("/sok/eiernavn", SokEndpoints.Eiernavn)
            .WithSummary("Søk på navnet til eier, medeier eller leasingtaker");

        var ks = app.MapGroup(KsBasissti)
            .AddEndpointFilter<FiksTilgangFilter>()
            .WithTags("Kjøretøyregister (KS v1)");
        ks.MapPost("/person", KsEndpoints.Person)
            .Accepts<Contracts.Ks.PersonOppslag>("application/json")
            .WithSummary("Kjøretøy en person eier, er medeier i eller leaser nå");
        ks.MapPost("/organisasjon", KsEndpoints.Organisasjon)
            .Accepts<Contracts.Ks.OrganisasjonOppslag>("application/json")
            .WithSummary("Kjøretøy en organisasjon eier, er medeier i eller leaser nå");
        return app;
    }
}
