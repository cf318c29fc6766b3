using ReKs.Competence.Documents;
using ReKs.Competence.Model;
using ReKs.Competence.Tests.Support;
using ReKs.Competence.Wheel;

namespace ReKs.Competence.Tests.Wheel;

/// <summary>A wheel names its own rings and owner roles (issue 13, "names, not ids"): the document's names win over the
/// built-in vocabulary, which stays the fallback; every problem with them is reported at its path.</summary>
public class WheelNamesTests
{
    private static string Document(string rings, string? owners, params (string Owner, string Ring)[] activities)
    {
        var listed = activities.Select((a, i) =>
            "{ \"id\": \"a" + i + "\", \"name\": { \"nb\": \"A" + i + "\" }, \"ring\": \"" + a.Ring + "\", \"category\": \"training\", \"owner\": \"" + a.Owner
            + "\", \"rule\": { \"kind\": \"fixedDate\", \"month\": 3, \"day\": " + (i + 1) + " } }");
        return "{ \"schemaVersion\": 1, \"name\": { \"nb\": \"Hjul\", \"en\": \"Wheel\" },\n"
            + "  \"periods\": [{ \"name\": { \"nb\": \"År\", \"en\": \"Year\" }, \"colour\": \"#336699\", \"start\": \"01-01\" }],\n"
            + "  \"rings\": " + rings + ",\n"
            + (owners is null ? string.Empty : "  \"owners\": " + owners + ",\n")
            + "  \"activities\": [" + string.Join(",\n", listed) + "] }";
    }

    [Fact]
    public void Parse_NamedRingsAndOwners_WinOverTheVocabularyWhichStaysTheFallback()
    {
        var json = Document(
            """[{ "id": "unit", "name": { "nb": "Hjemmetjenestesonene", "en": "The home-care zones" } }, "region"]""",
            """[{ "id": "educator", "name": { "nb": "Kursleder", "en": "Course leader" } }, "night-nurse"]""",
            ("educator", "unit"), ("unit-leader", "region"), ("night-nurse", "unit"));
        var read = WheelDocument.Parse(json);
        Assert.True(read.IsValid, string.Join("\n", read.Problems));
        var wheel = read.Value!;
        Assert.Equal("The home-care zones", wheel.RingName("unit").In(Language.English));
        Assert.Equal(WheelVocabulary.RingName("region"), wheel.RingName("region"));
        Assert.Equal("Kursleder", wheel.OwnerName("educator").In(Language.Norwegian));
        Assert.Equal(WheelVocabulary.OwnerName("unit-leader"), wheel.OwnerName("unit-leader"));
        Assert.Equal("night-nurse", wheel.OwnerName("night-nurse").In(Language.English));
    }

    [Fact]
    public void Write_NamedTerms_RoundTripAndUnnamedOnesStayIds()
    {
        var json = Document(
            """[{ "id": "unit", "name": { "nb": "Sonene", "en": "The zones" } }, "region"]""",
            """[{ "id": "educator", "name": { "nb": "Kursleder" } }]""",
            ("educator", "unit"));
        var wheel = WheelDocument.Parse(json).GetValueOrThrow();
        var written = WheelDocument.WriteString(wheel);
        Assert.Contains("\"region\"", written, StringComparison.Ordinal);
        var again = WheelDocument.Parse(written).GetValueOrThrow();
        Assert.Equal(wheel.RingTerms.Select(t => (t.Id, t.Name)), again.RingTerms.Select(t => (t.Id, t.Name)));
        Assert.Equal(wheel.OwnerTerms.Select(t => (t.Id, t.Name)), again.OwnerTerms.Select(t => (t.Id, t.Name)));
        Assert.Equal(written, WheelDocument.WriteString(again));
    }

    [Fact]
    public void Parse_OlderDocumentWithoutOwners_TakesAnyOwnerAsWritten()
    {
        // Every wheel written before "owners" existed stays valid: without the list, an owner is not checked.
        var read = WheelDocument.Parse(Document("""["unit"]""", null, ("night-nurse", "unit")));
        Assert.True(read.IsValid, string.Join("\n", read.Problems));
        Assert.Empty(read.Value!.OwnerTerms);
    }

    [Fact]
    public void Parse_BadNamesAndReferences_EveryProblemAtItsPath()
    {
        var json = Document(
            """[{ "id": "unit", "name": { "nb": " " } }, "unit", "region"]""",
            """[{ "id": "educator", "name": { "nb": "Kursleder" } }, { "id": "educator", "name": { "nb": "Lærer" } }, " "]""",
            ("educator", "unit"), ("nightnurse", "region"), ("unit-leader", "ward-7"));
        var problems = WheelDocument.Parse(json).Problems.Select(p => $"{p.Kind} {p.Path}").ToList();
        Assert.Contains("InvalidValue $.rings[0].name.nb", problems);
        Assert.Contains("Duplicate $.rings[1]", problems);
        Assert.Contains("Duplicate $.owners[1]", problems);
        Assert.Contains("InvalidValue $.owners[2]", problems);
        Assert.Contains("UnknownReference $.activities[1].owner", problems);   // neither declared nor built in
        Assert.Contains("UnknownReference $.activities[2].ring", problems);    // a ring must be declared, as before
        Assert.DoesNotContain("UnknownReference $.activities[2].owner", problems); // built in: a known role
        Assert.DoesNotContain("UnknownReference $.activities[0].owner", problems); // declared
    }

    [Theory]
    [InlineData("""[{ "id": "unit" }]""", "Missing $.rings[0].name")]
    [InlineData("""[{ "id": "unit", "name": { "nb": "Sone" }, "colour": "#000000" }]""", "UnknownProperty $.rings[0].colour")]
    [InlineData("""[7]""", "WrongType $.rings[0]")]
    [InlineData("""[{ "id": 7, "name": { "nb": "Sone" } }]""", "WrongType $.rings[0].id")]
    public void Parse_MisshapenTerm_IsReportedAtItsPath(string rings, string expected)
    {
        var problems = WheelDocument.Parse(Document(rings, null, ("educator", "unit"))).Problems.Select(p => $"{p.Kind} {p.Path}");
        Assert.Contains(expected, problems);
    }

    [Fact]
    public void Constructor_UndeclaredOwner_IsReportedLikeTheDocument()
    {
        // The rules are written once: code gets the same problem at the same place as the document.
        var t = AnnualWheel.ReksTemplate;
        var stray = new WheelActivity("stray", new LocalizedText("Stray"), "region", ActivityCategory.Meeting, "nightnurse", RecurrenceRule.FixedDate(5, 5));
        var e = Assert.Throws<ValidationException>(() => new AnnualWheel(t.Name, t.Periods, t.RingTerms, [.. t.Activities, stray], t.WorkingDays.ClosedPeriods, t.OwnerTerms));
        var problem = Assert.Single(e.Problems);
        Assert.Equal($"$.activities[{t.Activities.Length}].owner", problem.Path);
        Assert.Equal(ProblemKind.UnknownReference, problem.Kind);
    }

    [Fact]
    public void ReksTemplate_NamesItsActorsAsTheSeedDoes()
    {
        // Seed 000 lines 171-173: "regional koordinator i 100 % stilling sammen med fag og kvalitetsutviklere i hver
        // kommune".
        var t = AnnualWheel.ReksTemplate;
        Assert.Equal("Regional koordinator", t.OwnerName("reks-coordinator").In(Language.Norwegian));
        Assert.Equal("Quality developer", t.OwnerName("municipal-contact").In(Language.English));
        Assert.Equal("Regionen", t.RingName("region").In(Language.Norwegian));
        Assert.Equal("The municipalities", t.RingName("municipality").In(Language.English));
    }

    [Theory]
    [InlineData("""[{ "id": "unit" }]""", false)]
    [InlineData("""[{ "id": "unit", "name": { "nb": "Sone", "en": "Zone" }, "colour": "#000000" }]""", false)]
    [InlineData("""[{ "id": "unit", "name": { "nb": "Sone" } }, "region"]""", true)]
    public void Schema_AgreesWithTheReaderOnTerms(string rings, bool valid)
    {
        var json = Document(rings, """["educator", { "id": "unit-leader", "name": { "nb": "Leder" } }]""", ("educator", "unit"));
        Assert.Equal(valid, Schemas.Evaluate(Schemas.Load("wheel.schema.json"), json).IsValid);
        Assert.Equal(valid, WheelDocument.Parse(json).IsValid);
    }
}
