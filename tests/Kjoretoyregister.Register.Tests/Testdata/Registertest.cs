using Kjoretoyregister.Register.Lagring;

namespace Kjoretoyregister.Register.Tests.Testdata;

/// <summary>
/// The base of the register tests that run on both engines: each test class is abstract, with a
/// sealed subclass per engine. Every test gets a register of its own (<see cref="register"/>).
/// </summary>
public abstract class Registertest(Lagringsmotor motor) : IAsyncLifetime
{
    /// <summary>Every engine, for <c>[MemberData]</c>.</summary>
    public static TheoryData<Lagringsmotor> Motorer { get; } = [Lagringsmotor.Sqlite, Lagringsmotor.Postgres];

    protected Lagringsmotor Motor { get; } = motor;

#pragma warning disable SA1401, CA1051 // the test's register, named as the tests have always named it
    private protected TestRegister register = null!;
#pragma warning restore SA1401, CA1051

    public async Task InitializeAsync()
    {
        register = await TestRegister.OpprettAsync(Motor);
        await ArrangerAsync();
    }

    public async Task DisposeAsync() => await register.DisposeAsync();

    /// <summary>What every test of the class starts from (after the register is made).</summary>
    protected virtual Task ArrangerAsync() => Task.CompletedTask;
}
