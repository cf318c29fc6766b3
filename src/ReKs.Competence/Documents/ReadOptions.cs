namespace ReKs.Competence.Documents;

/// <summary>Limits the plan document reader enforces against oversized or hostile input.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class ReadOptions
{
    /// <summary>Initializes a new instance of the <see cref="ReadOptions"/> class.</summary>
    /// <param name="maxBytes">The largest document accepted, in bytes; at least 1.</param>
    /// <param name="maxDepth">The deepest nesting accepted; 1 to 256.</param>
    /// <exception cref="ArgumentOutOfRangeException">A limit is out of range.</exception>
    public ReadOptions(long maxBytes = 64L * 1024 * 1024, int maxDepth = 32)
    {
        MaxBytes = Guard.Against.NegativeOrZero(maxBytes, nameof(maxBytes));
        MaxDepth = Guard.Against.OutOfRange(maxDepth, nameof(maxDepth), 1, 256);
    }

    /// <summary>Gets the default limits: 64 MiB and a depth of 32.</summary>
    public static ReadOptions Default { get; } = new();

    /// <summary>Gets the largest document accepted, in bytes.</summary>
    public long MaxBytes { get; }

    /// <summary>Gets the deepest nesting accepted.</summary>
    public int MaxDepth { get; }
}
