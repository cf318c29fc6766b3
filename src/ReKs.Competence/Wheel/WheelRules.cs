using NodaTime;
using NodaTime.Text;
using ReKs.Competence.Evaluation;
using ReKs.Competence.Model;

namespace ReKs.Competence.Wheel;

/// <summary>
/// The wheel's rules, written once: at least one period, period starts and names distinct, rings named and distinct,
/// declared owner roles named and distinct and, when the wheel declares any, each activity's owner one of them or a role
/// the built-in vocabulary knows,
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

        Rules.Unique(wheel.Periods, p => p!.Start.HasValue ? AnnualDatePattern.Iso.Format(p.Start.GetValueOrDefault()) : null!, root.Then("periods"), ("period start", "period"), problems, "start");
        Rules.Unique(wheel.Periods, p => p!.Name!, root.Then("periods"), ("period name", null), problems, "name", "nb");
        for (var i = 0; i < wheel.Rings.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(wheel.Rings[i]))
            {
                problems.Add(new Problem(root.Then("rings", i), ProblemKind.InvalidValue, "a ring needs a name"));
            }
        }

        Rules.Unique(wheel.Rings, r => r!, root.Then("rings"), "ring", problems, string.Empty);
        for (var i = 0; i < wheel.Owners.Count; i++)
        {
            var owner = wheel.Owners[i];
            if (owner is not null && string.IsNullOrWhiteSpace(owner))
            {
                problems.Add(new Problem(root.Then("owners", i), ProblemKind.InvalidValue, "an owner role needs an id"));
            }
        }

        Rules.Unique(wheel.Owners, o => o!, root.Then("owners"), "owner role", problems, string.Empty);
        var owners = wheel.Owners.Where(o => !string.IsNullOrWhiteSpace(o)).ToHashSet(StringComparer.Ordinal);
        if (wheel.ClosedPeriods.Count > 0 && !new WorkingDays(wheel.ClosedPeriods).HasOpenWeek())
        {
            problems.Add(new Problem(root.Then("closedPeriods"), ProblemKind.InvalidValue, "the closed periods leave no seven days in a row open in the year, so an occurrence may find no working day to move to; leave at least one week open"));
        }

        Rules.Unique(wheel.Activities, a => a!.Id!, root.Then("activities"), ("activity id", "activity"), problems);

        // A blank ring is reported above, and an activity on it as on an unknown ring.
        var rings = wheel.Rings.Where(r => !string.IsNullOrWhiteSpace(r)).ToHashSet(StringComparer.Ordinal);
        var ids = wheel.Activities.Select(a => a?.Id).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var periods = wheel.Periods.SelectMany(p => new[] { p?.Name, p?.EnglishName }).OfType<string>().ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < wheel.Activities.Count; i++)
        {
            var a = wheel.Activities[i];
            if (a is null)
            {
                continue;
            }

            var at = root.Then("activities", i);
            if (!rings.Contains(a.Ring))
            {
                problems.Add(new Problem(at.Then("ring"), ProblemKind.UnknownReference, $"the activity '{a.Id}' is on the ring '{a.Ring}', which the wheel does not have"));
            }

            // Owner roles are checked only when the wheel declares some: a wheel without a list takes any role as written.
            if (owners.Count > 0 && !string.IsNullOrWhiteSpace(a.Owner) && !owners.Contains(a.Owner) && !WheelVocabulary.KnowsOwner(a.Owner))
            {
                problems.Add(new Problem(at.Then("owner"), ProblemKind.UnknownReference, $"the activity '{a.Id}' is owned by '{a.Owner}', which is neither one of the wheel's owners nor a role the built-in vocabulary knows"));
            }

            var anchor = a.AnchorActivity;
            if (anchor is not null && !ids.Contains(anchor))
            {
                problems.Add(new Problem(at.Then("rule", "activity"), ProblemKind.UnknownReference, $"the activity '{a.Id}' is relative to the unknown activity '{anchor}'"));
            }

            var period = a.AnchorPeriod;
            if (period is not null && !periods.Contains(period))
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

    /// <summary>Checks the activities' links against a plan (goals, measures) and, when given, its evaluation data
    /// (indicators): a typed link must name one of its kind; an untyped link must name exactly one goal, measure or
    /// indicator. Each problem is at <c>$.activities[i].link</c>.</summary>
    public static List<Problem> AgainstPlan(IReadOnlyList<WheelActivity> activities, CompetencePlan plan, EvaluationData? evaluation)
    {
        var problems = new List<Problem>();
        var goals = plan.Goals.Select(g => g.Id.Value).ToHashSet(StringComparer.Ordinal);
        var measures = plan.Measures.Select(m => m.Id.Value).ToHashSet(StringComparer.Ordinal);
        var indicators = evaluation?.Indicators.Select(i => i.Id.Value).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < activities.Count; i++)
        {
            var link = activities[i].Link;
            if (link is null)
            {
                continue;
            }

            var at = ProblemPath.Root.Then("activities", i, "link");
            var a = activities[i].Id;
            if (link.Kind == WheelLinkKind.Untyped)
            {
                var named = new[] { ("goal", goals.Contains(link.Id)), ("measure", measures.Contains(link.Id)), ("indicator", indicators?.Contains(link.Id) == true) }
                    .Where(x => x.Item2).Select(x => x.Item1).ToList();
                if (named.Count == 0)
                {
                    problems.Add(new Problem(at, ProblemKind.UnknownReference, indicators is null
                        ? $"the activity '{a}' links to '{link.Id}', which names no goal or measure of the plan (an indicator link needs \"linkKind\": \"indicator\" when no evaluation data are given)"
                        : $"the activity '{a}' links to '{link.Id}', which names no goal, measure or indicator of the plan"));
                }
                else if (named.Count > 1)
                {
                    problems.Add(new Problem(at, ProblemKind.InvalidValue, $"the activity '{a}' links to '{link.Id}', which names the {string.Join(" and the ", named)} '{link.Id}'; say which with \"linkKind\""));
                }

                continue;
            }

            var (known, what) = link.Kind switch
            {
                WheelLinkKind.Goal => (goals, "goal"),
                WheelLinkKind.Measure => (measures, "measure"),
                _ => (indicators, "indicator"),
            };
            if (known is not null && !known.Contains(link.Id))
            {
                problems.Add(new Problem(at, ProblemKind.UnknownReference, $"the activity '{a}' links to the {what} '{link.Id}', which the plan{(what == "indicator" ? "'s evaluation data do" : " does")} not have"));
            }
        }

        return problems;
    }
}

/// <summary>What the wheel's rules look at, by position. A <see langword="null"/> element is a null passed in code; a
/// <see langword="null"/> field is one a document wrote invalidly (reported where it was read) and matches nothing.</summary>
internal sealed record WheelOutline(IReadOnlyList<PeriodOutline?> Periods, IReadOnlyList<string?> Rings, IReadOnlyList<ActivityOutline?> Activities, IReadOnlyList<ClosedPeriod> ClosedPeriods, IReadOnlyList<string?> Owners)
{
    public static WheelOutline Of(IReadOnlyList<WheelPeriod?> periods, IReadOnlyList<string?> rings, IReadOnlyList<WheelActivity?> activities, IReadOnlyList<ClosedPeriod> closedPeriods, IReadOnlyList<string?> owners) => new(
        [.. periods.Select(p => p is null ? null : new PeriodOutline(p.Start, p.Name.Norwegian, p.Name.English))],
        rings,
        [.. activities.Select(a => a is null ? null : new ActivityOutline(
            a.Id,
            a.Ring,
            (a.Rule as RelativeToActivityRule)?.ActivityId,
            (a.Rule as RelativeToPeriodRule)?.Period,
            a.OwnerRole))],
        closedPeriods,
        owners);
}

/// <summary>A period's start and names.</summary>
internal sealed record PeriodOutline(AnnualDate? Start, string? Name, string? EnglishName);

/// <summary>An activity's identifier, ring, the anchor of a relative rule and its owner role.</summary>
internal sealed record ActivityOutline(string? Id, string Ring, string? AnchorActivity, string? AnchorPeriod, string? Owner);
