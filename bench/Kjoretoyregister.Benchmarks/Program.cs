using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Kjoretoyregister.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
