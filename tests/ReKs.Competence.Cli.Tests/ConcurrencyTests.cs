using System.Collections.Concurrent;
using NodaTime;
using ReKs.Competence.Gaps;
using ReKs.Competence.Model;
using ReKs.Competence.Documents;

namespace ReKs.Competence.Cli.Tests;

/// <summary>
/// The 16-thread stress of the reliability issue, kept as a test: one shared plan and one shared analysis used from
/// 16 threads at once — the analysis, its lazy members, what-ifs, the document writer and every verb of the tool
/// in-process — must give exactly what one thread gives. Bounded by a fixed number of rounds, not by time.
/// </summary>
public class ConcurrencyTests
{
    private const int Threads = 16;
    private const int Rounds = 3;
    private static readonly LocalDate AsOf = new(2026, 9, 1);
    private static readonly string Example = CliRunner.Example("gjovik-region.json");

    private static readonly string[][] Verbs =
    [
        ["validate", Example],
        ["inventory", Example, "--as-of", "2026-09-01", "--format", "markdown"],
        ["gaps", Example, "--as-of", "2026-09-01", "--node", "gjovik"],
        ["gaps", Example, "--as-of", "2026-09-01", "--regional", "--format", "json"],
        ["wheel", Example, "--year", "2027", "--format", "ics", "--recurring"],
        ["evaluate", Example, "--as-of", "2026-11-01", "--format", "json"],
        ["report", Example, "--as-of", "2026-09-01"],
    ];

    [Fact]
    public void SharedAnalysisAndEveryVerb_From16Threads_GiveWhatOneThreadGives()
    {
        var plan = PlanDocument.ReadBytes(File.ReadAllBytes(Example)).GetValueOrThrow();
        var expected = Fingerprint(GapAnalyzer.Analyse(plan, AsOf), plan);
        var expectedVerbs = Verbs.Select(v => CliRunner.Run(v)).ToArray();
        Assert.All(expectedVerbs, r => Assert.Equal(0, r.Exit));

        var shared = GapAnalyzer.Analyse(plan, AsOf); // one instance: its lazy members are first touched concurrently
        var failures = new ConcurrentQueue<string>();
        using var start = new Barrier(Threads);
        var threads = Enumerable.Range(0, Threads).Select(i => new Thread(() =>
        {
            start.SignalAndWait();
            for (var round = 0; round < Rounds; round++)
            {
                try
                {
                    var mine = i % 2 == 0 ? shared : GapAnalyzer.Analyse(plan, AsOf);
                    if (Fingerprint(mine, plan) != expected)
                    {
                        failures.Enqueue($"thread {i}, round {round}: the analysis differs");
                    }

                    var verb = (i + round) % Verbs.Length;
                    var result = CliRunner.Run(Verbs[verb]);
                    if (result != expectedVerbs[verb])
                    {
                        failures.Enqueue($"thread {i}, round {round}: '{string.Join(' ', Verbs[verb].Take(1))}' differs (exit {result.Exit})");
                    }
                }
                catch (Exception e)
                {
                    failures.Enqueue($"thread {i}, round {round}: {e.GetType().Name}: {e.Message}");
                }
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        Assert.All(threads, t => Assert.True(t.Join(TimeSpan.FromMinutes(5)), "a thread did not finish within five minutes"));
        Assert.True(failures.IsEmpty, string.Join('\n', failures.Take(20)));
    }

    /// <summary>Everything a caller can read from an analysis, and the what-ifs and the writer, as one string.</summary>
    private static string Fingerprint(GapAnalysis analysis, CompetencePlan plan)
    {
        var root = analysis.Organisation.Root.Id;
        var someone = plan.People[plan.People.Length / 2];
        var lines = string.Join('\n', analysis.Lines.Select(l => $"{l.Node} {l.Key} {l.Figures}"));
        var net = string.Join('\n', analysis.Organisation.Nodes.SelectMany(n => analysis.NetOf(n.Id).Select(kv => $"{n.Id} {kv.Key} {kv.Value}")));
        var explained = string.Join('\n', analysis.Lines.Take(25).Select(l => analysis.Explain(l).Narrative(Language.English)));
        var regional = string.Join('\n', RegionalExport.Create(analysis, root).Cells.Select(c => $"{c.Node} {c.Key} {c.Withheld} {c.Figures}"));
        var sharing = string.Join('\n', analysis.SharingSuggestions(root).Select(s => s.ToString()));
        var unrequired = analysis.Unrequired().Length;
        var without = analysis.WithoutPerson(someone.Id);
        var back = without.WithPerson(someone);
        var whatIf = $"{without.PartialOf(root).Keys.Count()} {string.Join(';', back.Lines.Select(l => l.Figures.ToString()))}";
        var written = Convert.ToBase64String(PlanDocument.Write(analysis.Plan));
        return string.Join("\n--\n", lines, net, explained, regional, sharing, unrequired, whatIf, written);
    }
}
