using Kjoretoyregister.Contracts.Svv;
using Kjoretoyregister.Server.Registerkilde;

namespace Kjoretoyregister.Server.SvvApi;

/// <summary>
/// With <c>Register:ExposeSvvApi=true</c> the server also plays Statens vegvesen: SVV's v2.0 paths under
/// <see cref="SvvOptions.Basissti"/>, answered from the embedded register (never from the register
/// source the Fiks side uses, which may be SVV itself), behind <see cref="SvvTilgangFilter"/>. Off, both
/// calls do nothing and the paths are 404.
/// </summary>
public static class SvvApiExtensions
{
    public const string ExposeNokkel = RegisterOptions.Seksjon + ":" + nameof(RegisterOptions.ExposeSvvApi);

    /// <summary>The route group's prefix.</summary>
    public const string Basissti = SvvOptions.Basissti + "/rest/distribusjon/kjoretoy/v2.0";

    public static WebApplicationBuilder AddSvvApi(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (!builder.Configuration.GetValue<bool>(ExposeNokkel))
        {
            return builder;
        }

        builder.Services.AddSingleton<SvvTilgangFilter>();
        builder.Services.AddHostedService<SvvKlientOppsett>();
        return builder;
    }

    public static WebApplication MapSvvApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Configuration.GetValue<bool>(ExposeNokkel))
        {
            return app;
        }

        var svv = app.MapGroup(Basissti)
            .AddEndpointFilter<SvvTilgangFilter>()
            .WithTags("SVV v2.0 (testdobbel)")
            .WithGroupName(Apidokument.ApidokumentExtensions.SvvDokument);
        svv.MapPost("/bulk/kjennemerke", SvvBulkEndpoints.Kjennemerker)
            .MedSvvFeil("SvvBulkKjennemerke")
            .Accepts<List<KjennemerkeForesporsel>>("application/json")
            .WithSummary("Slå opp 1–100 kjennemerker, hvert med valgfri dtg");
        svv.MapPost("/bulk/kuid", SvvBulkEndpoints.Kuider)
            .MedSvvFeil("SvvBulkKuid")
            .Accepts<List<KuidForesporsel>>("application/json")
            .WithSummary("Slå opp 1–100 kuid, hver med valgfri dtg");
        svv.MapGet("/bulk/understellsnummer/{understellsnummer}", SvvSokEndpoints.Understellsnummer)
            .MedSvvFeil("SvvBulkUnderstellsnummer")
            .WithSummary("Alle kjøretøy med understellsnummeret");
        svv.MapGet("/sok/eiernavn", SvvSokEndpoints.Eiernavn)
            .MedSvvFeil("SvvSokEiernavn")
            .WithSummary("Søk på navnet til eier, medeier eller leasingtaker");
        svv.MapGet("/sok/fodselsnummer", SvvEierEndpoints.Fodselsnummer)
            .MedSvvFeil("SvvSokFodselsnummer")
            .WithSummary("Kjøretøy en person eier, er medeier i eller leaser");
        svv.MapGet("/sok/organisasjonsnummer", SvvEierEndpoints.Organisasjonsnummer)
            .MedSvvFeil("SvvSokOrganisasjonsnummer")
            .WithSummary("Kjøretøy en organisasjon eier, er medeier i eller leaser");
        return app;
    }

    /// <summary>The endpoint's name (its operationId, and the operation in the log) and the error answers it shares with every SVV path.</summary>
    private static RouteHandlerBuilder MedSvvFeil(this RouteHandlerBuilder endepunkt, string navn) => endepunkt
        .WithName(navn)
        .Produces<KjoretoysokResponse>(StatusCodes.Status400BadRequest)
        .Produces<KjoretoysokResponse>(StatusCodes.Status401Unauthorized)
        .Produces<KjoretoysokResponse>(StatusCodes.Status503ServiceUnavailable);
}
