using System.Collections.Immutable;
using System.Globalization;

namespace ReKs.Competence.Evaluation;

/// <summary>
/// Survey answers on a Likert scale 1..k, summarised the ways course evaluations are read: the distribution, the mean with
/// its t interval, the median, and the top-box share with its Wilson interval. Summaries of the same scale merge by adding counts, so unit
/// results roll up to a municipality and periods become a series (<see cref="ToObservation"/>).
/// </summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class LikertSummary
{
    private LikertSummary(LikertScale scale, ImmutableArray<int> counts)
    {
        Scale = scale;
        Counts = counts;
        Total = counts.Sum();
        TopBoxCount = counts.Skip(scale.TopBoxFrom - 1).Sum();
        Mean = counts.Select((c, i) => (double)c * (i + 1)).Sum() / Total;
        StandardDeviation = Total < 2 ? double.NaN : Math.Sqrt(counts.Select((c, i) => c * Math.Pow(i + 1 - Mean, 2)).Sum() / (Total - 1));
        Median = (Nth((Total + 1) / 2) + Nth((Total / 2) + 1)) / 2.0;
        TopBoxShare = (double)TopBoxCount / Total;
        TopBoxInterval = Effects.Wilson(TopBoxCount, Total);
        if (Total >= 2)
        {
            var half = Distributions.StudentTQuantile(0.975, Total - 1) * StandardDeviation / Math.Sqrt(Total);
            MeanInterval = new ConfidenceInterval(Mean - half, Mean + half);
        }
    }

    /// <summary>Gets the scale.</summary>
    public LikertScale Scale { get; }

    /// <summary>Gets the number of answers in each category, lowest first (index 0 is category 1).</summary>
    public ImmutableArray<int> Counts { get; }

    /// <summary>Gets the number of answers.</summary>
    public int Total { get; }

    /// <summary>Gets the mean answer.</summary>
    public double Mean { get; }

    /// <summary>Gets the 95 % Student t interval of the mean answer (mean ± t(0.975, n − 1) · SD / √n), or <see langword="null"/> for fewer than two answers.</summary>
    /// <remarks>The interval treats the answers as interval-scaled, as course evaluations commonly do; it is not cut to the scale's ends, so a bound beyond 1 or k says the sample is too small to place the mean.</remarks>
    public ConfidenceInterval? MeanInterval { get; }

    /// <summary>Gets the sample standard deviation of the answers, or NaN for fewer than two.</summary>
    public double StandardDeviation { get; }

    /// <summary>Gets the median answer: the middle one, or halfway between the two middle ones.</summary>
    public double Median { get; }

    /// <summary>Gets the number of answers in the top box.</summary>
    public int TopBoxCount { get; }

    /// <summary>Gets the share of answers in the top box.</summary>
    public double TopBoxShare { get; }

    /// <summary>Gets the 95 % Wilson score interval of the top-box share.</summary>
    public ConfidenceInterval TopBoxInterval { get; }

    /// <summary>Summarises answers given as counts per category.</summary>
    /// <param name="scale">The scale.</param>
    /// <param name="counts">The count of answers per category, lowest first: exactly k non-negative counts, at least one answer in all.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The number of counts is not k, a count is negative, or there is no answer.</exception>
    public static LikertSummary FromCounts(LikertScale scale, IEnumerable<int> counts)
    {
        Guard.Against.Null(scale, nameof(scale));
        ImmutableArray<int> c = [.. Guard.Against.Null(counts, nameof(counts))];
        if (c.Length != scale.Points)
        {
            throw new ArgumentException($"A 1–{scale.Points} scale has {scale.Points} counts; found {c.Length}.", nameof(counts));
        }

        var negative = c.Select((n, i) => (n, i)).Where(x => x.n < 0).Select(x => (x.i + 1).ToString(CultureInfo.InvariantCulture)).ToList();
        if (negative.Count > 0)
        {
            throw new ArgumentException($"Counts are not negative; categories {string.Join(", ", negative)} are.", nameof(counts));
        }

        return c.Sum() == 0 ? throw new ArgumentException("A summary needs at least one answer.", nameof(counts)) : new LikertSummary(scale, c);
    }

    /// <summary>Summarises single answers.</summary>
    /// <param name="scale">The scale.</param>
    /// <param name="answers">The answers, each 1..k; at least one.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An answer is outside 1..k (every such position is named), or there is none.</exception>
    public static LikertSummary FromAnswers(LikertScale scale, IEnumerable<int> answers)
    {
        Guard.Against.Null(scale, nameof(scale));
        Guard.Against.Null(answers, nameof(answers));
        var counts = new int[scale.Points];
        var bad = new List<string>();
        var i = 0;
        foreach (var a in answers)
        {
            if (a < 1 || a > scale.Points)
            {
                bad.Add(string.Create(CultureInfo.InvariantCulture, $"[{i}] = {a}"));
            }
            else
            {
                counts[a - 1]++;
            }

            i++;
        }

        return bad.Count > 0
            ? throw new ArgumentException($"Answers on a 1–{scale.Points} scale are 1 to {scale.Points}; found {string.Join(", ", bad)}.", nameof(answers))
            : FromCounts(scale, counts);
    }

    /// <summary>Adds the answers of another summary of the same scale (another unit, another course).</summary>
    /// <param name="other">The other summary.</param>
    /// <returns>The summary of all answers.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The scales differ.</exception>
    public LikertSummary Merge(LikertSummary other)
    {
        Guard.Against.Null(other, nameof(other));
        return other.Scale != Scale
            ? throw new ArgumentException($"Only summaries of one scale merge: {Scale} and {other.Scale}.", nameof(other))
            : new LikertSummary(Scale, [.. Counts.Zip(other.Counts, (a, b) => checked(a + b))]);
    }

    /// <summary>Makes an observation of a proportion series: the top-box count of all answers.</summary>
    /// <param name="period">The period the answers describe.</param>
    /// <returns>The observation (value = top-box count, denominator = answers).</returns>
    public Observation ToObservation(MeasurementPeriod period) => new(period, TopBoxCount, Total);

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"n={Total} mean={Mean:0.00} median={Median} top-box={TopBoxShare:P0}");

    private int Nth(int rank)
    {
        var seen = 0;
        for (var i = 0; i < Counts.Length; i++)
        {
            seen += Counts[i];
            if (seen >= rank)
            {
                return i + 1;
            }
        }

        return Counts.Length;
    }
}
