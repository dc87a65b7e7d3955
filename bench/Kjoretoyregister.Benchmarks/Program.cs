using BenchmarkDotNet.Running;
using Kjoretoyregister.Benchmarks;

// dotnet run -c Release --project bench/Kjoretoyregister.Benchmarks -- --filter '*'
// dotnet run -c Release --project bench/Kjoretoyregister.Benchmarks -- maling import FILE (--sqlite PATH | --postgres CONN)
// dotnet run -c Release --project bench/Kjoretoyregister.Benchmarks -- maling latens [ANTALL] (--sqlite PATH | --postgres CONN)
if (args is ["maling", .. var maling])
{
    return await Registermaling.KjorAsync(maling);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
