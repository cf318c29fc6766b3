using BenchmarkDotNet.Running;
using ReKs.Competence.Benchmarks;

if (args is ["probe", ..])
{
    Probe.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 4);
    return;
}

if (args is ["readprobe", ..])
{
    ReadProbe.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
