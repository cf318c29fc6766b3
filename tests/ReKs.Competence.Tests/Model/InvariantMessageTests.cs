using System.Globalization;
using ReKs.Competence.Evaluation;
using ReKs.Competence.Model;
using ReKs.Competence.Tests.Support;

namespace ReKs.Competence.Tests.Model;

/// <summary>
/// The library's messages (problems and the argument exceptions that share their words) read the same whatever the
/// process's culture: they are logged, compared and matched across the municipalities that exchange documents, so a
/// value is written as a document writes it ("-0.5", "1.5"), never "−0,5" because a machine runs in a Norwegian culture.
/// Each case is a message built apart from <see cref="Problem"/>'s constructor (the hostile corpus covers those, in
/// <c>HostileCorpusTests.Read_EveryHostileCase_ReportsTheSameProblemsWhateverTheCurrentCulture</c>).
/// </summary>
public class InvariantMessageTests
{
    public static TheoryData<string, string> Cases() => new()
    {
        { "fee", "a fee is not negative (got -1.5)" },
        { "fee decimals", "a fee has at most two decimals, øre (got 1.005)" },
        { "hours", "hours is more than zero (got -0.5)" },
        { "likert points", "a Likert scale has 2 to 11 points; found -3" },
        { "likert top box", "the top box is 1 to 4 categories; found -1" },
        { "multiplier", "the multiplier is a positive number; found -0.5" },
        { "interval", "[1.5, -0.5] is not an interval." },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Message_IsTheSameInANorwegianCulture(string name, string expected)
    {
        Assert.Contains(expected, Cultures.RunIn(CultureInfo.InvariantCulture, () => MessageOf(name)), StringComparison.Ordinal);
        Assert.Contains(expected, Cultures.RunIn(Cultures.NorwegianLike, () => MessageOf(name)), StringComparison.Ordinal);
    }

    private static string MessageOf(string name)
    {
        Action act = name switch
        {
            "fee" => () => CostItem.ForFee(2026, new LocalizedText("kurs"), -1.5m),
            "fee decimals" => () => CostItem.ForFee(2026, new LocalizedText("kurs"), 1.005m),
            "hours" => () => CostItem.ForHours(2026, new LocalizedText("tid"), -0.5m, 500m),
            "likert points" => () => _ = new LikertScale(-3),
            "likert top box" => () => _ = new LikertScale(5, -1),
            "multiplier" => () => _ = new Indicator(new IndicatorId("i"), new LocalizedText("i"), new LocalizedText("%"), IndicatorKind.Rate, DesiredDirection.Higher, KirkpatrickLevel.Learning, multiplier: -0.5),
            "interval" => () => _ = new ConfidenceInterval(1.5, -0.5),
            _ => throw new ArgumentOutOfRangeException(nameof(name)),
        };
        return Assert.ThrowsAny<ArgumentException>(act).Message;
    }
}
