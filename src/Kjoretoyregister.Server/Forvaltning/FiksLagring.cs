using Kjoretoyregister.Register.Lagring;
using Kjoretoyregister.Server.Drift;
using Kjoretoyregister.Server.Forvaltning.Endringer;
using Kjoretoyregister.Server.Forvaltning.Kontoer;
using Kjoretoyregister.Server.Maskinporten;
using Kjoretoyregister.Server.Tilgang;

namespace Kjoretoyregister.Server.Forvaltning;

/// <summary>
/// The Fiks side's stores on the configured engine: organisations and integrations, accounts, the
/// change log, wrong-password counts, and the local issuer's clients and signing key.
/// </summary>
public static class FiksLagring
{
    public static IServiceCollection AddFiksLagring(this IServiceCollection services, Lagringsmotor motor)
    {
        services.AddHealthChecks().AddCheck<Forvaltningssjekk>("forvaltning", tags: ["ready"]);
        if (motor == Lagringsmotor.Postgres)
        {
            services.AddSingleton<IForvaltningStore, PostgresForvaltningStore>();
            services.AddSingleton<IBrukerStore, PostgresBrukerStore>();
            services.AddSingleton<IEndringslogg, PostgresEndringslogg>();
            return services;
        }

        services.AddSingleton(sp => new FiksDatabase(sp.GetRequiredService<DataKatalog>().Fil(FiksDatabase.Filnavn)));
        services.AddSingleton<IForvaltningStore, SqliteForvaltningStore>();
        services.AddSingleton<IFeilforsokStore, SqliteFeilforsokStore>();
        services.AddSingleton<IBrukerStore, SqliteBrukerStore>();
        services.AddSingleton<IEndringslogg, SqliteEndringslogg>();
        services.AddSingleton<IMaskinportenKlientStore, SqliteMaskinportenKlientStore>();
        services.AddSingleton<Utstedernokkel>();
        return services;
    }
}
