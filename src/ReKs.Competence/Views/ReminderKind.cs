using System.Collections.Immutable;
using NodaTime;
using ReKs.Competence.Model;
using ReKs.Competence.Wheel;

namespace ReKs.Competence.Views;

/// <summary>What a reminder from the plan reminds of.</summary>
public enum ReminderKind
{
    /// <summary>A person's certificate expires: renew it.</summary>
    Renewal = 0,

    /// <summary>A deadline: a requirement is needed by a date, or an application for a measure's funding is due.</summary>
    Deadline = 1,

    /// <summary>A session of one of the plan's measures.</summary>
    Session = 2,

    /// <summary>A measure's effect is measured.</summary>
    Evaluation = 3,
}
