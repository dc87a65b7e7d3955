using Kjoretoyregister.Server.Drift;
using Kjoretoyregister.Server.Forvaltning;
using Kjoretoyregister.Server.Kvote;
using Kjoretoyregister.Server.Logg;
using Kjoretoyregister.Server.Maskinporten;
using Kjoretoyregister.Server.Oppslag;
using Kjoretoyregister.Server.Oppstart;
using Kjoretoyregister.Server.Registerkilde;
using Kjoretoyregister.Server.SvvApi;
using Kjoretoyregister.Server.Telemetri;
using Kjoretoyregister.Server.Tilgang;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });

builder.AddDrift();
builder.AddTelemetri();
builder.AddForvaltning();
builder.AddForvaltningsweb();
builder.AddOppslagslogg();
builder.AddMaskinporten();
builder.AddTilgang();
builder.AddKvote();
builder.AddOppslag();
builder.AddRegisterkilde();
builder.AddSvvApi();
builder.AddDemo();

var app = builder.Build();

app.UseDrift();
app.UseForvaltningsweb();
app.MapDrift();
app.MapMaskinporten();
app.MapOppslag();
app.MapSvvApi();
app.MapForvaltningsweb();

await app.RunAsync();

/// <summary>The server's entry point; public so tests can start it with WebApplicationFactory.</summary>
public partial class Program;
