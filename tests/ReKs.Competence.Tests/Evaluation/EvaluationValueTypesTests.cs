using NodaTime;
using ReKs.Competence.Evaluation;
using ReKs.Competence.Model;

namespace ReKs.Competence.Tests.Evaluation;

/// <summary>The evaluation's small values (written for the first mutation pass over the evaluation files without a score):
/// periods, observations, series, indicator ids and confidence intervals, each member against the evaluation spec's
/// "Indicators, series and interventions" and the style guide's value pattern (the full equality and ordering set, an
/// invariant <c>ToString</c> that round-trips, guards naming their parameter and saying what is wrong).</summary>
public class EvaluationValueTypesTests
{
    private static readonly IndicatorId Id = new("i");
    private static readonly NodeId Unit = new("unit");

    private static MeasurementPeriod P(string text) => MeasurementPeriod.Parse(text);

    [Theory]
    // The spec's forms at the ends of their ranges: years 0001 and 9999, months 01 and 12 (SSB's M code too), quarters
    // 1 and 4 (the Q and SSB's K code).
    [InlineData("0001", "0001-01-01", "0001-12-31")]
    [InlineData("2025M01", "2025-01-01", "2025-01-31")]
    [InlineData("2025M12", "2025-12-01", "2025-12-31")]
    [InlineData("0001M01", "0001-01-01", "0001-01-31")]
    [InlineData("2025-Q1", "2025-01-01", "2025-03-31")]
    [InlineData("2025-Q4", "2025-10-01", "2025-12-31")]
    [InlineData("2025K1", "2025-01-01", "2025-03-31")]
    [InlineData("0001K1", "0001-01-01", "0001-03-31")]
    // The last periods the reader accepts end on the calendar's last day (their end once threw, going past it).
    [InlineData("9999", "9999-01-01", "9999-12-31")]
    [InlineData("9999M12", "9999-12-01", "9999-12-31")]
    [InlineData("9999-12", "9999-12-01", "9999-12-31")]
    [InlineData("9999-Q4", "9999-10-01", "9999-12-31")]
    [InlineData("9999K4", "9999-10-01", "9999-12-31")]
    [InlineData("9999-12-31", "9999-12-31", "9999-12-31")]
    // Months of either length, February in and out of a leap year, and a middle quarter.
    [InlineData("2024-02", "2024-02-01", "2024-02-29")]
    [InlineData("2025-02", "2025-02-01", "2025-02-28")]
    [InlineData("2025-Q3", "2025-07-01", "2025-09-30")]
    public void Parse_EdgesOfEachForm_AreAccepted(string text, string start, string end)
    {
        var p = P(text);
        Assert.Equal((LocalDateOf(start), LocalDateOf(end)), (p.Start, p.End));
        Assert.Equal(new DateInterval(p.Start, p.End), p.Days);
        Assert.True(p.Contains(p.End));
        Assert.False(p.Contains(p.Start.PlusDays(-1)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("0000")]
    [InlineData("0000M01")]
    [InlineData("2025M00")]
    [InlineData("0000-Q1")]
    [InlineData("0000K1")]
    [InlineData("2025-Q0")]
    [InlineData("2025K5")]
    [InlineData("2025-X1")]
    [InlineData("2025X1")]
    [InlineData("2025-QA")]
    [InlineData("+025")]
    [InlineData(" 2025")]
    [InlineData("2025M+1")]
    [InlineData("2025M 1")]
    [InlineData("2025-13-01")]
    [InlineData("12345")]
    [InlineData("2025-1")]
    [InlineData("20250Q1")] // a Q at [5] is a quarter only after "yyyy-"
    [InlineData("2025xQ1")]
    [InlineData("2025K12")] // SSB's K code is six characters
    [InlineData("2025M1")] // SSB's M code is seven
    [InlineData("123")] // a year has four digits
    public void TryParse_OutsideTheForms_IsFalseAndLeavesDefault(string? text)
    {
        Assert.False(MeasurementPeriod.TryParse(text, out var period));
        Assert.Equal(default, period);
    }

    [Fact]
    public void Parse_Malformed_SaysWhichFormsItReads()
    {
        var ex = Assert.Throws<FormatException>(() => P("2025-Q5"));
        Assert.Equal("'2025-Q5' is not a period: write 2025-03-14, 2025-03, 2025-Q1 or 2025.", ex.Message);
    }

    [Theory]
    [InlineData(0, 1, "year")]
    [InlineData(10000, 1, "year")]
    [InlineData(2025, 0, "quarter")]
    [InlineData(2025, 5, "quarter")]
    public void Quarter_OutOfRange_NamesTheArgument(int year, int quarter, string parameter) =>
        Assert.Equal(parameter, Assert.ThrowsAny<ArgumentException>(() => MeasurementPeriod.Quarter(year, quarter)).ParamName);

    [Theory]
    [InlineData(0)]
    [InlineData(10000)]
    public void Year_OutOfRange_NamesTheArgument(int year) =>
        Assert.Equal("year", Assert.ThrowsAny<ArgumentException>(() => MeasurementPeriod.Year(year)).ParamName);

    [Fact]
    public void Quarter_AndYear_AtTheirEnds_AreAccepted()
    {
        Assert.Equal(new LocalDate(1, 1, 1), MeasurementPeriod.Quarter(1, 1).Start);
        Assert.Equal(new LocalDate(9999, 10, 1), MeasurementPeriod.Quarter(9999, 4).Start);
        Assert.Equal(new LocalDate(1, 1, 1), MeasurementPeriod.Year(1).Start);
        Assert.Equal(new LocalDate(9999, 1, 1), MeasurementPeriod.Year(9999).Start);
    }

    [Fact]
    public void DayAndMonth_OfANonIsoCalendar_AreIsoDays()
    {
        // Periods compare by their first day: a date of another calendar is the same day in ISO.
        var julian = new LocalDate(2025, 3, 1, CalendarSystem.Julian);
        Assert.Equal(CalendarSystem.Iso, MeasurementPeriod.Day(julian).Start.Calendar);
        Assert.Equal(julian.WithCalendar(CalendarSystem.Iso), MeasurementPeriod.Day(julian).Start);
        Assert.Equal(CalendarSystem.Iso, MeasurementPeriod.Month(new YearMonth(2025, 3, CalendarSystem.Julian)).Start.Calendar);
    }

    [Fact]
    public void Next_OfADay_IsTheNextDay() =>
        Assert.Equal(P("2025-01-01"), P("2024-12-31").Next());

    [Fact]
    public void Contains_DaysAroundThePeriod_AreOutside()
    {
        var march = P("2025-03");
        Assert.False(march.Contains(new LocalDate(2025, 2, 28)));
        Assert.True(march.Contains(new LocalDate(2025, 3, 1)));
        Assert.True(march.Contains(new LocalDate(2025, 3, 31)));
        Assert.False(march.Contains(new LocalDate(2025, 4, 1)));
    }

    [Fact]
    public void Equality_SameStartOtherGranularity_IsAnotherPeriod()
    {
        // 2025-01-01, January 2025, 2025-Q1 and 2025 all start on one day: four periods.
        MeasurementPeriod[] periods = [P("2025-01-01"), P("2025-01"), P("2025-Q1"), P("2025")];
        for (var i = 0; i < periods.Length; i++)
        {
            for (var j = 0; j < periods.Length; j++)
            {
                Assert.Equal(i == j, periods[i].Equals(periods[j]));
                Assert.Equal(i == j, periods[i] == periods[j]);
                Assert.Equal(i != j, periods[i] != periods[j]);
                Assert.Equal(i == j, periods[i].Equals((object)periods[j]));
                Assert.Equal(Math.Sign(i.CompareTo(j)), Math.Sign(periods[i].CompareTo(periods[j])));
            }
        }

        Assert.False(P("2025").Equals("2025"));
        Assert.Equal(P("2025-Q2").GetHashCode(), P("2025K2").GetHashCode());
        Assert.False(P("2025-01") == P("2025-02"));
    }

    [Fact]
    public void Ordering_ByFirstDayThenGranularity_HasTheFullOperatorSet()
    {
        var (day, month, later) = (P("2025-01-01"), P("2025-01"), P("2024-12-31"));
        Assert.True(later < day && day < month && !(month < day) && !(day < P("2025-01-01")));
        Assert.True(later <= day && day <= month && day <= P("2025-01-01") && !(month <= day));
        Assert.True(month > day && day > later && !(day > month) && !(day > P("2025-01-01")));
        Assert.True(month >= day && day >= later && day >= P("2025-01-01") && !(day >= month));
        Assert.True(P("2025-02").CompareTo(P("2025-01")) > 0);
        Assert.True(P("2025-01").CompareTo(P("2025-02")) < 0);
        Assert.Equal(0, P("2025-01").CompareTo(P("2025M01")));
    }

    [Theory]
    [InlineData("2025-03-14", "2025-03-14")]
    [InlineData("2025M03", "2025-03")]
    [InlineData("2025K1", "2025-Q1")]
    [InlineData("2025K2", "2025-Q2")]
    [InlineData("2025K3", "2025-Q3")]
    [InlineData("2025K4", "2025-Q4")]
    [InlineData("0042", "0042")]
    public void ToString_IsTheIsoForm(string text, string expected) => Assert.Equal(expected, P(text).ToString());

    [Fact]
    public void Observation_Guards_NameTheirArgumentAndSayWhatIsWrong()
    {
        var v = Assert.Throws<ArgumentOutOfRangeException>(() => new Observation(P("2025-01"), double.PositiveInfinity));
        Assert.Equal("value", v.ParamName);
        Assert.StartsWith("A value is a finite number; write null for a missing value.", v.Message, StringComparison.Ordinal);

        foreach (var d in new[] { 0.0, -1.0, double.PositiveInfinity, double.NaN })
        {
            var e = Assert.Throws<ArgumentOutOfRangeException>(() => new Observation(P("2025-01"), 1, d));
            Assert.Equal("denominator", e.ParamName);
            Assert.StartsWith("A denominator is a positive finite number.", e.Message, StringComparison.Ordinal);
        }

        Assert.Equal(double.Epsilon, new Observation(P("2025-01"), 0, double.Epsilon).Denominator);
        Assert.Null(new Observation(P("2025-01"), null, 5).Value);

        var s = Assert.Throws<ArgumentOutOfRangeException>(() => Observation.Subgroup(P("2025-01"), [1, 2, double.NaN]));
        Assert.Equal("measurements", s.ParamName);
        Assert.StartsWith("Measurement 3 is not a finite number.", s.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>("measurements", () => Observation.Subgroup(P("2025-01"), null!));
    }

    [Fact]
    public void Observation_EmptyStatus_IsNoStatus()
    {
        Assert.Null(new Observation(P("2025-01"), 1, status: string.Empty).Status);
        Assert.Null(Observation.Missing(P("2025-01"), string.Empty).Status);
        Assert.Null(Observation.Subgroup(P("2025-01"), [1, 2], status: string.Empty).Status);
        Assert.Equal(":", Observation.Subgroup(P("2025-01"), [1, 2], status: ":").Status);
        Assert.Equal(":", new Observation(P("2025-01"), 1, status: ":").Status);
    }

    [Fact]
    public void Observation_Subgroup_IsTheMeanOfItsMeasurementsAndNoneIsMissing()
    {
        // The spec: "its Value is their mean, Measurements lists them, and none makes a missing subgroup".
        var group = Observation.Subgroup(P("2025-01"), [2, 4, 9], excluded: true);
        Assert.Equal((5.0, true, false, true, (double?)null), (group.Value!.Value, group.IsSubgroup, group.IsMissing, group.IsExcluded, group.Denominator));
        Assert.Equal([2.0, 4, 9], group.Measurements.ToArray());

        var none = Observation.Subgroup(P("2025-01"), []);
        Assert.Equal((true, false), (none.IsMissing, none.IsSubgroup));
        Assert.Empty(none.Measurements);

        var single = new Observation(P("2025-01"), 3);
        Assert.Equal((false, false, false), (single.IsSubgroup, single.IsMissing, single.IsExcluded));
        Assert.Empty(single.Measurements);
        Assert.Empty(default(Observation).Measurements);
        Assert.True(default(Observation).IsMissing);
    }

    [Fact]
    public void Observation_Equality_LooksAtEveryField()
    {
        var period = P("2025-01");
        var a = new Observation(period, 3, 10, "x", excluded: true);
        Observation[] others =
        [
            new(P("2025-02"), 3, 10, "x", excluded: true),
            new(period, 4, 10, "x", excluded: true),
            new(period, null, 10, "x", excluded: true),
            new(period, 3, 11, "x", excluded: true),
            new(period, 3, null, "x", excluded: true),
            new(period, 3, 10, "y", excluded: true),
            new(period, 3, 10, null, excluded: true),
            new(period, 3, 10, "x", excluded: false),
        ];
        Assert.True(a == new Observation(period, 3, 10, "x", excluded: true));
        Assert.True(a.Equals((object)new Observation(period, 3, 10, "x", excluded: true)));
        Assert.Equal(a.GetHashCode(), new Observation(period, 3, 10, "x", excluded: true).GetHashCode());
        Assert.False(a.Equals((object)"x"));
        foreach (var other in others)
        {
            Assert.False(a == other, other.ToString());
            Assert.True(a != other, other.ToString());
            Assert.False(a.Equals(other), other.ToString());
        }

        // Subgroups: the same mean from other measurements is another observation.
        var g = Observation.Subgroup(period, [1, 3]);
        Assert.True(g == Observation.Subgroup(period, [1, 3]));
        Assert.False(g == Observation.Subgroup(period, [2, 2]));
        Assert.False(g == new Observation(period, 2));
        Assert.False(a != new Observation(period, 3, 10, "x", excluded: true));
    }

    [Theory]
    [InlineData(3.5, null, null, false, "2025-01: 3.5")]
    [InlineData(3.0, 7.0, null, false, "2025-01: 3/7")]
    [InlineData(null, null, "..", false, "2025-01: ..")]
    [InlineData(null, null, null, false, "2025-01: missing")]
    [InlineData(0.1, null, null, true, "2025-01: 0.1 (excluded)")]
    public void Observation_ToString_ShowsValueDenominatorStatusAndExclusion(double? value, double? denominator, string? status, bool excluded, string expected) =>
        Assert.Equal(expected, new Observation(P("2025-01"), value, denominator, status, excluded).ToString());

    [Fact]
    public void Observation_ToString_OfASubgroup_ListsItsMeasurements()
    {
        Assert.Equal("2025-01: [1.5, 2]", Observation.Subgroup(P("2025-01"), [1.5, 2]).ToString());
        Assert.Equal("2025-01: [4] (excluded)", Observation.Subgroup(P("2025-01"), [4], excluded: true).ToString());
    }

    [Fact]
    public void Series_Guards_NameTheirArgument()
    {
        Assert.Equal("indicator", Assert.ThrowsAny<ArgumentException>(() => new Series(default, Unit, [])).ParamName);
        Assert.Equal("node", Assert.ThrowsAny<ArgumentException>(() => new Series(Id, default, [])).ParamName);
        Assert.Throws<ArgumentNullException>("observations", () => new Series(Id, Unit, null!));
        Assert.Empty(new Series(Id, Unit, []).Observations);
        Assert.Equal("i@unit", new Series(Id, Unit, []).ToString());
    }

    [Fact]
    public void Series_BrokenTimeAxis_SaysWhichObservationsAndWhy()
    {
        var mixed = Assert.Throws<ArgumentException>(() => new Series(Id, Unit, [new Observation(P("2025-01"), 1), new Observation(P("2025-02"), 1), new Observation(P("2025-Q2"), 1)]));
        Assert.Equal("observations", mixed.ParamName);
        Assert.StartsWith("Series i@unit: observation 2 is a Quarter and observation 1 a Month; a series has one granularity.", mixed.Message, StringComparison.Ordinal);

        var twice = Assert.Throws<ArgumentException>(() => new Series(Id, Unit, [new Observation(P("2025-01"), 1), new Observation(P("2025-01"), 2)]));
        Assert.StartsWith("Series i@unit: observation 1 (2025-01) does not come after observation 0 (2025-01); periods are strictly increasing.", twice.Message, StringComparison.Ordinal);

        var gap = Assert.Throws<ArgumentException>(() => new Series(Id, Unit, [new Observation(P("2025"), 1), new Observation(P("2027"), 1)]));
        Assert.Equal("observations", gap.ParamName);
        Assert.StartsWith("Series i@unit: observation 1 (2027) does not follow observation 0 (2025); list a missing period as a missing observation, so the gap is explicit.", gap.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Series_OfDays_MayLeaveDaysOutButNotRepeatOne()
    {
        // The spec: monthly, quarterly and yearly series list every period; a series of days (a T chart's dates of
        // events) need not.
        var days = new Series(Id, Unit, [new Observation(P("2025-01-03"), 1), new Observation(P("2025-01-10"), 2), new Observation(P("2025-02-01"), 3)]);
        Assert.Equal(3, days.Observations.Length);
        Assert.Throws<ArgumentException>(() => new Series(Id, Unit, [new Observation(P("2025-01-03"), 1), new Observation(P("2025-01-03"), 2)]));
        Assert.Throws<ArgumentException>(() => new Series(Id, Unit, [new Observation(P("2025-01-03"), 1), new Observation(P("2025-01-02"), 2)]));
    }

    [Fact]
    public void IndicatorId_TryCreate_ValidatesAsTheConstructorDoes()
    {
        Assert.True(IndicatorId.TryCreate("legemiddel-test", out var id));
        Assert.Equal("legemiddel-test", id.Value);
        Assert.False(IndicatorId.TryCreate(string.Empty, out var empty));
        Assert.Equal(default, empty);
        Assert.False(IndicatorId.TryCreate(null, out _));
        Assert.False(IndicatorId.TryCreate("two words", out _));
        Assert.Equal("value", Assert.Throws<ArgumentException>(() => new IndicatorId(string.Empty)).ParamName);
        Assert.Equal(string.Empty, default(IndicatorId).Value);
        Assert.Equal(string.Empty, default(IndicatorId).ToString());
    }

    [Fact]
    public void IndicatorId_EqualityAndOrdering_AreOrdinal()
    {
        var (a, b, upper) = (new IndicatorId("a"), new IndicatorId("b"), new IndicatorId("B"));
        Assert.True(a == new IndicatorId("a") && !(a != new IndicatorId("a")) && a != upper && !(a == b));
        Assert.True(a.Equals((object)new IndicatorId("a")) && !a.Equals((object)"a"));
        Assert.Equal(a.GetHashCode(), new IndicatorId("a").GetHashCode());
        Assert.True(upper < a && a < b && !(b < a) && !(a < new IndicatorId("a")));
        Assert.True(a <= b && a <= new IndicatorId("a") && !(b <= a));
        Assert.True(b > a && !(a > b) && !(a > new IndicatorId("a")));
        Assert.True(b >= a && a >= new IndicatorId("a") && !(a >= b));
        Assert.True(default(IndicatorId) < a);
        Assert.Equal(0, default(IndicatorId).CompareTo(default));
    }

    [Fact]
    public void ConfidenceInterval_BoundsOutOfOrderOrNaN_AreRefused()
    {
        foreach (var (lower, upper) in new[] { (2.0, 1.0), (double.NaN, 1.0), (0.0, double.NaN) })
        {
            var ex = Assert.Throws<ArgumentException>(() => new ConfidenceInterval(lower, upper));
            Assert.Equal("upper", ex.ParamName);
            Assert.Contains("is not an interval.", ex.Message, StringComparison.Ordinal);
        }

        Assert.StartsWith("[2, 1] is not an interval.", Assert.Throws<ArgumentException>(() => new ConfidenceInterval(2, 1)).Message, StringComparison.Ordinal);
        var point = new ConfidenceInterval(1, 1);
        Assert.Equal((1.0, 1.0), (point.Lower, point.Upper));
        Assert.Equal(double.NegativeInfinity, new ConfidenceInterval(double.NegativeInfinity, 0).Lower);
    }

    [Fact]
    public void ConfidenceInterval_Contains_ItsEndsAndNothingBeyond()
    {
        var ci = new ConfidenceInterval(-1, 2);
        Assert.True(ci.Contains(-1) && ci.Contains(2) && ci.Contains(0));
        Assert.False(ci.Contains(-1.0000001) || ci.Contains(2.0000001) || ci.Contains(double.NaN));
    }

    [Fact]
    public void ConfidenceInterval_Equality_AndToString()
    {
        var ci = new ConfidenceInterval(0.25, 0.5);
        Assert.True(ci == new ConfidenceInterval(0.25, 0.5) && !(ci != new ConfidenceInterval(0.25, 0.5)));
        Assert.True(ci != new ConfidenceInterval(0.25, 0.75) && ci != new ConfidenceInterval(0, 0.5));
        Assert.False(ci == new ConfidenceInterval(0.25, 0.75) || ci == new ConfidenceInterval(0, 0.5));
        Assert.True(ci.Equals((object)new ConfidenceInterval(0.25, 0.5)) && !ci.Equals((object)0.25));
        Assert.Equal(ci.GetHashCode(), new ConfidenceInterval(0.25, 0.5).GetHashCode());
        Assert.Equal("[0.25, 0.5]", ci.ToString());
        Assert.Equal("[0.1, 0.30000000000000004]", new ConfidenceInterval(0.1, 0.1 + 0.2).ToString()); // "R": round-trips
    }

    private static LocalDate LocalDateOf(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;
}
