using BenchmarkDotNet.Running;
using Kjoretoyregister.Benchmarks;

// dotnet run -c Release --project bench/Kjoretoyregister.Benchmarks -- --filter '*'
// dotnet run -c Release --project bench/Kjoretoyregister.Benchmarks -- maling import FILE (--sqlite PATH | --postgres CONN)
// dotnet run -c Release --project bench/Kjoretoyregister.Benchmarks -- maling latens [ANTALL] (--sqlite PATH | --postgres CONN)
// dotnet run -c Release --project bench/Kjoretoyregister.Benchmarks -- maling svarjson [ANTALL] (--sqlite PATH | --postgres CONN)
// dotnet run -c Release --project bench/Kjoretoyregister.Benchmarks -- maling plater ANTALL (--sqlite PATH | --postgres CONN)
// dotnet run -c Release --project bench/Kjoretoyregister.Benchmarks -- maling eiersok (--sqlite PATH | --postgres CONN)
// dotnet run -c Release --project bench/Kjoretoyregister.Benchmarks -- maling diagram RESULTATER.tsv UT.svg
if (args is ["maling", "diagram", var tsv, var svg])
{
    return Diagram.Lag(tsv, svg);
}

if (args is ["maling", .. var maling])
{
    return await Registermaling.KjorAsync(maling);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
