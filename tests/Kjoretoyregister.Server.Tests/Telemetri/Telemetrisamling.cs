namespace Kjoretoyregister.Server.Tests.Telemetri;

/// <summary>
/// The telemetry tests run on their own: ASP.NET Core's activity source is one per process, and a meter
/// provider listens to every meter of its name, so servers of other tests running at the same time would be
/// seen too.
/// </summary>
[CollectionDefinition(Navn, DisableParallelization = true)]
public sealed class Telemetrisamling
{
    public const string Navn = "Telemetri";
}
