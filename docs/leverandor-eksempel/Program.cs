using Kjoretoyregister.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

var konfig = new ConfigurationBuilder().AddJsonFile(Path.GetFullPath(args[0])).Build();
using var tjenester = new ServiceCollection().AddKjoretoyregisterClient(konfig).Services.BuildServiceProvider();
var klient = tjenester.GetRequiredService<KjoretoyregisterClient>();

foreach (var svar in await klient.SlaOppKjennemerkerAsync([args[1]], formal: "Parkeringsgebyr"))
{
    var eier = svar.Kjoretoy?.Eierskap?.Eier;
    Console.WriteLine(eier is null ? "ukjent" : $"{eier.Person?.Etternavn ?? eier.Enhet?.Organisasjonsnavn} ({svar.Kjoretoy!.Registrering?.Registreringsstatus?.KodeVerdi})");
}
