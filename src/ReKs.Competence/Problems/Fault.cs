namespace ReKs.Competence;

/// <summary>A broken single-element check, written once beside its model type: the model's constructor or factory
/// throws it for <see cref="Parameter"/> (<see cref="Throw"/>), and the document edge reports it as a
/// <see cref="Problem"/> at the element's path plus <see cref="Field"/> (<see cref="At"/>).</summary>
/// <param name="Field">The field of the element's document form, relative to the element; empty for the element itself.</param>
/// <param name="Parameter">The name of the constructor or factory parameter that carries the field.</param>
/// <param name="Kind">The kind of problem.</param>
/// <param name="Message">What is wrong, in the words both the exception and the problem use.</param>
internal sealed record Fault(string Field, string Parameter, ProblemKind Kind, string Message)
{
    /// <summary>A value outside its range.</summary>
    public static Fault Invalid(string field, string parameter, string message) => new(field, parameter, ProblemKind.InvalidValue, message);

    /// <summary>Throws the first fault, if any, as the argument exception its parameter gets: out of range for an invalid
    /// value, a plain argument exception otherwise (a blank name, two values in the wrong order).</summary>
    public static void Throw(IEnumerable<Fault> faults)
    {
        if (faults.FirstOrDefault() is { } f)
        {
            throw f.Kind == ProblemKind.InvalidValue
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
    public Problem At(ProblemPath element) => new(Field.Length == 0 ? element : element.Then(Field), Kind, Message);
}
