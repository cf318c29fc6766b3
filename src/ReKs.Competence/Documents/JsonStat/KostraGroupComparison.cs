using System.Collections.Immutable;
using ReKs.Competence.Evaluation;
using ReKs.Competence.Model;

namespace ReKs.Competence.Documents;

/// <summary>A municipality against its KOSTRA group's average, period by period, from one official table (JSON-stat 2.0,
/// as SSB publishes KOSTRA figures): the comparison with similar municipalities that the ReKs plan asks for.</summary>
/// <remarks>
/// <para>SSB publishes a KOSTRA group's average as one more region of the same table: beside the four-digit municipality
/// numbers (3407 Gjøvik) the region dimension holds group codes such as <c>EKG13</c>. The comparison takes the two series
/// out of the table with the same content and the same other categories, and keeps a missing value missing (with its
/// status symbol) rather than closing the gap.</para>
/// <para>The plan has no municipality numbers: which node a number belongs to, and which group the municipality is in, is
/// said by the caller.</para>
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class KostraGroupComparison
{
    private static readonly IndicatorId Placeholder = new("kostra-group-comparison");

    private KostraGroupComparison(NodeId node, string municipality, string group, JsonStatCategory content, Series own, Series average)
    {
        Node = node;
        Municipality = municipality;
        Group = group;
        Content = content.Id;
        ContentLabel = content.Label;
        Periods = [.. own.Observations.Select(o => o.Period)];
        MunicipalityValues = [.. own.Observations.Select(o => o.Value)];
        GroupValues = [.. average.Observations.Select(o => o.Value)];
        Differences = [.. MunicipalityValues.Zip(GroupValues, (m, g) => m - g)];
        Latest = Differences.Any(d => d is not null) ? Enumerable.Range(0, Differences.Length).Last(i => Differences[i] is not null) : null;
    }

    /// <summary>Gets the plan's node for the municipality.</summary>
    public NodeId Node { get; }

    /// <summary>Gets the municipality's region code in the table (its four-digit number).</summary>
    public string Municipality { get; }

    /// <summary>Gets the KOSTRA group's region code in the table (e.g. <c>EKG13</c>).</summary>
    public string Group { get; }

    /// <summary>Gets the content code compared (e.g. SSB's <c>KOSandelhelseutd0000</c>).</summary>
    public string Content { get; }

    /// <summary>Gets the content's label as the table gives it.</summary>
    public string ContentLabel { get; }

    /// <summary>Gets the periods of the table, in time order.</summary>
    public ImmutableArray<MeasurementPeriod> Periods { get; }

    /// <summary>Gets the municipality's value per period; <see langword="null"/> where the table has none.</summary>
    public ImmutableArray<double?> MunicipalityValues { get; }

    /// <summary>Gets the group's average per period; <see langword="null"/> where the table has none.</summary>
    public ImmutableArray<double?> GroupValues { get; }

    /// <summary>Gets the municipality's value minus the group's average per period; <see langword="null"/> where either is missing.</summary>
    public ImmutableArray<double?> Differences { get; }

    /// <summary>Gets the position of the latest period where both values are present, or <see langword="null"/> when there is none.</summary>
    public int? Latest { get; }

    /// <summary>Compares a municipality with its KOSTRA group in an official table.</summary>
    /// <param name="table">The table: a region dimension (role <c>geo</c>) holding both codes, a time dimension (role <c>time</c>), and every other dimension of one category except the content.</param>
    /// <param name="node">The plan's node for the municipality.</param>
    /// <param name="municipality">The municipality's region code (its four-digit number).</param>
    /// <param name="group">The KOSTRA group's region code.</param>
    /// <param name="content">The content code; may be left out when the content dimension (role <c>metric</c>) has one category.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/>, <paramref name="municipality"/> or <paramref name="group"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The table has no region or time dimension, a code is not among its categories, the content is not given where several are,
    /// another dimension has more than one category, or a time code is not a period; every problem is named.</exception>
    public static KostraGroupComparison Compare(JsonStatDataset table, NodeId node, string municipality, string group, string? content = null)
    {
        Guard.Against.Null(table, nameof(table));
        Guard.Against.Null(municipality, nameof(municipality));
        Guard.Against.Null(group, nameof(group));
        Guard.Against.Default(node, nameof(node));
        var problems = new List<string>();
        var region = table.DimensionWithRole("geo");
        var metric = table.DimensionWithRole("metric");
        if (region is null)
        {
            problems.Add("the table has no region dimension (role 'geo')");
        }
        else
        {
            problems.AddRange(new[] { municipality, group }.Where(code => region.IndexOf(code) < 0).Select(code => $"region dimension '{region.Id}' has no category '{code}'"));
        }

        if (table.DimensionWithRole("time") is null)
        {
            problems.Add("the table has no time dimension (role 'time')");
        }

        JsonStatCategory? chosen = null;
        if (metric is null)
        {
            problems.Add("the table has no content dimension (role 'metric')");
        }
        else if (content is null)
        {
            chosen = metric.Categories.Length == 1 ? metric.Categories[0] : null;
            if (chosen is null)
            {
                problems.Add($"content dimension '{metric.Id}' has {metric.Categories.Length} categories: name one ({string.Join(", ", metric.Categories.Select(c => c.Id))})");
            }
        }
        else
        {
            chosen = metric.IndexOf(content) is var i and >= 0 ? metric.Categories[i] : null;
            if (chosen is null)
            {
                problems.Add($"content dimension '{metric.Id}' has no category '{content}'");
            }
        }

        problems.AddRange(table.Dimensions
            .Where(d => d.Role is not ("geo" or "metric" or "time") && d.Categories.Length > 1)
            .Select(d => $"dimension '{d.Id}' has {d.Categories.Length} categories; a comparison needs a table with one"));
        if (problems.Count > 0)
        {
            throw new ArgumentException($"KOSTRA group comparison of {municipality} with {group}: {string.Join("; ", problems)}.", nameof(table));
        }

        Series Take(string code) => table.ToSeries(Placeholder, node, new Dictionary<string, string>(StringComparer.Ordinal) { [region!.Id] = code, [metric!.Id] = chosen!.Id });
        return new KostraGroupComparison(node, municipality, group, chosen!, Take(municipality), Take(group));
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Node} ({Municipality}) against {Group}: {Content}";
}
