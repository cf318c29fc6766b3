namespace ReKs.Competence.Wheel;

/// <summary>The unit of the offset of a rule relative to another activity.</summary>
public enum OffsetUnit
{
    /// <summary>Calendar days.</summary>
    Days = 0,

    /// <summary>Weeks of seven calendar days.</summary>
    Weeks = 1,

    /// <summary>Working days of the wheel (<see cref="AnnualWheel.WorkingDays"/>), counted from the anchor's date.</summary>
    WorkingDays = 2,
}
