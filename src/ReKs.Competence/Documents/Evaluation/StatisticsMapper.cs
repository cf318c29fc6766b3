using System.Text.Json;
using ReKs.Competence.Evaluation;
using ReKs.Competence.Model;

namespace ReKs.Competence.Documents;

/// <summary>Reads the evaluation document's <c>statistics</c>: official tables (JSON-stat 2.0, as SSB's API returns them)
/// taken apart into one series per mapped region and content code, every problem at its JSON path.</summary>
internal static class StatisticsMapper
{
    public static void Series(StatisticsDto d, ProblemPath at, IReadOnlyDictionary<IndicatorId, Indicator> indicators, HashSet<string> declared, List<Series> series, EvaluationMapper.NodeRef node, Func<string, byte[]?>? openFile, List<Problem> problems)
    {
        var before = problems.Count;
        var dataset = Dataset(d, at, openFile, problems);
        var regions = new List<(string Code, NodeId Node, ProblemPath At)>();
        for (var r = 0; r < d.Regions.Count; r++)
        {
            var rat = at.Then("regions", r);
            if (node(d.Regions[r].Node, rat.Then("node"), out var n))
            {
                regions.Add((d.Regions[r].Code, n, rat));
            }
        }

        var contents = new List<(string Code, Indicator Indicator, ProblemPath At)>();
        for (var c = 0; c < d.Contents.Count; c++)
        {
            var cat = at.Then("contents", c);
            if (PlanMapper.Id<IndicatorId>(d.Contents[c].Indicator, cat.Then("indicator"), problems, IndicatorId.TryCreate, out var iid))
            {
                if (indicators.TryGetValue(iid, out var indicator))
                {
                    contents.Add((d.Contents[c].Code, indicator, cat));
                }
                else if (!declared.Contains(d.Contents[c].Indicator))
                {
                    problems.Add(new Problem(cat.Then("indicator"), ProblemKind.UnknownReference, $"indicator '{iid}' is not defined in $.indicators"));
                }
            }
        }

        Duplicates(d.Regions.Select(x => x.Code), at, "regions", "region code", problems);
        Duplicates(d.Contents.Select(x => x.Code), at, "contents", "content code", problems);
        if (regions.Count == 0 && d.Regions.Count == 0)
        {
            problems.Add(new Problem(at.Then("regions"), ProblemKind.InvalidValue, "map one region code to a node at least"));
        }

        if (contents.Count < d.Contents.Count && problems.Count == before)
        {
            // An indicator that is declared but failed its own checks is reported there; its table is not read.
            return;
        }

        if (contents.Count == 0 && d.Contents.Count == 0)
        {
            problems.Add(new Problem(at.Then("contents"), ProblemKind.InvalidValue, "map one content code to an indicator at least"));
        }

        if (dataset is null || problems.Count > before)
        {
            return;
        }

        var region = Role(dataset, d.Region, "geo", at.Then("region"), problems);
        var content = Role(dataset, d.Content, "metric", at.Then("content"), problems);
        var time = Role(dataset, d.Time, "time", at.Then("time"), problems);
        var fixedAt = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var f = 0; f < (d.Fixed?.Count ?? 0); f++)
        {
            var fat = at.Then("fixed", f);
            var x = d.Fixed![f];
            if (dataset.FindDimension(x.Dimension) is not { } dim)
            {
                problems.Add(new Problem(fat.Then("dimension"), ProblemKind.UnknownReference, $"the table has no dimension '{x.Dimension}'; it has {string.Join(", ", dataset.Dimensions.Select(y => y.Id))}"));
            }
            else if (dim.IndexOf(x.Category) < 0)
            {
                problems.Add(new Problem(fat.Then("category"), ProblemKind.UnknownReference, $"dimension '{x.Dimension}' has no category '{x.Category}'"));
            }
            else if (dim.Id == region?.Id || dim.Id == content?.Id || dim.Id == time?.Id || !fixedAt.TryAdd(dim.Id, x.Category))
            {
                problems.Add(new Problem(fat.Then("dimension"), ProblemKind.InvalidValue, $"dimension '{x.Dimension}' is the region, content or time dimension, or fixed twice; fix each other dimension once"));
            }
        }

        foreach (var (code, _, rat) in regions.Where(x => region is not null && region.IndexOf(x.Code) < 0))
        {
            problems.Add(new Problem(rat.Then("code"), ProblemKind.UnknownReference, $"the table's region dimension '{region!.Id}' has no category '{code}'"));
        }

        foreach (var (code, _, cat) in contents.Where(x => content is not null && content.IndexOf(x.Code) < 0))
        {
            problems.Add(new Problem(cat.Then("code"), ProblemKind.UnknownReference, $"the table's content dimension '{content!.Id}' has no category '{code}'"));
        }

        foreach (var dim in dataset.Dimensions.Where(x => x.Categories.Length > 1 && x.Id != region?.Id && x.Id != content?.Id && x.Id != time?.Id && !fixedAt.ContainsKey(x.Id)))
        {
            problems.Add(new Problem(at.Then("fixed"), ProblemKind.Missing, $"dimension '{dim.Id}' has {dim.Categories.Length} categories; fix one with {{\"dimension\": \"{dim.Id}\", \"category\": …}}"));
        }

        if (region is null || content is null || time is null || problems.Count > before)
        {
            return;
        }

        var taken = series.Select(s => (s.Indicator, s.Node)).ToHashSet();
        foreach (var (code, n, rat) in regions)
        {
            foreach (var (ccode, indicator, cat) in contents)
            {
                var coordinates = new Dictionary<string, string>(fixedAt, StringComparer.Ordinal) { [region.Id] = code, [content.Id] = ccode };
                var (one, problem, _) = dataset.TakeSeries(indicator.Id, n, coordinates, time.Id);
                if (one is not { } s)
                {
                    problems.Add(new Problem(at.Then("time"), ProblemKind.InvalidValue, FirstSentence(problem!)));
                    return;
                }

                if (!taken.Add((s.Indicator, s.Node)))
                {
                    problems.Add(new Problem(rat.Then("node"), ProblemKind.Duplicate, $"indicator '{indicator.Id}' at node '{n}' already has a series; a series comes from one place"));
                    continue;
                }

                // SSB publishes values only: an indicator read from a table is a measurement or a count, never a numerator.
                var ok = true;
                foreach (var o in s.Observations)
                {
                    var count = problems.Count;
                    EvaluationRules.CheckValue(indicator, o, cat.Then("indicator"), problems);
                    if (problems.Count > count)
                    {
                        problems[^1] = new Problem(problems[^1].Location, problems[^1].Kind, $"region {code}, {o.Period}: {problems[^1].Message}");
                        ok = false;
                        break;
                    }
                }

                if (ok)
                {
                    series.Add(s);
                }
            }
        }
    }

    private static JsonStatDataset? Dataset(StatisticsDto d, ProblemPath at, Func<string, byte[]?>? openFile, List<Problem> problems)
    {
        byte[]? bytes;
        ProblemPath root;
        if (d.Dataset.HasValue == (d.File is not null))
        {
            problems.Add(new Problem(at, ProblemKind.InvalidValue, "give the table either inline as \"dataset\" or as a \"file\" beside the document, one of the two"));
            return null;
        }

        if (d.File is { } file)
        {
            root = ProblemPath.Of(file);
            if (openFile is null)
            {
                problems.Add(new Problem(at.Then("file"), ProblemKind.InvalidValue, $"the table '{file}' is in a file, and this reader was given no way to open files; read the document from its file"));
                return null;
            }

            bytes = openFile(file);
            if (bytes is null)
            {
                problems.Add(new Problem(at.Then("file"), ProblemKind.UnknownReference, $"the table file '{file}' cannot be read beside the document"));
                return null;
            }
        }
        else
        {
            root = at.Then("dataset");
            bytes = System.Text.Encoding.UTF8.GetBytes(d.Dataset!.Value.GetRawText());
        }

        var result = JsonStatDataset.ReadBytes(bytes);
        foreach (var p in result.Problems)
        {
            problems.Add(new Problem(root.Then(p.Location.Segments.AsSpan()), p.Kind, p.Message, p.Line, p.Column));
        }

        return result.Value;
    }

    private static JsonStatDimension? Role(JsonStatDataset dataset, string? id, string role, ProblemPath at, List<Problem> problems)
    {
        if (id is not null)
        {
            var found = dataset.FindDimension(id);
            if (found is null)
            {
                problems.Add(new Problem(at, ProblemKind.UnknownReference, $"the table has no dimension '{id}'; it has {string.Join(", ", dataset.Dimensions.Select(x => x.Id))}"));
            }

            return found;
        }

        var byRole = dataset.DimensionWithRole(role);
        if (byRole is null)
        {
            problems.Add(new Problem(at, ProblemKind.Missing, $"the table gives no dimension the role '{role}'; name it ({string.Join(", ", dataset.Dimensions.Select(x => x.Id))})"));
        }

        return byRole;
    }

    private static void Duplicates(IEnumerable<string> codes, ProblemPath at, string list, string what, List<Problem> problems)
    {
        var i = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var code in codes)
        {
            if (!seen.Add(code))
            {
                problems.Add(new Problem(at.Then(list, i).Then("code"), ProblemKind.Duplicate, $"{what} '{code}' is mapped twice"));
            }

            i++;
        }
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(" (Parameter", StringComparison.Ordinal);
        return end < 0 ? message : message[..end];
    }
}
