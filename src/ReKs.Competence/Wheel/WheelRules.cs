using NodaTime;
using NodaTime.Text;

namespace ReKs.Competence.Wheel;

/// <summary>
/// The wheel's rules, written once: at least one period, period starts and names distinct, rings named and distinct,
/// activity identifiers distinct, each activity on a ring of the wheel, relative rules anchored to an activity or period
/// the wheel has and free of cycles, and closed periods that leave a week open (so every date can move to a working day). They run on an outline of the wheel, built from a wheel in code or from a wheel
/// document (whose elements may have problems of their own), and report every problem, naming the offender.
/// </summary>
internal static class WheelRules
{
    public static List<Problem> Validate(WheelOutline wheel)
    {
        var problems = new List<Problem>();
        var root = ProblemPath.Root;
        if (wheel.Periods.Count == 0)
        {
            problems.Add(new Problem(root.Then("periods"), ProblemKind.InvalidValue, "a wheel needs at least one period"));
        }

        Rules.Unique(wheel.Periods, p => p!.Start is { } s ? AnnualDatePattern.Iso.Format(s) : null!, root.Then("periods"), "period start", problems, "start");
        Rules.Unique(wheel.Periods, p => p!.Name!, root.Then("periods"), "period name", problems, "name", "nb");
        for (var i = 0; i < wheel.Rings.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(wheel.Rings[i]))
            {
                problems.Add(new Problem(root.Then("rings", i), ProblemKind.InvalidValue, "a ring needs a name"));
            }
        }

        Rules.Unique(wheel.Rings, r => r!, root.Then("rings"), "ring", problems, string.Empty);
        if (wheel.ClosedPeriods.Count > 0 && !new WorkingDays(wheel.ClosedPeriods).HasOpenWeek())
        {
            problems.Add(new Problem(root.Then("closedPeriods"), ProblemKind.InvalidValue, "the closed periods leave no seven days in a row open in the year, so an occurrence may find no working day to move to; leave at least one week open"));
        }

        Rules.Unique(wheel.Activities, a => a!.Id!, root.Then("activities"), "activity id", problems);

        // A blank ring is reported above, and an activity on it as on an unknown ring.
        var rings = wheel.Rings.Where(r => !string.IsNullOrWhiteSpace(r)).ToHashSet(StringComparer.Ordinal);
        var ids = wheel.Activities.Select(a => a?.Id).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var periods = wheel.Periods.SelectMany(p => new[] { p?.Name, p?.EnglishName }).OfType<string>().ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < wheel.Activities.Count; i++)
        {
            if (wheel.Activities[i] is not { } a)
            {
                continue;
            }

            var at = root.Then("activities", i);
            if (!rings.Contains(a.Ring))
            {
                problems.Add(new Problem(at.Then("ring"), ProblemKind.UnknownReference, $"the activity '{a.Id}' is on the ring '{a.Ring}', which the wheel does not have"));
            }

            if (a.AnchorActivity is { } anchor && !ids.Contains(anchor))
            {
                problems.Add(new Problem(at.Then("rule", "activity"), ProblemKind.UnknownReference, $"the activity '{a.Id}' is relative to the unknown activity '{anchor}'"));
            }

            if (a.AnchorPeriod is { } period && !periods.Contains(period))
            {
                problems.Add(new Problem(at.Then("rule", "period"), ProblemKind.UnknownReference, $"the activity '{a.Id}' is relative to the unknown period '{period}'"));
            }
        }

        var anchors = wheel.Activities.Where(a => a?.Id is not null).Select(a => (a!.Id!, a.AnchorActivity)).ToList();
        foreach (var cycle in AnnualWheel.FindCycles(anchors))
        {
            var text = string.Join(" → ", cycle.Append(cycle[0]).Select(id => $"'{id}'"));
            foreach (var id in cycle)
            {
                var i = wheel.Activities.ToList().FindIndex(a => string.Equals(a?.Id, id, StringComparison.Ordinal));
                problems.Add(new Problem(root.Then("activities", i, "rule", "activity"), ProblemKind.Structure, $"the activities {text} form a cycle"));
            }
        }

        return problems;
    }
}

/// <summary>What the wheel's rules look at, by position. A <see langword="null"/> element is a null passed in code; a
/// <see langword="null"/> field is one a document wrote invalidly (reported where it was read) and matches nothing.</summary>
internal sealed record WheelOutline(IReadOnlyList<PeriodOutline?> Periods, IReadOnlyList<string?> Rings, IReadOnlyList<ActivityOutline?> Activities, IReadOnlyList<ClosedPeriod> ClosedPeriods)
{
    public static WheelOutline Of(IReadOnlyList<WheelPeriod?> periods, IReadOnlyList<string?> rings, IReadOnlyList<WheelActivity?> activities, IReadOnlyList<ClosedPeriod> closedPeriods) => new(
        [.. periods.Select(p => p is null ? null : new PeriodOutline(p.Start, p.Name.Norwegian, p.Name.English))],
        rings,
        [.. activities.Select(a => a is null ? null : new ActivityOutline(
            a.Id,
            a.Ring,
            (a.Rule as RelativeToActivityRule)?.ActivityId,
            (a.Rule as RelativeToPeriodRule)?.Period))],
        closedPeriods);
}

/// <summary>A period's start and names.</summary>
internal sealed record PeriodOutline(AnnualDate? Start, string? Name, string? EnglishName);

/// <summary>An activity's identifier, ring and the anchor of a relative rule.</summary>
internal sealed record ActivityOutline(string? Id, string Ring, string? AnchorActivity, string? AnchorPeriod);
