using Kjoretoyregister.Server.Drift;

namespace Kjoretoyregister.Server.Forvaltning;

/// <summary>Organisations and integrations: the store in <c>&lt;data directory&gt;/fiks.db</c>.</summary>
public static class ForvaltningExtensions
{
    public static WebApplicationBuilder AddForvaltning(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(sp => new FiksDatabase(sp.GetRequiredService<DataKatalog>().Fil(FiksDatabase.Filnavn)));
        builder.Services.AddSingleton<IForvaltningStore, SqliteForvaltningStore>();
        builder.Services.AddSingleton<Func<IForvaltningStore, bool>>(s => s.Svarer());
        builder.Services.AddHealthChecks().AddCheck<Lagringssjekk<IForvaltningStore>>("forvaltning", tags: ["ready"]);
        return builder;
    }
}
