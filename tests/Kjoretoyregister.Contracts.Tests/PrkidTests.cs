namespace Kjoretoyregister.Contracts.Tests;

public sealed class PrkidTests : SifferIdTests<Prkid>
{
    protected override string Navn => "prkid";

    protected override string Verdi(Prkid id) => id.Verdi;
}
