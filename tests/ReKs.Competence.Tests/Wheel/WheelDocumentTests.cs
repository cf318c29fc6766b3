using NodaTime;
using ReKs.Competence.Model;
using ReKs.Competence.Documents;
using ReKs.Competence.Tests.Support;
using ReKs.Competence.Wheel;

namespace ReKs.Competence.Tests.Wheel;

/// <summary>The wheel JSON document: round trips, the bundled examples, and every problem of a hostile document at its path.</summary>
public class WheelDocumentTests
{
    private static readonly DateInterval PlanYears = new(new LocalDate(2027, 1, 1), new LocalDate(2030, 12, 31));

    private static List<string> Keys(AnnualWheel wheel, DateInterval interval) =>
        [.. wheel.Occurrences(interval).Select(o => $"{o.Nominal:uuuu-MM-dd} {o.Date:uuuu-MM-dd} {o.Activity.Id} {o.Period.Name.Norwegian} {o.Ring} {o.Activity.Time} {o.Activity.Duration} {o.Activity.Category} {o.Activity.OwnerRole}")];

    private static ReadResult<AnnualWheel> ReadExample(string name) => WheelDocument.ReadBytes(File.ReadAllBytes(Repo.Path("docs", "examples", name)));

    [Fact]
    public void ReksExample_IsTheTemplateWrittenOut()
    {
        var written = WheelDocument.WriteString(AnnualWheel.ReksTemplate);
        var path = Repo.Path("docs", "examples", "reks-wheel.json");
        if (Environment.GetEnvironmentVariable("REKS_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, written);
        }

        Assert.Equal(written, File.ReadAllText(path).ReplaceLineEndings("\n"));
        var read = ReadExample("reks-wheel.json");
        Assert.True(read.IsValid, string.Join("\n", read.Problems));
        Assert.Equal(Keys(AnnualWheel.ReksTemplate, PlanYears), Keys(read.Value, PlanYears));
        Assert.True(AnnualWheel.ReksTemplate.WorkingDays.ClosedPeriods.SequenceEqual(read.Value.WorkingDays.ClosedPeriods));
    }

    [Fact]
    public void BodoExample_FourSessionsEveryOtherWeekAndEvaluationInJune()
    {
        // Seed 003 line 717: "Det er lagt opp til undervisningen ca 2 timer annenhver uke til sammen 4 ganger."
        // Seed 003 line 719: "Evaluering av undervisningsopplegget vil bli gjennomført i juni 2013."
        var read = ReadExample("bodo-training-wheel.json");
        Assert.True(read.IsValid, string.Join("\n", read.Problems));
        var occurrences = read.Value.Occurrences(new DateInterval(new LocalDate(2013, 1, 1), new LocalDate(2014, 12, 31)));
        Assert.Equal(
            ["2013-02-26 training", "2013-03-12 training", "2013-03-26 training", "2013-04-09 training", "2013-06-25 evaluation"],
            occurrences.Select(o => o.ToString()));
        Assert.All(occurrences.Where(o => o.Activity.Id == "training"), o => Assert.Equal(Duration.FromHours(2), o.Activity.Duration));
        Assert.Equal(6, occurrences[^1].Date.Month);
    }

    [Fact]
    public void Write_WheelWithRelativeRulesAndExceptions_RoundTrips()
    {
        var t = AnnualWheel.ReksTemplate;
        var wheel = new AnnualWheel(t.Name, t.Periods, t.Rings, t.Activities.Concat(new[]
            {
                new WheelActivity("plans-due", new LocalizedText("Planer inn", "Plans due"), "municipality", ActivityCategory.Deadline, "municipal-contact", RecurrenceRule.RelativeToActivity("september-meeting", -2, OffsetUnit.Weeks).WithSkip(new LocalDate(2028, 8, 22))),
                new WheelActivity("close", new LocalizedText("Kvartalsslutt"), "region", ActivityCategory.Reporting, "reks-coordinator", RecurrenceRule.RelativeToPeriod("Oktober–desember", PeriodBoundary.LastWorkingDay, -1).WithYears(2027, 2029)),
                new WheelActivity("board", new LocalizedText("Styremøte"), "region", ActivityCategory.Meeting, "board", RecurrenceRule.IsoWeekday(10, IsoDayOfWeek.Thursday).WithMove(new LocalDate(2029, 3, 8), new LocalDate(2029, 3, 9)), Adjustment.Nearest, new LocalTime(13, 30), Duration.FromMinutes(90), WheelLink.Goal(new GoalId("goal-1"))),
                new WheelActivity("quarterly", new LocalizedText("Kvartalsrapport"), "region", ActivityCategory.Reporting, "reks-coordinator", RecurrenceRule.EveryNMonths(new LocalDate(2027, 1, 31), 3, 12)),
            }), t.WorkingDays.ClosedPeriods);
        var text = WheelDocument.WriteString(wheel);
        var read = WheelDocument.Parse(text);
        Assert.True(read.IsValid, string.Join("\n", read.Problems));
        Assert.Equal(Keys(wheel, PlanYears), Keys(read.Value, PlanYears));
        Assert.Equal(text, WheelDocument.WriteString(read.Value));
    }

    [Fact]
    public void Parse_HostileDocument_ReportsEveryProblemAtItsPath()
    {
        const string Json = """
            {
              "schemaVersion": 1,
              "name": { "nb": "" },
              "periods": [
                { "name": { "nb": "Vår" }, "colour": "blue", "start": "01-01" },
                { "name": { "nb": "Vår" }, "colour": "#00FF00", "start": "13-40" },
                { "name": { "nb": "Høst" }, "colour": "#0000FF", "start": "01-01" }
              ],
              "rings": ["unit", "unit"],
              "closedPeriods": [{ "start": "07-01", "end": "07-32" }],
              "activities": [
                { "id": "a", "name": { "nb": "A" }, "ring": "region", "category": "party", "owner": "x", "rule": { "kind": "fixedDate", "month": 2, "day": 30 } },
                { "id": "a", "name": { "nb": "A2" }, "ring": "unit", "category": "meeting", "owner": "x", "rule": { "kind": "fixedDate", "month": 2, "day": 1, "week": 5 }, "adjust": "sideways" },
                { "id": "b", "name": { "nb": "B" }, "ring": "unit", "category": "meeting", "owner": "x", "rule": { "kind": "relativeToActivity", "activity": "c", "offset": 1, "unit": "days" } },
                { "id": "c", "name": { "nb": "C" }, "ring": "unit", "category": "meeting", "owner": "x", "rule": { "kind": "relativeToActivity", "activity": "b", "offset": 1, "unit": "days" } },
                { "id": "d", "name": { "nb": "D" }, "ring": "unit", "category": "meeting", "owner": "x", "rule": { "kind": "relativeToActivity", "activity": "ghost", "unit": "fortnights" } },
                { "id": "e", "name": { "nb": "E" }, "ring": "unit", "category": "meeting", "owner": "x", "rule": { "kind": "relativeToPeriod", "period": "Sommer", "boundary": "lastWorkingDay" } },
                { "id": "f", "name": { "nb": "F" }, "ring": "unit", "category": "meeting", "owner": "x", "rule": { "kind": "nthWeekdayOfMonth", "month": 9, "weekday": "none", "n": 1, "firstYear": 2030, "lastYear": 2027, "skip": ["2027-09-07", "2027-09-07"] }, "durationMinutes": 60 },
                { "id": "g", "name": { "nb": "G" }, "ring": "unit", "category": "meeting", "owner": "x", "rule": { "kind": "everyNWeeks", "start": "2027-02-30", "every": "2", "count": 4, "colour": 1 }, "time": "25:00" },
                { "name": { "nb": "H" }, "ring": "unit", "category": "meeting", "owner": "x", "rule": { "kind": "fixedDate", "month": 1, "day": 1 }, "Owner": "y" }
              ]
            }
            """;
        var shape = WheelDocument.Parse(Json);
        Assert.False(shape.IsValid);
        // The shape check runs first and reports every shape problem; the document's values are checked once its shape is right.
        Assert.Equal(
            [
                "InvalidValue $.activities[7].rule.start",
                "WrongType $.activities[7].rule.every",
                "UnknownProperty $.activities[7].rule.colour",
                "InvalidValue $.activities[7].time",
                "UnknownProperty $.activities[8].Owner",
                "Missing $.activities[8].id",
            ],
            shape.Problems.Select(p => $"{p.Kind} {p.Path}"));

        var values = WheelDocument.Parse(Json
            .Replace("\"2027-02-30\", \"every\": \"2\", \"count\": 4, \"colour\": 1 }, \"time\": \"25:00\"", "\"2027-02-28\", \"every\": 2, \"count\": 4 }", StringComparison.Ordinal)
            .Replace("{ \"name\": { \"nb\": \"H\" }", "{ \"id\": \"h\", \"name\": { \"nb\": \"H\" }", StringComparison.Ordinal)
            .Replace(", \"Owner\": \"y\"", string.Empty, StringComparison.Ordinal));
        Assert.Equal(
            [
                // Each element's own problems, in document order; then the wheel's rules, which run on the whole.
                "InvalidValue $.name.nb",
                "InvalidValue $.periods[0].colour",
                "InvalidValue $.periods[1].start",
                "InvalidValue $.closedPeriods[0].end",
                "InvalidValue $.activities[0].category",
                "InvalidValue $.activities[0].rule.day",
                "InvalidValue $.activities[1].adjust",
                "UnknownProperty $.activities[1].rule.week",
                "Missing $.activities[4].rule.offset",
                "InvalidValue $.activities[4].rule.unit",
                "InvalidValue $.activities[6].durationMinutes",
                "InvalidValue $.activities[6].rule.weekday",
                "DateOrder $.activities[6].rule.lastYear",
                "Duplicate $.activities[6].rule.skip[1]",
                "Duplicate $.periods[2].start",
                "Duplicate $.periods[1].name.nb",
                "Duplicate $.rings[1]",
                "Duplicate $.activities[1].id",
                "UnknownReference $.activities[0].ring",
                "UnknownReference $.activities[4].rule.activity",
                "UnknownReference $.activities[5].rule.period",
                "Structure $.activities[2].rule.activity",
                "Structure $.activities[3].rule.activity",
            ],
            values.Problems.Select(p => $"{p.Kind} {p.Path}"));
        Assert.Contains(values.Problems, p => p.Message.Contains("'b' → 'c' → 'b'", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_BlankEnglishNameOrBlankRing_IsReportedNotThrown()
    {
        // Both once reached a model constructor that throws: the reader must report them at their paths instead.
        var template = WheelDocument.WriteString(AnnualWheel.ReksTemplate);
        var blankEnglish = WheelDocument.Parse(template.Replace("\"en\": \"ReKs annual wheel\"", "\"en\": \" \"", StringComparison.Ordinal));
        Assert.Contains(blankEnglish.Problems, p => p.Path == "$.name.en" && p.Kind == ProblemKind.InvalidValue);

        var blankRing = WheelDocument.Parse(template.Replace("\"id\": \"municipality\"", "\"id\": \" \"", StringComparison.Ordinal).Replace("\"ring\": \"municipality\"", "\"ring\": \" \"", StringComparison.Ordinal));
        Assert.Contains(blankRing.Problems, p => p.Path == "$.rings[1]" && p.Kind == ProblemKind.InvalidValue);
        Assert.Contains(blankRing.Problems, p => p.Path.EndsWith(".ring", StringComparison.Ordinal) && p.Kind == ProblemKind.UnknownReference);
    }

    [Fact]
    public void Read_Stream_GivesTheSameWheelAsTheBytes()
    {
        using var stream = File.OpenRead(Repo.Path("docs", "examples", "reks-wheel.json"));
        Assert.Equal(Keys(AnnualWheel.ReksTemplate, PlanYears), Keys(WheelDocument.Read(stream).GetValueOrThrow(), PlanYears));
    }

    [Fact]
    public void Parse_BadJsonAndVersion_AreReportedWithPlace()
    {
        var syntax = Assert.Single(WheelDocument.Parse("{ \"schemaVersion\": 1,\n  \"name\": }").Problems);
        Assert.Equal(ProblemKind.Syntax, syntax.Kind);
        Assert.Equal(2, syntax.Line);
        Assert.Equal(ProblemKind.UnsupportedVersion, Assert.Single(WheelDocument.Parse("{ \"schemaVersion\": 7 }").Problems).Kind);
        Assert.Throws<ValidationException>(() => WheelDocument.Parse("[]").GetValueOrThrow());
    }

    [Fact]
    public void Parse_EmptyObjectAndWrongTypes_ReportsEveryMissingAndMistypedProperty()
    {
        var empty = WheelDocument.Parse("""{ "schemaVersion": 1 }""");
        Assert.Equal(
            ["Missing $.name", "Missing $.periods", "Missing $.rings", "Missing $.activities"],
            empty.Problems.Select(p => $"{p.Kind} {p.Path}"));

        var mistyped = WheelDocument.Parse("""{ "schemaVersion": 1, "name": "ReKs", "periods": {}, "rings": [1], "activities": [], "closedPeriods": null }""");
        Assert.Equal(
            ["WrongType $.name", "WrongType $.periods", "WrongType $.rings[0]"],
            mistyped.Problems.Select(p => $"{p.Kind} {p.Path}"));

        var noPeriods = WheelDocument.Parse("""{ "schemaVersion": 1, "name": { "nb": "X" }, "periods": [], "rings": [], "activities": [] }""");
        Assert.Equal(["InvalidValue $.periods"], noPeriods.Problems.Select(p => $"{p.Kind} {p.Path}"));
    }

    [Fact]
    public void Parse_DeepOrLargeDocument_IsRefusedAsLimit()
    {
        var deep = WheelDocument.Parse(new string('[', 100) + new string(']', 100));
        Assert.Equal(ProblemKind.Limit, Assert.Single(deep.Problems).Kind);
        var large = WheelDocument.Parse("""{ "schemaVersion": 1 }""", new ReadOptions(maxBytes: 10));
        Assert.Equal(ProblemKind.Limit, Assert.Single(large.Problems).Kind);
    }
}
