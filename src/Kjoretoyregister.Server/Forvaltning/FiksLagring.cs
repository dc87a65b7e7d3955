using Kjoretoyregister.Register.Lagring;
using Kjoretoyregister.Server.Drift;
using Kjoretoyregister.Server.Forvaltning.Endringer;
using Kjoretoyregister.Server.Forvaltning.Kontoer;
using Kjoretoyregister.Server.Maskinporten;
using Kjoretoyregister.Server.Tilgang;

namespace Kjoretoyregister.Server.Forvaltning;

/// <summary>
/// The Fiks side's stores on the configured engine: organisations and integrations, accounts, the
/// change log, and the access state every instance shares (wrong-password counts, the local issuer's
/// clients, signing key and spent grant ids).
/// </summary>
public static class FiksLagring
{
    public static IServiceCollection AddFiksLagring(this IServiceCollection services, Lagringsmotor motor)
    {
        services.AddHealthChecks().AddCheck<Lagringssjekk<IForvaltningStore>>("forvaltning", tags: ["ready"]);
        services.AddSingleton<Func<IForvaltningStore, CancellationToken, ValueTask<bool>>>((s, cancellationToken) => new ValueTask<bool>(s.SvarerAsync(cancellationToken)));
        if (motor == Lagringsmotor.Sqlite)
        {
            services.AddSingleton(sp => new FiksDatabase(sp.GetRequiredService<DataKatalog>().Fil(FiksDatabase.Filnavn)));
            services.AddSingleton<IForvaltningStore, SqliteForvaltningStore>();
            services.AddSingleton<IBrukerStore, SqliteBrukerStore>();
            services.AddSingleton<IEndringslogg, SqliteEndringslogg>();
            services.AddSingleton<IFeilforsokStore, SqliteFeilforsokStore>();
            services.AddSingleton<IMaskinportenKlientStore, SqliteMaskinportenKlientStore>();
            services.AddSingleton<ISigneringsnokkelStore, SqliteSigneringsnokkelStore>();
            services.AddSingleton<IJtiStore, SqliteJtiStore>();
        }
        else
        {
            // Organisations, integrations, accounts and the change log (migration set "fiks").
            services.AddSingleton<IForvaltningStore, PostgresForvaltningStore>();
            services.AddSingleton<IBrukerStore, PostgresBrukerStore>();
            services.AddSingleton<IEndringslogg, PostgresEndringslogg>();

            // The access state every instance shares (migration set "tilgang").
            services.AddSingleton<IFeilforsokStore, PostgresFeilforsokStore>();
            services.AddSingleton<IMaskinportenKlientStore, PostgresMaskinportenKlientStore>();
            services.AddSingleton<ISigneringsnokkelStore, PostgresSigneringsnokkelStore>();
            services.AddSingleton<IJtiStore, PostgresJtiStore>();
        }

        services.AddSingleton<Utstedernokkel>();
        return services;
    }
}
