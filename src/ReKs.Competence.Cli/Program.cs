using NodaTime;
using NodaTime.Extensions;
using ReKs.Competence.Cli;

// The edge: the only place that reads the clock and the console.
return ReksCli.Run(args, Console.Out, Console.Error, SystemClock.Instance.InZone(DateTimeZoneProviders.Tzdb["Europe/Oslo"]).GetCurrentDate());
