using System.Collections.Immutable;
using NodaTime;
using ReKs.Competence.Gaps;
using ReKs.Competence.Model;

namespace ReKs.Competence.Planning;

/// <summary>Whom each measure reaches and how its yield changes the plan (the rules are documented on <see cref="PlanCoverage.After"/>).</summary>
internal static class MeasureEffects
{
    public static (ImmutableArray<MeasureReach> Reach, Dictionary<Measure, HashSet<(NodeId, GapKey)>> Addressed) Reach(GapAnalysis before)
    {
        var plan = before.Plan;
        var asOf = before.AsOf;
        var order = plan.Organisation.DepthFirst.Select((n, i) => (n.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var needs = before.Lines.Where(l => l.Figures.Gap > PositionShare.Zero).ToList();
        var reaches = ImmutableArray.CreateBuilder<MeasureReach>(plan.Measures.Length);
        var addressed = new Dictionary<Measure, HashSet<(NodeId, GapKey)>>(ReferenceEqualityComparer.Instance);
        foreach (var m in plan.Measures)
        {
            var lines = needs.Where(l => m.Yields.Any(y => Addresses(plan, m, y, l))).ToList();
            addressed[m] = [.. lines.Select(l => (l.Node, l.Key))];
            var completesOn = m.CompletesOn ?? m.Yields.Where(y => y.By is not null).Select(y => y.By).Max();
            var completes = m.Status != MeasureStatus.Cancelled && completesOn is { } c && c <= asOf;

            // Who on the addressed lines could use the measure: developable people (develop), people holding it unused (mobilise).
            var candidates = new HashSet<PersonId>();
            foreach (var line in lines)
            {
                foreach (var counted in before.Explain(line).People)
                {
                    var fits = m.Yields.Any(y => y.Competence == line.Competence && (
                        (y.Strategy == CompetenceStrategies.Develop && counted.Class == PersonClass.Developable)
                        || (y.Strategy == CompetenceStrategies.Mobilise && counted.Class == PersonClass.QualifiedUnused)));
                    if (fits)
                    {
                        candidates.Add(counted.Person);
                    }
                }
            }

            var people = new List<PersonId>();
            var chosen = new HashSet<PersonId>();
            void Take(PersonId p)
            {
                if (chosen.Add(p))
                {
                    people.Add(p);
                }
            }

            foreach (var done in m.Completions.Where(x => x.Date <= asOf))
            {
                Take(done.Person);
            }

            var reachesPeople = m.Yields.Any(y => y.Strategy is CompetenceStrategies.Develop or CompetenceStrategies.Mobilise);
            if (reachesPeople && m.Status != MeasureStatus.Done && m.Status != MeasureStatus.Cancelled)
            {
                if (!m.TargetPeople.IsEmpty)
                {
                    foreach (var p in m.TargetPeople)
                    {
                        Take(p);
                    }
                }
                else
                {
                    var group = plan.People
                        .Where(p => p.IsEmployedAt(asOf) && !chosen.Contains(p.Id) && InGroup(plan, m, p))
                        .OrderBy(p => candidates.Contains(p.Id) ? 0 : 1).ThenBy(p => order[p.Node]).ThenBy(p => p.Id.Value, StringComparer.Ordinal);
                    var room = m.Seats is { } seats ? Math.Max(0, seats - people.Count) : long.MaxValue;
                    foreach (var p in group.TakeWhile(_ => room-- > 0))
                    {
                        Take(p.Id);
                    }
                }
            }

            reaches.Add(new MeasureReach(m, completesOn, completes, [.. people], [.. people.Where(candidates.Contains)], m.Seats));
        }

        return (reaches.ToImmutable(), addressed);
    }

    /// <summary>Applies one measure's yield to a plan, if it completes by the date.</summary>
    public static CompetencePlan Apply(CompetencePlan plan, MeasureReach reach, LocalDate asOf)
    {
        var m = reach.Measure;
        if (m.Status == MeasureStatus.Cancelled)
        {
            return plan;
        }

        var people = plan.People.ToList();
        var requirements = plan.Requirements;
        var changed = false;
        var index = people.Select((p, i) => (p.Id, i)).ToDictionary(x => x.Id, x => x.i);
        for (var j = 0; j < m.Yields.Length; j++)
        {
            var y = m.Yields[j];
            switch (y.Strategy)
            {
                case CompetenceStrategies.Develop:
                    foreach (var id in reach.People)
                    {
                        var date = m.Completions.FirstOrDefault(c => c.Person == id)?.Date ?? (m.Status == MeasureStatus.Done ? null : m.CompletesOn);
                        if (date is { } from && from <= asOf && index.TryGetValue(id, out var i))
                        {
                            people[i] = people[i].AddHolding(new Holding(y.Competence, y.Level, CompetenceBasis.Informal, used: true, validFrom: from));
                            changed = true;
                        }
                    }

                    break;
                case CompetenceStrategies.Mobilise when reach.Completes:
                    foreach (var id in reach.People)
                    {
                        if (index.TryGetValue(id, out var i) && (y.Node is not { } node || people[i].Node == node)
                            && people[i].Holdings.Any(h => h.Competence == y.Competence && !h.Used))
                        {
                            people[i] = people[i].WithHoldings(people[i].Holdings.Select(h => h.Competence == y.Competence && !h.Used
                                ? new Holding(h.Competence, h.Level, h.Basis, used: true, h.ValidFrom, h.ValidUntil)
                                : h));
                            changed = true;
                        }
                    }

                    break;
                case CompetenceStrategies.Acquire when y.By is { } by && by <= asOf:
                    var left = y.Amount.Hundredths;
                    for (var n = 1; left > 0; n++)
                    {
                        var share = Math.Min(left, PositionShare.FullTime.Hundredths);
                        left -= share;
                        var id = $"{(m.Id.Value.Length > 100 ? m.Id.Value[..100] : m.Id.Value)}~{j}~{n}";
                        while (index.ContainsKey(new PersonId(id)))
                        {
                            id += "~";
                        }

                        var person = new Person(
                            new PersonId(id),
                            y.Node!.Value,
                            PositionShare.FromHundredths(share),
                            [new Holding(y.Competence, y.Level, CompetenceBasis.Formal, used: true)],
                            starts: by,
                            positionType: y.PositionType ?? PositionType.Other);
                        index[person.Id] = people.Count;
                        people.Add(person);
                        changed = true;
                    }

                    break;
                case CompetenceStrategies.PhaseOut when reach.Completes:
                    var kept = requirements.RemoveAll(r => r.Node == y.Node && r.Competence == y.Competence && r.MinLevel == y.Level);
                    changed |= kept.Length != requirements.Length;
                    requirements = kept;
                    break;
            }
        }

        return changed ? plan.WithPeople(people).WithRequirements(requirements) : plan;
    }

    private static bool Addresses(CompetencePlan plan, Measure m, MeasureYield y, GapLine line)
    {
        if (y.Competence != line.Competence || m.Status == MeasureStatus.Cancelled)
        {
            return false;
        }

        return y.Strategy switch
        {
            CompetenceStrategies.Develop => y.Level >= line.MinLevel && Targets(plan, m, line.Node),
            CompetenceStrategies.Mobilise => y.Node is { } n ? n == line.Node : Targets(plan, m, line.Node),
            CompetenceStrategies.Acquire => y.Node == line.Node && y.Level >= line.MinLevel,
            _ => y.Node == line.Node && y.Level == line.MinLevel,
        };
    }

    /// <summary>Whether a measure's target group reaches a node: a node it names or its sub-tree, the node of a person it
    /// names, or any node when it names neither.</summary>
    private static bool Targets(CompetencePlan plan, Measure m, NodeId node) =>
        m.Participants.IsEmpty && m.TargetPeople.IsEmpty
        || m.Participants.Any(p => plan.Organisation.IsInSubtree(node, p))
        || m.TargetPeople.Any(p => plan.FindPerson(p)?.Node == node);

    private static bool InGroup(CompetencePlan plan, Measure m, Person p) =>
        (m.Participants.IsEmpty || m.Participants.Any(n => plan.Organisation.IsInSubtree(p.Node, n)))
        && (m.TargetPositionTypes.IsEmpty || m.TargetPositionTypes.Contains(p.PositionType));
}
