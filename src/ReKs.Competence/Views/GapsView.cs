using System.Collections.Immutable;
using NodaTime;
using ReKs.Competence.Gaps;
using ReKs.Competence.Model;

namespace ReKs.Competence.Views;

/// <summary>The gap analysis of one node's sub-tree as every output shows it (table, markdown, JSON <c>reks.gaps</c>,
/// the report): the lines, the net view of every node, the sharing suggestions and the unrequired competence.</summary>
/// <remarks>A view holds the facts an output shows and nothing an output would have to compute again; it is built
/// once from the core results with <see cref="Create(GapAnalysis, NodeId)"/>. All amounts are in percent of a full position.</remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class GapsView
{
    /// <summary>The name of the JSON output written from this view.</summary>
    public const string FormatName = "reks.gaps";

    /// <summary>The version of the JSON output written from this view (2: <c>format</c> replaced <c>kind</c>).</summary>
    public const int FormatVersion = 2;

    private GapsView(LocalizedText plan, LocalDate asOf, NodeId scope, GapOptions options, ImmutableArray<GapLine> lines, ImmutableArray<NetLine> net, ImmutableArray<SharingSuggestion> sharing, ImmutableArray<UnrequiredCompetence> unrequired, PlanGlossary glossary)
    {
        Glossary = glossary;
        Plan = plan;
        AsOf = asOf;
        Scope = scope;
        Options = options;
        Lines = lines;
        Net = net;
        Sharing = sharing;
        Unrequired = unrequired;
    }

    /// <summary>Gets the plan's vocabulary (names of nodes, competences, goals and levels) the view is read with.</summary>
    public PlanGlossary Glossary { get; }

    /// <summary>Gets the plan's name.</summary>
    public LocalizedText Plan { get; }

    /// <summary>Gets the date the analysis describes.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the node whose sub-tree the view shows.</summary>
    public NodeId Scope { get; }

    /// <summary>Gets the options the analysis ran with.</summary>
    public GapOptions Options { get; }

    /// <summary>Gets the lines of the nodes in scope, in the analysis' order.</summary>
    public ImmutableArray<GapLine> Lines { get; }

    /// <summary>Gets the net view of every node in scope, nodes in identifier order, then by key.</summary>
    public ImmutableArray<NetLine> Net { get; }

    /// <summary>Gets the sharing suggestions below the scope's node.</summary>
    public ImmutableArray<SharingSuggestion> Sharing { get; }

    /// <summary>Gets the competence held in scope that no requirement asks for.</summary>
    public ImmutableArray<UnrequiredCompetence> Unrequired { get; }

    /// <summary>Builds the view of an analysis for one node's sub-tree.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <param name="scope">The node whose sub-tree to show.</param>
    /// <returns>The view.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="analysis"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The organisation has no node <paramref name="scope"/>.</exception>
    public static GapsView Create(GapAnalysis analysis, NodeId scope) =>
        Create(analysis, scope, PlanGlossary.Of(Guard.Against.Null(analysis, nameof(analysis)).Plan));

    /// <summary>Builds the view with the glossary of the analysis' plan already built (the report builds it once for all its views).</summary>
    internal static GapsView Create(GapAnalysis analysis, NodeId scope, PlanGlossary glossary)
    {
        if (!analysis.Organisation.Contains(scope))
        {
            throw new ArgumentException($"The organisation has no node '{scope}'.", nameof(scope));
        }

        var nodes = analysis.Organisation.SubtreeOf(scope).Select(n => n.Id).ToHashSet();
        var net = nodes.Order().SelectMany(n => analysis.NetOf(n).Select(kv => new NetLine(n, kv.Key, kv.Value)));
        return new GapsView(
            analysis.Plan.Name,
            analysis.AsOf,
            scope,
            analysis.Options,
            [.. analysis.Lines.Where(l => nodes.Contains(l.Node))],
            [.. net],
            analysis.SharingSuggestions(scope),
            [.. analysis.Unrequired().Where(u => nodes.Contains(u.Node))], glossary);
    }
}
