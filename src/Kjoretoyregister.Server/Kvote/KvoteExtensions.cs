using Microsoft.Extensions.Options;

namespace Kjoretoyregister.Server.Kvote;

/// <summary>Fair use's services; the authentication chain (<see cref="Tilgang.FiksTilgangFilter"/>) asks <see cref="Kvoter"/> last.</summary>
public static class KvoteExtensions
{
    public static WebApplicationBuilder AddKvote(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<KvoteOptions>().BindConfiguration(KvoteOptions.Seksjon).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<KvoteOptions>, Validering>();
        builder.Services.AddSingleton<Kvoter>();
        return builder;
    }

    /// <summary>A bad limit stops the start with a message naming the setting.</summary>
    private sealed class Validering : IValidateOptions<KvoteOptions>
    {
        public ValidateOptionsResult Validate(string? name, KvoteOptions options)
        {
            var feil = new List<string>();
            Sjekk(options.Integrasjon, "Kvote:Integrasjon", feil);
            Sjekk(options.Organisasjon, "Kvote:Organisasjon", feil);
            return feil.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(feil);
        }

        private static void Sjekk(Kvotegrense? grense, string nokkel, List<string> feil)
        {
            if (grense is null || !(grense.OppslagPerSekund >= 0.0001) || grense.OppslagPerSekund > Kvoteoverstyring.Storste)
            {
                feil.Add($"{nokkel}:OppslagPerSekund må være et tall fra 0.0001 til {Kvoteoverstyring.Storste}.");
            }

            if (grense is null || grense.Kapasitet < Kvoteoverstyring.MinsteKapasitet || grense.Kapasitet > Kvoteoverstyring.Storste)
            {
                feil.Add($"{nokkel}:Kapasitet må være et heltall fra {Kvoteoverstyring.MinsteKapasitet} til {Kvoteoverstyring.Storste} (et bulkkall på 100 elementer må få plass).");
            }
        }
    }
}
