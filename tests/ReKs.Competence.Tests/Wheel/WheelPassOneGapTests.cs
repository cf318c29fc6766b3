using System.ComponentModel;
using System.Text.Json.Nodes;
using NodaTime;
using ReKs.Competence.Documents;
using ReKs.Competence.Model;
using ReKs.Competence.Tests.Support;
using ReKs.Competence.Wheel;

namespace ReKs.Competence.Tests.Wheel;

/// <summary>
/// The test gaps the first mutation pass over the rest of the wheel reported (docs/reliability.md, "The rest of the
/// wheel"), each with the behaviour its documentation states: the search windows around Easter (lov om helligdager og
/// helligdagsfred: Maundy Thursday to Easter Monday are not working days) and around an adjusted anchor, the order of
/// two occurrences on one day, null arguments named, a blank activity id in a document, and the built-in names.
/// </summary>
public class WheelPassOneGapTests
{
    private static readonly WheelPeriod Year = new(new LocalizedText("År", "Year"), "#000000", new AnnualDate(1, 1));

    private static WheelActivity Activity(string id, RecurrenceRule rule, Adjustment adjustment = Adjustment.None) =>
        new(id, new LocalizedText(id), "unit", ActivityCategory.Meeting, "leader", rule, adjustment);

    private static AnnualWheel Wheel(params WheelActivity[] activities) =>
        new(new LocalizedText("Test"), [Year], ["unit"], activities, []);

    [Fact]
    public void Occurrences_OneWorkingDayAfterTheWednesdayBeforeEaster_IsTheTuesdayAfter_AlsoAskedForThatDayAlone()
    {
        // Easter 2027 is 28 March: from Wednesday 24 March the next working day is Tuesday 30 March, six days on. Asked
        // for the 30th alone, the wheel must look back far enough to see the anchor on the 24th.
        var wheel = Wheel(Activity("a", RecurrenceRule.FixedDate(3, 24)), Activity("b", RecurrenceRule.RelativeToActivity("a", 1, OffsetUnit.WorkingDays)));
        var day = new LocalDate(2027, 3, 30);
        Assert.Equal([("b", day)], wheel.Occurrences(new DateInterval(day, day)).Select(o => (o.Activity.Id, o.Date)));
    }

    [Fact]
    public void Occurrences_RelativeToAnAdjustedAnchor_LooksBackByTheAdjustment()
    {
        // Saturday 27 March 2027 (Easter Saturday) moves after to Tuesday 30 March; the day after is the 31st. Asked for
        // the 31st alone, the wheel must see the anchor's nominal date four days earlier.
        var wheel = Wheel(
            Activity("a", RecurrenceRule.FixedDate(3, 27), Adjustment.After),
            Activity("b", RecurrenceRule.RelativeToActivity("a", 1, OffsetUnit.Days)));
        var day = new LocalDate(2027, 3, 31);
        Assert.Equal([("b", day)], wheel.Occurrences(new DateInterval(day, day)).Select(o => (o.Activity.Id, o.Date)));
    }

    [Fact]
    public void Occurrences_TwoOfOneActivityOnOneDay_AreInTheOrderOfTheirNominalDates()
    {
        // The documented order: by date, then activity id, then unadjusted date. 2027's occurrence is moved onto 2028's.
        var rule = RecurrenceRule.FixedDate(3, 10).WithMove(new LocalDate(2027, 3, 10), new LocalDate(2028, 3, 10));
        var occurrences = Wheel(Activity("a", rule)).Occurrences(new DateInterval(new LocalDate(2027, 1, 1), new LocalDate(2028, 12, 31)));
        Assert.Equal(
            [(new LocalDate(2028, 3, 10), new LocalDate(2027, 3, 10)), (new LocalDate(2028, 3, 10), new LocalDate(2028, 3, 10))],
            occurrences.Select(o => (o.Date, o.Nominal)));
    }

    [Fact]
    public void Occurrences_NullInterval_IsRefusedNamingIt_EvenWithoutActivities()
    {
        Assert.Equal("interval", Assert.Throws<ArgumentNullException>(() => Wheel().Occurrences(null!)).ParamName);
    }

    [Fact]
    public void Constructor_NullRing_IsAProblemAtItsPosition()
    {
        var e = Assert.Throws<ValidationException>(() => new AnnualWheel(
            new LocalizedText("Test"), [Year], [null!, "unit"], [Activity("a", RecurrenceRule.FixedDate(3, 10))], []));
        Assert.Contains(e.Problems, p => p.Kind == ProblemKind.Missing && p.Path == "$.rings[0]" && p.Message == "a ring must not be null");
    }

    [Fact]
    public void Period_NullColour_IsRefusedNamingIt()
    {
        Assert.Equal("colour", Assert.Throws<ArgumentNullException>(() => new WheelPeriod(new LocalizedText("År"), null!, new AnnualDate(1, 1))).ParamName);
    }

    [Fact]
    public void Document_BlankActivityId_IsReportedAtTheId()
    {
        // The Bodø training wheel (seed 003) with its first activity's id blanked.
        var document = JsonNode.Parse(File.ReadAllText(Repo.Path("docs", "examples", "bodo-training-wheel.json")))!;
        document["activities"]![0]!["id"] = " ";
        var result = WheelDocument.Parse(document.ToJsonString());
        Assert.Contains(result.Problems, p => p.Kind == ProblemKind.InvalidValue && p.Path == "$.activities[0].id" && p.Message == "an activity needs an id");
    }

    [Fact]
    public void Vocabulary_NamesTheTemplatesRingsRolesAndEveryCategory()
    {
        // The ReKs seed's årshjul: the region and the municipalities, the coordinator and each municipality's contact.
        Assert.Equal(("Region", "Region"), Pair(WheelVocabulary.RingName("region")));
        Assert.Equal(("Kommune", "Municipality"), Pair(WheelVocabulary.RingName("municipality")));
        Assert.Equal(("Enhet", "Unit"), Pair(WheelVocabulary.RingName("unit")));
        Assert.Equal(("Plan", "Plan"), Pair(WheelVocabulary.RingName(AnnualWheel.ReminderRing)));
        Assert.Equal(("zone", "zone"), Pair(WheelVocabulary.RingName("zone")));
        Assert.Equal(("ReKs-koordinator", "ReKs coordinator"), Pair(WheelVocabulary.OwnerName("reks-coordinator")));
        Assert.Equal(("Kommunens kontaktperson", "Municipal contact"), Pair(WheelVocabulary.OwnerName("municipal-contact")));
        Assert.Equal(("night-nurse", "night-nurse"), Pair(WheelVocabulary.OwnerName("night-nurse")));
        Assert.Equal(
            [("Rapportering", "Reporting"), ("Planlegging", "Planning"), ("Evaluering", "Evaluation"), ("Møte", "Meeting"), ("Frist", "Deadline"), ("Opplæring", "Training")],
            Enum.GetValues<ActivityCategory>().Select(c => Pair(WheelVocabulary.CategoryName(c))));
        Assert.Equal("category", Assert.Throws<InvalidEnumArgumentException>(() => WheelVocabulary.CategoryName((ActivityCategory)99)).ParamName);

        static (string, string) Pair(LocalizedText text) => (text.Norwegian, text.In(Language.English));
    }
}
