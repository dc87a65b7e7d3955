namespace Kjoretoyregister.Server.Forvaltning;

/// <summary>What forvaltning needs beside its stores (those are registered by <c>AddLagring</c>): the slow password hasher.</summary>
public static class ForvaltningExtensions
{
    public static WebApplicationBuilder AddForvaltning(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<Tregehasher>();
        return builder;
    }
}
