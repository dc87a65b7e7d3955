namespace Kjoretoyregister.Contracts.Tests;

public sealed class KuidTests : SifferIdTests<Kuid>
{
    protected override string Navn => "kuid";

    protected override string Verdi(Kuid id) => id.Verdi;
}
