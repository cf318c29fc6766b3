using NodaTime;
using ReKs.Competence.Documents;
using ReKs.Competence.Gaps;
using ReKs.Competence.Model;
using ReKs.Competence.Views;
using ReKs.Competence.Wheel;

namespace ReKs.Competence.Cli.Tests.Reporting;

/// <summary>Names, not ids, wherever the plan or the wheel has names (issue 13): goals in the gaps output, rings and
/// owners in the wheel's text, Markdown, report and calendar, in the language chosen. The ReKs template names its rings
/// and owners as seed 000 names the actors (lines 171–173).</summary>
public class NamesNotIdsTests
{
    private static readonly Lazy<CompetencePlan> Gjovik = new(() => PlanDocument.ReadBytes(File.ReadAllBytes(CliRunner.Example("gjovik-region.json"))).GetValueOrThrow());

    private static WheelView Wheel() => WheelView.Create(Gjovik.Value, AnnualWheel.ReksTemplate, new DateInterval(new LocalDate(2027, 1, 1), new LocalDate(2027, 12, 31)));

    [Theory]
    [InlineData(Language.Norwegian)]
    [InlineData(Language.English)]
    public void Gaps_GoalsColumn_NamesEveryGoalAndPrintsNoGoalId(Language language)
    {
        var view = GapsView.Create(GapAnalyzer.Analyse(Gjovik.Value, new LocalDate(2026, 9, 1)), new NodeId("sondre-land"));
        var markdown = MarkdownTables.Gaps(view, language);
        var goals = view.Lines.SelectMany(l => l.Goals).Distinct().ToList();
        Assert.NotEmpty(goals);
        foreach (var goal in goals)
        {
            Assert.Contains($" {view.Glossary.GoalName(goal, language)} |", markdown, StringComparison.Ordinal);
            Assert.DoesNotContain($" {goal.Value} |", markdown, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(Language.Norwegian, "Kommunene", "Regional koordinator", "Fag- og kvalitetsutvikler")]
    [InlineData(Language.English, "The municipalities", "Regional coordinator", "Quality developer")]
    public void Wheel_RingsAndOwners_AreNamedInTheLanguage(Language language, string ring, string coordinator, string contact)
    {
        foreach (var text in new[] { TextTables.Wheel(Wheel(), language), MarkdownTables.Wheel(Wheel(), language) })
        {
            Assert.Contains(ring, text, StringComparison.Ordinal);
            Assert.Contains(coordinator, text, StringComparison.Ordinal);
            Assert.Contains(contact, text, StringComparison.Ordinal);
            Assert.DoesNotContain("reks-coordinator", text, StringComparison.Ordinal);
            Assert.DoesNotContain("municipal-contact", text, StringComparison.Ordinal);
            Assert.DoesNotContain(" municipality ", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Wheel_AReminderOwner_IsItsUnitsName()
    {
        // The plan's deadlines and renewals are owned by a unit (its node id): the table names the unit.
        var view = WheelView.Create(Gjovik.Value, AnnualWheel.ReksTemplate, new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2027, 12, 31)));
        var owners = view.Reminders.Select(r => r.Occurrence.Activity.OwnerRole).Where(o => NodeId.TryCreate(o, out var n) && Gjovik.Value.Organisation.Contains(n)).Distinct().ToList();
        Assert.NotEmpty(owners);
        var text = TextTables.Wheel(view, Language.Norwegian);
        foreach (var owner in owners)
        {
            Assert.Contains(view.Glossary.NodeName(new NodeId(owner), Language.Norwegian), text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("nb", "<td>Kommunene</td>")]
    [InlineData("en", "<td>The municipalities</td>")]
    public void Report_WheelTables_NameTheRings(string lang, string cell)
    {
        var (exit, html, error) = CliRunner.Run("report", CliRunner.Example("gjovik-region.json"), "--as-of", "2026-09-01", "--lang", lang);
        Assert.True(exit == 0, error);
        Assert.Contains(cell, html, StringComparison.Ordinal);
        Assert.DoesNotContain("<td>municipality</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<td>region</td>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nb", "CATEGORIES:Rapportering", "Fag- og kvalitetsutvikler")]
    [InlineData("en", "CATEGORIES:Reporting", "Quality developer")]
    public void Ics_CategoriesAndDescriptions_AreInTheLanguage(string lang, string category, string owner)
    {
        var (exit, ics, error) = CliRunner.Run("wheel", CliRunner.Example("gjovik-region.json"), "--year", "2027", "--format", "ics", "--lang", lang);
        Assert.True(exit == 0, error);
        var unfolded = ics.Replace("\r\n ", string.Empty, StringComparison.Ordinal);
        Assert.Contains(category, unfolded, StringComparison.Ordinal);
        Assert.Contains(owner, unfolded, StringComparison.Ordinal);
        Assert.DoesNotContain("municipal-contact", unfolded, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Language.Norwegian)]
    [InlineData(Language.English)]
    public void Ics_AReminderOwner_IsItsUnitsNameNotItsId(Language language)
    {
        // The plan's renewals and needed-by deadlines are owned by a unit: the calendar's description names the unit as
        // the plan does, in the language chosen, where it used to print the unit's id.
        var window = new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2027, 12, 31));
        var reminders = AnnualWheel.ReksTemplate.Reminders(Gjovik.Value, window);
        var glossary = PlanGlossary.Of(Gjovik.Value);
        var units = reminders.Select(o => o.Activity.OwnerRole).Where(o => NodeId.TryCreate(o, out var n) && Gjovik.Value.Organisation.Contains(n)).Distinct().ToList();
        Assert.NotEmpty(units);
        var ics = ReKs.Competence.ICalendar.WheelCalendar.ToICalendar(reminders, "ReKs", language).Replace("\r\n ", string.Empty, StringComparison.Ordinal);
        foreach (var unit in units)
        {
            var name = glossary.NodeName(new NodeId(unit), language);
            Assert.NotEqual(unit, name);
            // RFC 5545 escapes a comma in TEXT ("Sykehjem nord\, Gjøvik").
            Assert.Contains($" · {name.Replace(",", "\\,", StringComparison.Ordinal)} · ", ics, StringComparison.Ordinal);
            Assert.DoesNotContain($" · {unit} · ", ics, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Ics_ASessionOwner_IsTheResponsibleRoleInTheLanguage()
    {
        // Bodø's training sessions (seed 003, the training scheme) are owned by the measure's responsible role, which the
        // example names in both languages: the English calendar shows the English name, not the Norwegian one.
        var bodo = PlanDocument.ReadBytes(File.ReadAllBytes(CliRunner.Example("bodo-hverdagsrehabilitering.json"))).GetValueOrThrow();
        var reminders = AnnualWheel.ReksTemplate.Reminders(bodo, new DateInterval(new LocalDate(2013, 1, 1), new LocalDate(2013, 12, 31)));
        var sessions = reminders.Where(o => o.Kind == OccurrenceKind.Session).ToList();
        Assert.NotEmpty(sessions);
        var role = sessions[0].Activity.OwnerName!;
        Assert.NotEqual(role.Norwegian, role.In(Language.English));
        var ics = ReKs.Competence.ICalendar.WheelCalendar.ToICalendar(sessions, "Bodø", Language.English).Replace("\r\n ", string.Empty, StringComparison.Ordinal);
        Assert.Contains($" · {role.In(Language.English)} · ", ics, StringComparison.Ordinal);
        Assert.DoesNotContain(role.Norwegian, ics, StringComparison.Ordinal);
    }

    [Fact]
    public void WheelVocabulary_AnUnknownRingOrRole_IsShownAsWritten()
    {
        Assert.Equal("ward-7", WheelVocabulary.RingName("ward-7").In(Language.English));
        Assert.Equal("night-nurse", WheelVocabulary.OwnerName("night-nurse").In(Language.Norwegian));
        Assert.Equal("Kommune", WheelVocabulary.RingName("municipality").In(Language.Norwegian));
    }
}
