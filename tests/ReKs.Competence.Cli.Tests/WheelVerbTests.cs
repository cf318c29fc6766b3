namespace ReKs.Competence.Cli.Tests;

public class WheelVerbTests
{
    [Theory]
    [InlineData("table", "nb", "wheel-2027.nb.txt")]
    [InlineData("markdown", "en", "wheel-2027.en.md")]
    public void Wheel_Example2027_MatchesGolden(string format, string lang, string golden)
    {
        var (exit, output, error) = CliRunner.Run("wheel", CliRunner.Example("gjovik-region.json"), "--year", "2027", "--format", format, "--lang", lang);
        Assert.True(exit == 0, error);
        CliRunner.AssertGolden(golden, output);
    }

    [Fact]
    public void Wheel_NoYear_UsesTodaysYear()
    {
        var (exit, output, error) = CliRunner.Run("wheel", CliRunner.Example("gjovik-region.json"));
        Assert.True(exit == 0, error);
        Assert.Contains("2026-09-01", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Wheel_NodeOrAsOf_IsAUsageErrorNotIgnored() =>
        Assert.Equal(1, CliRunner.Run("wheel", CliRunner.Example("gjovik-region.json"), "--node", "gjovik").Exit);

    [Fact]
    public void Wheel_BadYear_IsAUsageError() =>
        Assert.Equal(1, CliRunner.Run("wheel", CliRunner.Example("gjovik-region.json"), "--year", "1200").Exit);

    [Fact]
    public void Wheel_Ics_HasOneEventPerRowWithStableUids()
    {
        var (exit, output, error) = CliRunner.Run("wheel", CliRunner.Example("gjovik-region.json"), "--year", "2027", "--format", "ics");
        Assert.True(exit == 0, error);
        Assert.StartsWith("BEGIN:VCALENDAR", output, StringComparison.Ordinal);
        Assert.Contains("UID:september-meeting-20270907@reks-competence", output, StringComparison.Ordinal);
        // 7 wheel activities; from the plan 15 renewals (due 90 days before expiry), 5 deadlines, 1 measure session and 1 evaluation.
        Assert.Equal(7 + 15 + 5 + 1 + 1, output.Split("BEGIN:VEVENT").Length - 1);
        // RFC 5545 lines end in CRLF; the golden file is stored with LF (.gitattributes), so compare normalised.
        Assert.Contains("\r\n", output, StringComparison.Ordinal);
        CliRunner.AssertGolden("wheel-2027.ics", output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Wheel_IcsRecurring_OneSeriesPerActivityAndRemindersAsEvents()
    {
        var (exit, output, error) = CliRunner.Run("wheel", CliRunner.Example("gjovik-region.json"), "--year", "2027", "--format", "ics", "--recurring");
        Assert.True(exit == 0, error);
        Assert.Contains("UID:september-meeting@reks-competence", output, StringComparison.Ordinal);
        Assert.Contains("RRULE:FREQ=YEARLY;COUNT=1;BYDAY=1TU;BYMONTH=9", output.Replace("\r\n ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        CliRunner.AssertGolden("wheel-2027.recurring.ics", output.ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("2031")]
    [InlineData("2040")]
    public void Wheel_IcsYearsAhead_WritesTheTimeZone(string year)
    {
        // The VTIMEZONE no longer depends on the machine's clock, so years ahead of it export too.
        var (exit, output, error) = CliRunner.Run("wheel", CliRunner.Example("gjovik-region.json"), "--year", year, "--format", "ics", "--recurring");
        Assert.True(exit == 0, error);
        Assert.Contains("DTSTART:19961027T030000", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Wheel_RecurringWithoutIcs_IsAUsageError()
    {
        var (exit, _, error) = CliRunner.Run("wheel", CliRunner.Example("gjovik-region.json"), "--year", "2027", "--recurring");
        Assert.Equal(1, exit);
        Assert.Contains("--recurring", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Wheel_BodoWheelFile_MatchesGolden()
    {
        var (exit, output, error) = CliRunner.Run("wheel", CliRunner.Example("bodo-hverdagsrehabilitering.json"), "--wheel", CliRunner.Example("bodo-training-wheel.json"), "--year", "2013", "--lang", "en");
        Assert.True(exit == 0, error);
        Assert.Contains("2013-03-12", output, StringComparison.Ordinal);
        CliRunner.AssertGolden("wheel-bodo-2013.en.txt", output);
    }

    [Fact]
    public void Wheel_BadWheelFile_ExitsTwoWithEveryProblemAndPath()
    {
        var file = Path.Combine(Path.GetTempPath(), $"bad-wheel-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, """
            { "schemaVersion": 1, "name": { "nb": "X" }, "periods": [{ "name": { "nb": "År" }, "colour": "red", "start": "01-01" }], "rings": ["unit"],
              "activities": [{ "id": "a", "name": { "nb": "A" }, "ring": "unit", "category": "meeting", "owner": "x", "rule": { "kind": "relativeToActivity", "activity": "nobody", "offset": 1, "unit": "days" } }] }
            """);
        try
        {
            var (exit, _, error) = CliRunner.Run("wheel", CliRunner.Example("gjovik-region.json"), "--wheel", file);
            Assert.Equal(2, exit);
            Assert.Contains("2 problem(er)", error, StringComparison.Ordinal);
            Assert.Contains("$.periods[0].colour", error, StringComparison.Ordinal);
            Assert.Contains("$.activities[0].rule.activity: the activity 'a' is relative to the unknown activity 'nobody'", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void WheelJson_Example2027_MatchesGoldenAndIsVersioned()
    {
        // The README's wheel (seed 000, appendix 6.1) as the library writes it: reks.wheel, version 2 (ringName and ownerName added).
        var (exit, output, error) = CliRunner.Run("wheel", CliRunner.Example("gjovik-region.json"), "--year", "2027", "--format", "json");
        Assert.True(exit == 0, error);
        using var doc = System.Text.Json.JsonDocument.Parse(output);
        Assert.Equal("reks.wheel", doc.RootElement.GetProperty("format").GetString());
        Assert.Equal(2, doc.RootElement.GetProperty("version").GetInt32());
        Assert.Equal(7, doc.RootElement.GetProperty("activities").GetArrayLength());
        var kinds = doc.RootElement.GetProperty("reminders").EnumerateArray().GroupBy(r => r.GetProperty("kind").GetString()).ToDictionary(g => g.Key!, g => g.Count());
        Assert.Equal(new Dictionary<string, int> { ["renewal"] = 15, ["deadline"] = 5, ["session"] = 1, ["evaluation"] = 1 }, kinds);
        CliRunner.AssertGolden("wheel-2027.json", output);
    }

    [Fact]
    public void Wheel_FromTo_ShowsOnlyTheWindowBothEndsIncluded()
    {
        // 2027-09-01 and 2027-09-07 are the README table's September rows; 2027-08-09 (autumn start) is outside.
        var (exit, output, error) = CliRunner.Run("wheel", CliRunner.Example("gjovik-region.json"), "--from", "2027-09-01", "--to", "2027-09-07", "--format", "json");
        Assert.True(exit == 0, error);
        using var doc = System.Text.Json.JsonDocument.Parse(output);
        var dates = doc.RootElement.GetProperty("activities").EnumerateArray().Select(a => a.GetProperty("date").GetString()).ToList();
        Assert.Equal(["2027-09-01", "2027-09-07"], dates);
        Assert.Equal("2027-09-01", doc.RootElement.GetProperty("from").GetString());
        Assert.Equal("2027-09-07", doc.RootElement.GetProperty("to").GetString());
    }

    [Fact]
    public void Wheel_FromToYears_SpanEveryYear()
    {
        // --from 2026 --to 2029: 1 January 2026 to 31 December 2029, four years of the seven README activities.
        var (exit, output, error) = CliRunner.Run("wheel", CliRunner.Example("gjovik-region.json"), "--from", "2026", "--to", "2029", "--format", "json");
        Assert.True(exit == 0, error);
        using var doc = System.Text.Json.JsonDocument.Parse(output);
        Assert.Equal("2026-01-01", doc.RootElement.GetProperty("from").GetString());
        Assert.Equal("2029-12-31", doc.RootElement.GetProperty("to").GetString());
        var years = doc.RootElement.GetProperty("activities").EnumerateArray().GroupBy(a => a.GetProperty("date").GetString()![..4]).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(["2026", "2027", "2028", "2029"], years.Keys.Order());
        Assert.All(years.Values, n => Assert.Equal(7, n));
    }

    [Fact]
    public void Wheel_FromAlone_RunsToTheEndOfItsYear()
    {
        var (exit, output, error) = CliRunner.Run("wheel", CliRunner.Example("gjovik-region.json"), "--from", "2027-09-02", "--format", "json");
        Assert.True(exit == 0, error);
        using var doc = System.Text.Json.JsonDocument.Parse(output);
        Assert.Equal("2027-12-31", doc.RootElement.GetProperty("to").GetString());
        Assert.Equal(["2027-09-07", "2027-11-15"], doc.RootElement.GetProperty("activities").EnumerateArray().Select(a => a.GetProperty("date").GetString()));
    }

    [Theory]
    [InlineData("--from", "2028-01-01", "--to", "2027-12-31")]
    [InlineData("--from", "2027", "--year", "2027")]
    [InlineData("--from", "20x7", "--to", "2028")]
    [InlineData("--to", "1200", "--format", "json")]
    [InlineData("--from", "2027-02-30", "--format", "json")]
    public void Wheel_BadWindow_IsAUsageErrorOnOneLine(string a, string b, string c, string d)
    {
        var (exit, output, error) = CliRunner.Run("wheel", CliRunner.Example("gjovik-region.json"), a, b, c, d);
        Assert.Equal(1, exit);
        Assert.Empty(output);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Wheel_RecurringWithJson_IsAUsageError() =>
        Assert.Equal(1, CliRunner.Run("wheel", CliRunner.Example("gjovik-region.json"), "--format", "json", "--recurring").Exit);

    [Fact]
    public void Wheel_RenewalLead_MovesEveryRenewalReminder()
    {
        // The renewal's lead time is an option (issue "The plan closes the loop"): with 0 days the reminder falls on the
        // expiry day itself, so some 2027 renewals fall out of the year and others come in.
        static int Renewals(params string[] extra)
        {
            var (exit, output, error) = CliRunner.Run(["wheel", CliRunner.Example("gjovik-region.json"), "--year", "2027", "--format", "json", .. extra]);
            Assert.True(exit == 0, error);
            using var doc = System.Text.Json.JsonDocument.Parse(output);
            return doc.RootElement.GetProperty("reminders").EnumerateArray().Count(r => r.GetProperty("kind").GetString() == "renewal");
        }

        Assert.Equal(15, Renewals());
        Assert.Equal(11, Renewals("--renewal-lead", "0"));
        Assert.Equal(1, CliRunner.Run("wheel", CliRunner.Example("gjovik-region.json"), "--renewal-lead", "-1").Exit);
    }
}
