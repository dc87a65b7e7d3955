using Kjoretoyregister.Server.Drift;
using Kjoretoyregister.Server.Forvaltning.Endringer;
using Kjoretoyregister.Server.Forvaltning.Kontoer;
using Kjoretoyregister.Server.Tilgang;

namespace Kjoretoyregister.Server.Forvaltning;

/// <summary>Organisations, integrations, forvaltning's accounts and change log: the stores in <c>&lt;data directory&gt;/fiks.db</c>.</summary>
public static class ForvaltningExtensions
{
    public static WebApplicationBuilder AddForvaltning(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(sp => new FiksDatabase(sp.GetRequiredService<DataKatalog>().Fil(FiksDatabase.Filnavn)));
        builder.Services.AddSingleton<IForvaltningStore, SqliteForvaltningStore>();
        builder.Services.AddSingleton<Tregehasher>();
        builder.Services.AddSingleton<IFeilforsokStore, SqliteFeilforsokStore>();
        builder.Services.AddSingleton<IBrukerStore, SqliteBrukerStore>();
        builder.Services.AddSingleton<IEndringslogg, SqliteEndringslogg>();
        builder.Services.AddSingleton<Func<IForvaltningStore, bool>>(s => s.Svarer());
        builder.Services.AddHealthChecks().AddCheck<Lagringssjekk<IForvaltningStore>>("forvaltning", tags: ["ready"]);
        return builder;
    }
}
