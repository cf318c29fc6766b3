namespace ReKs.Competence;

/// <summary>A broken single-element check, written once beside its model type: the model's constructor or factory
/// throws it for <see cref="Parameter"/> (<see cref="Throw"/>), and the document edge reports it as a
/// <see cref="Problem"/> at the element's path plus <see cref="Field"/> (<see cref="At"/>).</summary>
/// <param name="Field">Where in the element's document form, relative to the element (<see cref="ProblemPath.Root"/> for the element itself).</param>
/// <param name="Parameter">The name of the constructor or factory parameter that carries the field.</param>
/// <param name="Kind">The kind of problem.</param>
/// <param name="Message">What is wrong, in the words both the exception and the problem use.</param>
/// <param name="OutOfRange">Whether the parameter is a number outside its range (thrown as <see cref="ArgumentOutOfRangeException"/>).</param>
internal sealed record Fault(ProblemPath Field, string Parameter, ProblemKind Kind, string Message, bool OutOfRange = false)
{
    /// <summary>Initializes a new instance of the <see cref="Fault"/> class at a field of the element.</summary>
    public Fault(string field, string parameter, ProblemKind kind, string message, bool outOfRange = false)
        : this(ProblemPath.Root.Then(field), parameter, kind, message, outOfRange)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="Fault"/> class at a field of the element, with a message
    /// interpolated in the invariant culture (<see cref="InvariantText"/>).</summary>
    public Fault(string field, string parameter, ProblemKind kind, ref InvariantText message, bool outOfRange = false)
        : this(field, parameter, kind, message.ToStringAndClear(), outOfRange)
    {
    }

    /// <summary>A number outside its range.</summary>
    public static Fault Invalid(string field, string parameter, string message) => new(field, parameter, ProblemKind.InvalidValue, message, outOfRange: true);

    /// <summary>A number outside its range, with a message interpolated in the invariant culture (<see cref="InvariantText"/>).</summary>
    public static Fault Invalid(string field, string parameter, ref InvariantText message) => Invalid(field, parameter, message.ToStringAndClear());

    /// <summary>Throws the first fault, if any, as the argument exception its parameter gets: out of range for a number
    /// outside its range, a plain argument exception otherwise (a blank name, two values in the wrong order).</summary>
    public static void Throw(IEnumerable<Fault> faults)
    {
        if (faults.FirstOrDefault() is { } f)
        {
            throw f.OutOfRange
                ? new ArgumentOutOfRangeException(f.Parameter, f.Message)
                : new ArgumentException(f.Message, f.Parameter);
        }
    }

    /// <summary>Reports every fault as a problem at <paramref name="element"/>'s path plus the fault's field.</summary>
    public static bool Report(IEnumerable<Fault> faults, ProblemPath element, List<Problem> problems)
    {
        var before = problems.Count;
        problems.AddRange(faults.Select(f => f.At(element)));
        return problems.Count == before;
    }

    /// <summary>Gets the problem at <paramref name="element"/>'s path plus the field.</summary>
    public Problem At(ProblemPath element) => new(element.Then(Field.Segments.AsSpan()), Kind, Message);
}
