using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using ReKs.Competence.Benchmarks;

if (args is ["probe", ..])
{
    Probe.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 4);
    return;
}

if (args is ["kprobe", ..])
{
    KernelProbe.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 3);
    return;
}

if (args is ["readprobe", ..])
{
    ReadProbe.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
    return;
}

// Benchmarks that take minutes at national size, which the in-process toolchain's default timeout (5 minutes with the
// setup) refuses: REKS_LONG_RUN=<minutes> runs the short job in this process with that timeout, and
// REKS_LONG_RUN=<minutes>,cold one cold run of each benchmark (the naive peer at national size). No --job or --inProcess then.
if (Environment.GetEnvironmentVariable("REKS_LONG_RUN") is { Length: > 0 } longRun)
{
    var parts = longRun.Split(',');
    var timeout = TimeSpan.FromMinutes(int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture));
    var job = (parts is [_, "cold"] ? Job.Dry.WithWarmupCount(0) : Job.ShortRun).WithToolchain(new InProcessEmitToolchain(timeout, logOutput: true));
    BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, DefaultConfig.Instance.AddJob(job));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
