using ReKs.Competence.Model;

namespace ReKs.Competence.Gaps;

/// <summary>The additive figures of a line, or of a partial (the sum of lines): requirement, capital, needs and surplus, exact to hundredths of a percent.</summary>
/// <remarks>
/// <para>For one line (amount A, used supply S_used, unused supply S_unused, developable D):
/// gap = max(0, A − S_used); mobilise = min(gap, S_unused); develop = min(gap − mobilise, D);
/// acquire = gap − mobilise − develop; surplus = max(0, S_used + S_unused − A). Conservation holds:
/// gap = mobilise + develop + acquire.</para>
/// <para>A partial adds these figures element-wise over lines (<see cref="op_Addition"/>); merging in any order or
/// grouping gives the same sum. <see cref="People"/> counts the distinct people counted on the line in any class
/// (qualified or developable): within one key a person is on at most one line, so it adds up too.</para>
/// <para>Equality compares every figure. The <see langword="default"/> value is all zeros (<see cref="Zero"/>).</para>
/// </remarks>
/// <threadsafety>This type is an immutable value type: every member is safe to call from any thread, and a value may be shared between threads.</threadsafety>
public readonly struct GapFigures : IEquatable<GapFigures>
{
    private readonly long _amount;
    private readonly long _used;
    private readonly long _unused;
    private readonly long _developable;
    private readonly long _gap;
    private readonly long _mobilise;
    private readonly long _develop;
    private readonly long _acquire;
    private readonly long _surplus;

    private GapFigures(long amount, long used, long unused, long developable, int heads, int people, long gap, long mobilise, long develop, long acquire, long surplus)
    {
        _amount = amount;
        _used = used;
        _unused = unused;
        _developable = developable;
        Heads = heads;
        People = people;
        _gap = gap;
        _mobilise = mobilise;
        _develop = develop;
        _acquire = acquire;
        _surplus = surplus;
    }

    /// <summary>Gets the figures of nothing: all zeros.</summary>
    public static GapFigures Zero => default;

    /// <summary>Gets the amount required (A).</summary>
    public PositionShare Amount => PositionShare.FromHundredths(_amount);

    /// <summary>Gets the position share of qualified people who use the competence (S_used): capital in use.</summary>
    public PositionShare UsedSupply => PositionShare.FromHundredths(_used);

    /// <summary>Gets the position share of qualified people who do not use it (S_unused): capital held but unused.</summary>
    public PositionShare UnusedSupply => PositionShare.FromHundredths(_unused);

    /// <summary>Gets the position share of developable people (D).</summary>
    public PositionShare Developable => PositionShare.FromHundredths(_developable);

    /// <summary>Gets the number of qualified people (H).</summary>
    public int Heads { get; }

    /// <summary>Gets the number of distinct people counted in any class (P): qualified or developable.</summary>
    public int People { get; }

    /// <summary>Gets the gap: the requirement not met by capital in use.</summary>
    public PositionShare Gap => PositionShare.FromHundredths(_gap);

    /// <summary>Gets the mobilisation need (mobiliseringsbehov): met by competence held but unused.</summary>
    public PositionShare Mobilise => PositionShare.FromHundredths(_mobilise);

    /// <summary>Gets the learning need (læringsbehov): met by developing current staff.</summary>
    public PositionShare Develop => PositionShare.FromHundredths(_develop);

    /// <summary>Gets the acquisition need (anskaffelsesbehov): met only by recruiting or buying competence.</summary>
    public PositionShare Acquire => PositionShare.FromHundredths(_acquire);

    /// <summary>Gets the surplus: qualified capital beyond the requirement (a candidate to share or phase out).</summary>
    public PositionShare Surplus => PositionShare.FromHundredths(_surplus);

    /// <summary>Computes the figures of one line by the local allocation.</summary>
    /// <param name="amount">The amount required (zero when the node has no requirement on the line).</param>
    /// <param name="usedSupply">The position share of qualified people who use the competence.</param>
    /// <param name="unusedSupply">The position share of qualified people who do not.</param>
    /// <param name="developable">The position share of developable people.</param>
    /// <param name="heads">The number of qualified people.</param>
    /// <param name="people">The number of people counted in any class.</param>
    /// <returns>The line's figures.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="heads"/> or <paramref name="people"/> is negative, or <paramref name="people"/> is smaller than <paramref name="heads"/>.</exception>
    public static GapFigures ForLine(PositionShare amount, PositionShare usedSupply, PositionShare unusedSupply, PositionShare developable, int heads, int people)
    {
        Guard.Against.OutOfRange(heads, nameof(heads), 0, int.MaxValue);
        Guard.Against.OutOfRange(people, nameof(people), heads, int.MaxValue);
        return Line(amount.Hundredths, usedSupply.Hundredths, unusedSupply.Hundredths, developable.Hundredths, heads, people);
    }

    /// <summary>The local allocation on values the caller has already checked (the kernel's counts): no guard, no allocation.</summary>
    internal static GapFigures Line(long a, long used, long unused, long d, int heads, int people)
    {
        var gap = Math.Max(0, a - used);
        var mobilise = Math.Min(gap, unused);
        var develop = Math.Min(gap - mobilise, d);
        var acquire = gap - mobilise - develop;
        var surplus = Math.Max(0, used + unused - a);
        return new GapFigures(a, used, unused, d, heads, people, gap, mobilise, develop, acquire, surplus);
    }

    /// <summary>Whether mobilising unused capital meets the whole gap of a line with these inputs (its
    /// <see cref="Line"/>'s gap equals its mobilise), without computing the figures: gap = max(0, A − used) and mobilise =
    /// min(gap, unused), equal exactly when unused covers the gap.</summary>
    internal static bool MobilisingMeetsGap(long a, long used, long unused) => unused >= Math.Max(0, a - used);

    /// <summary>Merges two sets of figures by adding every figure.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The element-wise sum.</returns>
    public static GapFigures operator +(GapFigures left, GapFigures right) => new(
        checked(left._amount + right._amount), checked(left._used + right._used), checked(left._unused + right._unused),
        checked(left._developable + right._developable), checked(left.Heads + right.Heads), checked(left.People + right.People),
        checked(left._gap + right._gap), checked(left._mobilise + right._mobilise), checked(left._develop + right._develop),
        checked(left._acquire + right._acquire), checked(left._surplus + right._surplus));

    /// <summary>Removes figures that were added before (for incremental updates).</summary>
    /// <param name="left">The sum.</param>
    /// <param name="right">The figures to take out; every figure must be part of <paramref name="left"/>.</param>
    /// <returns>The element-wise difference.</returns>
    /// <exception cref="InvalidOperationException">A figure would become negative: <paramref name="right"/> was not part of <paramref name="left"/>.</exception>
    public static GapFigures operator -(GapFigures left, GapFigures right)
    {
        var result = new GapFigures(
            left._amount - right._amount, left._used - right._used, left._unused - right._unused, left._developable - right._developable,
            left.Heads - right.Heads, left.People - right.People, left._gap - right._gap, left._mobilise - right._mobilise,
            left._develop - right._develop, left._acquire - right._acquire, left._surplus - right._surplus);
        if (result._amount >= 0 && result._used >= 0 && result._unused >= 0 && result._developable >= 0 && result.Heads >= 0 && result.People >= 0
            && result._gap >= 0 && result._mobilise >= 0 && result._develop >= 0 && result._acquire >= 0 && result._surplus >= 0)
        {
            return result;
        }

        // Only on failure: name the figures that went negative.
        var negative = new (string Name, long Value)[]
        {
            ("amount", result._amount), ("used", result._used), ("unused", result._unused), ("developable", result._developable), ("heads", result.Heads),
            ("people", result.People), ("gap", result._gap), ("mobilise", result._mobilise), ("develop", result._develop), ("acquire", result._acquire), ("surplus", result._surplus),
        }.Where(f => f.Value < 0).Select(f => f.Name);
        throw new InvalidOperationException($"Figures were subtracted that were never added: {string.Join(", ", negative)} would become negative.");
    }

    /// <summary>Merges two sets of figures by adding every figure.</summary>
    /// <param name="other">The figures to add.</param>
    /// <returns>The element-wise sum.</returns>
    public GapFigures Add(GapFigures other) => this + other;

    /// <summary>Removes figures that were added before.</summary>
    /// <param name="other">The figures to take out.</param>
    /// <returns>The element-wise difference.</returns>
    /// <exception cref="InvalidOperationException">A figure would become negative.</exception>
    public GapFigures Subtract(GapFigures other) => this - other;

    /// <summary>Computes the net view: spare capacity in the sub-tree is shared before anyone is recruited, then before anyone is trained.</summary>
    /// <returns>The net figures.</returns>
    public NetFigures Net()
    {
        var shared = Math.Min(_develop + _acquire, _surplus);
        return new NetFigures(
            Amount,
            Heads,
            Gap,
            PositionShare.FromHundredths(_mobilise + shared),
            PositionShare.FromHundredths(_develop - Math.Max(0, shared - _acquire)),
            PositionShare.FromHundredths(Math.Max(0, _acquire - shared)),
            PositionShare.FromHundredths(_surplus - shared),
            PositionShare.FromHundredths(shared));
    }

    /// <inheritdoc/>
    public bool Equals(GapFigures other) =>
        _amount == other._amount && _used == other._used && _unused == other._unused && _developable == other._developable
        && Heads == other.Heads && People == other.People && _gap == other._gap && _mobilise == other._mobilise
        && _develop == other._develop && _acquire == other._acquire && _surplus == other._surplus;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is GapFigures other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_amount, _used, _unused, _developable, Heads, _gap, _surplus);

    /// <summary>Describes the figures.</summary>
    /// <returns>Text for people, in percent of a full position.</returns>
    public override string ToString() =>
        $"A {Amount} used {UsedSupply} unused {UnusedSupply} dev {Developable} H {Heads} P {People} → gap {Gap} = mobilise {Mobilise} + develop {Develop} + acquire {Acquire}; surplus {Surplus}";

    /// <summary>Compares two sets of figures for equality.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when every figure is equal.</returns>
    public static bool operator ==(GapFigures left, GapFigures right) => left.Equals(right);

    /// <summary>Compares two sets of figures for inequality.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when a figure differs.</returns>
    public static bool operator !=(GapFigures left, GapFigures right) => !left.Equals(right);
}
