using ReKs.Competence.Fuzz;
using SharpFuzz;

// eng/fuzz.sh runs this under afl-fuzz:   ReKs.Competence.Fuzz TARGET
// and replays saved inputs with:           ReKs.Competence.Fuzz TARGET --replay FILE...
// The contract under test: a reader never throws, whatever the bytes; it returns problems.
if (args.Length == 0 || !Targets.All.TryGetValue(args[0], out var target))
{
    Console.Error.WriteLine($"usage: ReKs.Competence.Fuzz TARGET [--replay FILE...]   TARGET one of {string.Join(", ", Targets.All.Keys)}");
    return 2;
}

if (args.Length > 1 && args[1] == "--replay")
{
    var failed = 0;
    foreach (var file in args.Skip(2))
    {
        try
        {
            target(File.ReadAllBytes(file));
            Console.WriteLine($"ok     {file}");
        }
        catch (Exception e)
        {
            failed++;
            Console.WriteLine($"THROWS {file}: {e.GetType().FullName}: {e.Message}");
            Console.WriteLine(e.StackTrace);
        }
    }

    return failed == 0 ? 0 : 1;
}

Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    target(buffer.ToArray());
});
return 0;
