using NodaTime;
using ReKs.Competence.Model;
using ReKs.Competence.Wheel;

namespace ReKs.Competence.Tests.Wheel;

/// <summary>
/// The wheel's uniqueness rules with their exact path, kind and message (docs/wheel.md: period starts and names distinct,
/// rings distinct, declared owner roles distinct; a problem names WHERE and WHAT), and a null period passed in code,
/// reported at its position rather than failing inside the rules. Written from the review of the survivors of the
/// wheel's rules' re-run (docs/reliability.md, group B): no test asserted these three messages or passed a null period.
/// </summary>
public class WheelRulesDuplicateTests
{
    private static readonly WheelPeriod Year = new(new LocalizedText("År", "Year"), "#000000", new AnnualDate(1, 1));

    private static WheelActivity Activity(string id, string owner = "boss") =>
        new(id, new LocalizedText(id), "unit", ActivityCategory.Meeting, owner, RecurrenceRule.FixedDate(3, 10));

    private static string[] ProblemsOf(Func<AnnualWheel> build) =>
        [.. Assert.Throws<ValidationException>(build).Problems.Select(p => $"{p.Kind} {p.Path}: {p.Message}")];

    [Fact]
    public void TwoPeriodsWithOneName_AreReportedAtTheSecondsNorwegianName()
    {
        // The ReKs seed's årshjul numbers its parts of the year; two parts with one name could not be told apart in
        // a relative rule ("relative to the period 'Vår'").
        Assert.Equal(
            ["Duplicate $.periods[1].name.nb: period name 'Vår' is defined twice (first at $.periods[0])"],
            ProblemsOf(() => new AnnualWheel(
                new LocalizedText("Test"),
                [
                    new WheelPeriod(new LocalizedText("Vår", "Spring"), "#000000", new AnnualDate(1, 1)),
                    new WheelPeriod(new LocalizedText("Vår", "Summer"), "#FFFFFF", new AnnualDate(7, 1)),
                ],
                ["unit"],
                [Activity("a")],
                [])));
    }

    [Fact]
    public void TwoRingsWithOneId_AreReportedAtTheSecond()
    {
        Assert.Equal(
            ["Duplicate $.rings[1]: ring 'unit' is defined twice (first at $.rings[0])"],
            ProblemsOf(() => new AnnualWheel(new LocalizedText("Test"), [Year], ["unit", "unit"], [Activity("a")], [])));
    }

    [Fact]
    public void TwoOwnerRolesWithOneId_AreReportedAtTheSecond()
    {
        Assert.Equal(
            ["Duplicate $.owners[1]: owner role 'boss' is defined twice (first at $.owners[0])"],
            ProblemsOf(() => new AnnualWheel(
                new LocalizedText("Test"),
                [Year],
                [new WheelTerm("unit")],
                [Activity("a")],
                [],
                [new WheelTerm("boss"), new WheelTerm("boss")])));
    }

    [Fact]
    public void NullPeriod_IsReportedAtItsPosition_AndTheOthersStillMakeTheWheel()
    {
        // The null period is reported once, as a period (not once per rule that reads a period: its start, its name);
        // the period after it is still read.
        Assert.Equal(
            [
                "Missing $.periods[0]: a period must not be null",
            ],
            ProblemsOf(() => new AnnualWheel(new LocalizedText("Test"), [null!, Year], ["unit"], [Activity("a")], [])));
    }
}
