using ReKs.Competence.Model;

namespace ReKs.Competence.Gaps;

/// <summary>How one line changed between two analyses.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class GapChange
{
    internal GapChange(NodeId node, GapKey key, GapLine? before, GapLine? after)
    {
        Node = node;
        Key = key;
        Before = before;
        After = after;
    }

    /// <summary>Gets the node.</summary>
    public NodeId Node { get; }

    /// <summary>Gets the key.</summary>
    public GapKey Key { get; }

    /// <summary>Gets the line before, or <see langword="null"/> when it did not exist.</summary>
    public GapLine? Before { get; }

    /// <summary>Gets the line after, or <see langword="null"/> when it no longer exists.</summary>
    public GapLine? After { get; }

    /// <summary>Gets the change of the gap (after − before), in hundredths of a percent; negative when the gap shrank.</summary>
    public long GapChangeHundredths => (After?.Figures.Gap.Hundredths ?? 0) - (Before?.Figures.Gap.Hundredths ?? 0);

    /// <summary>Gets the change of the acquisition need (after − before), in hundredths of a percent.</summary>
    public long AcquireChangeHundredths => (After?.Figures.Acquire.Hundredths ?? 0) - (Before?.Figures.Acquire.Hundredths ?? 0);

    /// <summary>Describes the change in one line, e.g. <c>gjovik-sykehjem-nord medication≥3: gap 950 → 850 %, acquire 130 → 30 %</c>.</summary>
    /// <returns>The node, the key, and the gap and acquisition before and after (a line that appears or disappears shows as "none").</returns>
    public override string ToString()
    {
        static string Of(GapLine? line, Func<GapFigures, PositionShare> figure) => line is null ? "none" : figure(line.Figures).ToString();
        return $"{Node} {Key}: gap {Of(Before, f => f.Gap)} → {Of(After, f => f.Gap)} %, acquire {Of(Before, f => f.Acquire)} → {Of(After, f => f.Acquire)} %";
    }
}
