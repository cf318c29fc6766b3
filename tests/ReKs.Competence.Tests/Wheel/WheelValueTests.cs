using System.ComponentModel;
using NodaTime;
using ReKs.Competence.Evaluation;
using ReKs.Competence.Model;
using ReKs.Competence.Wheel;

namespace ReKs.Competence.Tests.Wheel;

/// <summary>
/// The wheel's small types as their documentation states them, written from reading them while the first mutation pass
/// over them ran (docs/reliability.md, "The rest of the wheel"): a closed period's days, its wrap over New Year and its equality (the
/// ReKs seed's årshjul closes the July common holiday and Christmas week); links, terms, occurrences, conflicts and
/// holidays as text; an activity's and a period's own checks.
/// </summary>
public class WheelValueTests
{
    private static readonly ClosedPeriod July = new(new AnnualDate(7, 1), new AnnualDate(7, 31), new LocalizedText("Fellesferie", "Common holiday"));

    private static readonly ClosedPeriod NewYear = new(new AnnualDate(12, 27), new AnnualDate(1, 2));

    private static readonly WheelPeriod Year = new(new LocalizedText("År", "Year"), "#000000", new AnnualDate(1, 1));

    private static WheelActivity Activity(string id, string owner = "leader") =>
        new(id, new LocalizedText(id), "unit", ActivityCategory.Meeting, owner, RecurrenceRule.FixedDate(3, 10));

    [Theory]
    [InlineData(6, 30, false)]
    [InlineData(7, 1, true)]
    [InlineData(7, 15, true)]
    [InlineData(7, 31, true)]
    [InlineData(8, 1, false)]
    [InlineData(1, 7, false)]
    [InlineData(12, 7, false)]
    public void Contains_PeriodWithinTheYear_IsBothBoundsInclusive(int month, int day, bool closed)
    {
        // The common holiday of the ReKs template: 1 to 31 July, both days closed.
        Assert.False(July.WrapsNewYear);
        Assert.Equal(closed, July.Contains(new LocalDate(2027, month, day)));
    }

    [Theory]
    [InlineData(12, 26, false)]
    [InlineData(12, 27, true)]
    [InlineData(12, 31, true)]
    [InlineData(1, 1, true)]
    [InlineData(1, 2, true)]
    [InlineData(1, 3, false)]
    [InlineData(7, 1, false)]
    [InlineData(2, 27, false)]
    public void Contains_PeriodOverNewYear_ClosesTheEndOfOneYearAndTheStartOfTheNext(int month, int day, bool closed)
    {
        Assert.True(NewYear.WrapsNewYear);
        Assert.Equal(closed, NewYear.Contains(new LocalDate(2027, month, day)));
    }

    [Fact]
    public void Default_IsTheSingleDayFirstJanuaryWithoutAName()
    {
        // The remarks: the default value is the single day 1 January without a name; one day does not wrap.
        var day = default(ClosedPeriod);
        Assert.False(day.WrapsNewYear);
        Assert.True(day.Contains(new LocalDate(2027, 1, 1)));
        Assert.False(day.Contains(new LocalDate(2027, 1, 2)));
        Assert.False(day.Contains(new LocalDate(2026, 12, 31)));
        Assert.Null(day.Name);
        Assert.Equal("01-01..01-01", day.ToString());
        Assert.False(new ClosedPeriod(new AnnualDate(3, 5), new AnnualDate(3, 5)).WrapsNewYear);
    }

    [Fact]
    public void Equality_ComparesBothBoundsAndTheName()
    {
        var same = new ClosedPeriod(new AnnualDate(7, 1), new AnnualDate(7, 31), new LocalizedText("Fellesferie", "Common holiday"));
        var otherStart = new ClosedPeriod(new AnnualDate(7, 2), new AnnualDate(7, 31), July.Name);
        var otherEnd = new ClosedPeriod(new AnnualDate(7, 1), new AnnualDate(7, 30), July.Name);
        var unnamed = new ClosedPeriod(new AnnualDate(7, 1), new AnnualDate(7, 31));

        Assert.True(July.Equals(same));
        Assert.True(July == same);
        Assert.False(July != same);
        Assert.True(July.Equals((object)same));
        Assert.Equal(July.GetHashCode(), same.GetHashCode());
        foreach (var other in new[] { otherStart, otherEnd, unnamed })
        {
            Assert.False(July.Equals(other));
            Assert.False(July == other);
            Assert.True(July != other);
            Assert.False(July.Equals((object)other));
        }

        Assert.False(July.Equals("07-01..07-31"));
        Assert.False(July.Equals(null));
    }

    [Fact]
    public void ToString_IsTheBoundsAsMonthAndDay()
    {
        Assert.Equal("07-01..07-31", July.ToString());
        Assert.Equal("12-27..01-02", NewYear.ToString());
    }

    [Fact]
    public void Link_OfEachKind_KeepsKindAndId_AndFormatsAsKindColonId()
    {
        Assert.Equal((WheelLinkKind.Goal, "g1", "goal:g1"), Parts(WheelLink.Goal(new GoalId("g1"))));
        Assert.Equal((WheelLinkKind.Measure, "m1", "measure:m1"), Parts(WheelLink.Measure(new MeasureId("m1"))));
        Assert.Equal((WheelLinkKind.Indicator, "i1", "indicator:i1"), Parts(WheelLink.Indicator(new IndicatorId("i1"))));
        Assert.Equal((WheelLinkKind.Untyped, "x1", "x1"), Parts(WheelLink.Untyped("x1")));
        Assert.Equal(WheelLink.Measure(new MeasureId("m1")), WheelLink.Of(WheelLinkKind.Measure, "m1"));
        Assert.Equal(WheelLink.Untyped("x1"), WheelLink.Of(WheelLinkKind.Untyped, "x1"));

        static (WheelLinkKind, string, string) Parts(WheelLink link) => (link.Kind, link.Id, link.ToString());
    }

    [Fact]
    public void Link_BadArguments_AreRefusedNamingTheParameter()
    {
        Assert.Equal("goal", Assert.Throws<ArgumentException>(() => WheelLink.Goal(default)).ParamName);
        Assert.Equal("measure", Assert.Throws<ArgumentException>(() => WheelLink.Measure(default)).ParamName);
        Assert.Equal("indicator", Assert.Throws<ArgumentException>(() => WheelLink.Indicator(default)).ParamName);
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => WheelLink.Untyped("two words")).ParamName);
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => WheelLink.Of(WheelLinkKind.Goal, string.Empty)).ParamName);
        Assert.Equal("id", Assert.Throws<ArgumentNullException>(() => WheelLink.Untyped(null!)).ParamName);
        Assert.Equal("kind", Assert.Throws<InvalidEnumArgumentException>(() => WheelLink.Of((WheelLinkKind)99, "x")).ParamName);
    }

    [Fact]
    public void Link_Equality_IsKindAndOrdinalId()
    {
        var goal = WheelLink.Goal(new GoalId("a"));
        var same = WheelLink.Of(WheelLinkKind.Goal, "a");
        WheelLink? none = null;
        Assert.True(goal == same);
        Assert.False(goal != same);
        Assert.True(goal.Equals((object)same));
        Assert.Equal(goal.GetHashCode(), same.GetHashCode());
        foreach (var other in new[] { WheelLink.Measure(new MeasureId("a")), WheelLink.Untyped("a"), WheelLink.Goal(new GoalId("A")), WheelLink.Goal(new GoalId("b")) })
        {
            Assert.False(goal == other);
            Assert.True(goal != other);
            Assert.False(goal.Equals(other));
        }

        Assert.False(goal == none);
        Assert.False(none == goal);
        Assert.True(none == null);
        Assert.True(goal != none);
        Assert.False(goal.Equals(none));
        Assert.False(goal.Equals((object)"goal:a"));
    }

    [Fact]
    public void Term_IsItsIdWithTheNorwegianNameWhenNamed()
    {
        Assert.Equal("municipality (Kommunene)", new WheelTerm("municipality", new LocalizedText("Kommunene", "The municipalities")).ToString());
        Assert.Equal("municipality", new WheelTerm("municipality").ToString());
        Assert.Equal("id", Assert.Throws<ArgumentNullException>(() => new WheelTerm(null!)).ParamName);
    }

    [Fact]
    public void PublicHoliday_IsItsDateAndNorwegianName()
    {
        // Lov om 1. og 17. mai: 17 May is a public holiday (Grunnlovsdag); in 2026 no movable holiday shares it (Whit
        // Monday is 25 May; in 2027 it is 17 May too).
        var holiday = Assert.Single(NorwegianCalendar.PublicHolidays(2026), h => h.Date == new LocalDate(2026, 5, 17));
        Assert.Equal("2026-05-17 Grunnlovsdag", holiday.ToString());
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => new PublicHoliday(new LocalDate(2027, 5, 17), null!)).ParamName);
    }

    [Fact]
    public void Occurrence_KeyIsTheActivityAndTheNominalDate_AndItCarriesTheActivitysRingAndRule()
    {
        // The key names the nominal date (RFC 5545's RECURRENCE-ID), not the date it was moved to, and pads the year.
        var a = Activity("a");
        var moved = new WheelOccurrence(a, new LocalDate(2027, 3, 10), new LocalDate(2027, 3, 12), Year);
        Assert.Equal("a-20270310", moved.Key);
        Assert.Equal("2027-03-12 a", moved.ToString());
        Assert.Equal(("unit", a.Rule, OccurrenceKind.Activity), (moved.Ring, moved.Rule, moved.Kind));
        Assert.Equal("a-00450102", new WheelOccurrence(a, new LocalDate(45, 1, 2), new LocalDate(45, 1, 2), Year).Key);
        Assert.Equal(OccurrenceKind.Session, new WheelOccurrence(a, new LocalDate(2027, 3, 10), new LocalDate(2027, 3, 10), Year, OccurrenceKind.Session).Kind);
    }

    [Fact]
    public void Occurrence_BadArguments_AreRefusedNamingTheParameter()
    {
        var day = new LocalDate(2027, 3, 10);
        Assert.Equal("activity", Assert.Throws<ArgumentNullException>(() => new WheelOccurrence(null!, day, day, Year)).ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentNullException>(() => new WheelOccurrence(Activity("a"), day, day, null!)).ParamName);
        Assert.Equal("kind", Assert.Throws<InvalidEnumArgumentException>(() => new WheelOccurrence(Activity("a"), day, day, Year, (OccurrenceKind)99)).ParamName);
    }

    [Fact]
    public void Conflict_ListsItsDateKindAndActivities_AndNeedsAnOccurrence()
    {
        var day = new LocalDate(2027, 3, 10);
        var occurrences = new[] { new WheelOccurrence(Activity("a"), day, day, Year), new WheelOccurrence(Activity("b"), day, day, Year) };
        var conflict = new WheelConflict(WheelConflictKind.SameOwnerSameDay, day, occurrences);
        Assert.Equal("2027-03-10 SameOwnerSameDay: a, b", conflict.ToString());
        Assert.Equal((WheelConflictKind.SameOwnerSameDay, day), (conflict.Kind, conflict.Date));
        Assert.Equal(occurrences, conflict.Occurrences);
        Assert.Equal("occurrences", Assert.Throws<ArgumentException>(() => new WheelConflict(WheelConflictKind.InClosedPeriod, day, [])).ParamName);
        Assert.Equal("occurrences", Assert.Throws<ArgumentNullException>(() => new WheelConflict(WheelConflictKind.InClosedPeriod, day, null!)).ParamName);
        Assert.Equal("kind", Assert.Throws<InvalidEnumArgumentException>(() => new WheelConflict((WheelConflictKind)99, day, occurrences)).ParamName);
    }

    [Fact]
    public void Activity_OwnChecks_AreRefusedWithTheirMessage()
    {
        var rule = RecurrenceRule.FixedDate(3, 10);
        var name = new LocalizedText("a");
        var nine = new LocalTime(9, 0);
        Assert.Equal(
            ("an activity needs an id", "id"),
            Refused(() => new WheelActivity(" ", name, "unit", ActivityCategory.Meeting, "leader", rule)));
        Assert.Equal(
            ("an activity needs an owner role", "ownerRole"),
            Refused(() => new WheelActivity("a", name, "unit", ActivityCategory.Meeting, " ", rule)));
        foreach (var (time, duration) in new (LocalTime?, Duration)[] { (nine, Duration.Zero), (nine, Duration.FromMinutes(-30)), (null, Duration.FromHours(1)) })
        {
            Assert.Equal(
                ("a duration must be a positive number of minutes and needs a time", "duration"),
                Refused(() => new WheelActivity("a", name, "unit", ActivityCategory.Meeting, "leader", rule, time: time, duration: duration)));
        }

        var meeting = new WheelActivity("a", name, "unit", ActivityCategory.Meeting, "leader", rule, Adjustment.After, nine, Duration.FromMinutes(1));
        Assert.Equal((nine, Duration.FromMinutes(1), Adjustment.After, "a"), (meeting.Time, meeting.Duration, meeting.Adjustment, meeting.ToString()));
        Assert.Equal("ring", Assert.ThrowsAny<ArgumentException>(() => new WheelActivity("a", name, " ", ActivityCategory.Meeting, "leader", rule)).ParamName);

        static (string, string?) Refused(Func<WheelActivity> build)
        {
            var e = Assert.Throws<ArgumentException>(build);
            return (e.Message.Split(" (Parameter", StringSplitOptions.None)[0], e.ParamName);
        }
    }

    [Theory]
    [InlineData("#a1B2c3", true)]
    [InlineData("#FFFFFF\n", false)]
    [InlineData("#12345", false)]
    [InlineData("#1234567", false)]
    [InlineData("#GGGGGG", false)]
    [InlineData("123456", false)]
    [InlineData(" #123456", false)]
    public void Period_ColourIsExactlyHashAndSixHexDigits(string colour, bool valid)
    {
        // Issue: "#FFFFFF\n" passed a '$'-anchored check; the pattern anchors at the text's very end.
        if (valid)
        {
            Assert.Equal(colour, new WheelPeriod(new LocalizedText("År"), colour, new AnnualDate(1, 1)).Colour);
        }
        else
        {
            var e = Assert.Throws<ArgumentException>(() => new WheelPeriod(new LocalizedText("År"), colour, new AnnualDate(1, 1)));
            Assert.Equal(("colour", $"'{colour}' is not a colour #RRGGBB"), (e.ParamName, e.Message.Split(" (Parameter", StringSplitOptions.None)[0]));
        }
    }

    [Fact]
    public void Period_IsNamedInNorwegian()
    {
        Assert.Equal("År", Year.ToString());
    }
}
