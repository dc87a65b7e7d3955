namespace Kjoretoyregister.Server.Tests.Testdata;

/// <summary>Tests that check a deadline: run on their own, after the tests that run in parallel.</summary>
[CollectionDefinition(Navn, DisableParallelization = true)]
public sealed class Alene
{
    public const string Navn = "Alene";
}
