using System.Buffers;
using System.Collections.Immutable;
using NodaTime;
using ReKs.Competence.Model;

namespace ReKs.Competence.Gaps;

/// <summary>
/// Collects the people's columns (<see cref="PeopleColumns"/>) while the plan document's reader reads the people, from the
/// values it has at hand (each holding's competence as its number in the read, level, use and dates), person by person
/// in the document's order; once the plan is made, <see cref="Finish"/> orders them by node (a counting sort of the
/// people, their holdings copied in that order) into the columns <see cref="PlanColumns"/> would build from the plan's
/// objects, without a look-up of each holding's competence.
/// </summary>
/// <remarks>
/// <para>A person is collected in two steps: the reader writes its holdings and aspirations as it reads them
/// (<see cref="Begin"/>, <see cref="Holding"/>, <see cref="Aspiration"/>) and, once the person is kept, commits it
/// (<see cref="Commit"/>); a person read again (the reader gave up on it half-way, or a streamed read's buffer cut it)
/// starts again from <see cref="Begin"/>, which drops what was written since the last commit.</para>
/// <para>The collected values are in arrays from <see cref="ArrayPool{T}.Shared"/>, returned by <see cref="Finish"/> or
/// <see cref="Abandon"/>. One builder per read, used by one thread.</para>
/// </remarks>
internal sealed class PeopleColumnsBuilder
{
    private const int InitialHoldings = 1024;
    private const int InitialPeople = 64;

    // Holdings and aspirations in the document's order; a person's end is where the next one's start.
    private int[] _competence = ArrayPool<int>.Shared.Rent(InitialHoldings);
    private byte[] _level = ArrayPool<byte>.Shared.Rent(InitialHoldings);
    private bool[] _used = ArrayPool<bool>.Shared.Rent(InitialHoldings);
    private int[] _from = ArrayPool<int>.Shared.Rent(InitialHoldings);
    private int[] _until = ArrayPool<int>.Shared.Rent(InitialHoldings);
    private int[] _aspiration = ArrayPool<int>.Shared.Rent(InitialPeople);
    private Person[] _people = ArrayPool<Person>.Shared.Rent(InitialPeople);
    private int[] _holdingEnd = ArrayPool<int>.Shared.Rent(InitialPeople);
    private int[] _aspirationEnd = ArrayPool<int>.Shared.Rent(InitialPeople);

    // The competence of each number in the read (the reader numbers them in the order first met).
    private CompetenceId[] _competences = new CompetenceId[64];
    private bool[] _known = new bool[64];

    private int _count;
    private int _holdings;
    private int _aspirations;
    private int _pendingHoldings;
    private int _pendingAspirations;
    private bool _abandoned;

    /// <summary>Gets the number of people committed.</summary>
    public int Count => _count;

    /// <summary>Starts a person: drops anything written since the last commit.</summary>
    public void Begin()
    {
        _pendingHoldings = _holdings;
        _pendingAspirations = _aspirations;
    }

    /// <summary>Writes one holding of the person begun.</summary>
    /// <param name="ordinal">The competence's number in the read.</param>
    /// <param name="competence">The competence.</param>
    /// <param name="level">The level, or 0 when not assessed.</param>
    /// <param name="used">Whether it is used.</param>
    /// <param name="validFrom">Its <c>validFrom</c>.</param>
    /// <param name="validUntil">Its <c>validUntil</c>.</param>
    public void Holding(int ordinal, CompetenceId competence, int level, bool used, LocalDate? validFrom, LocalDate? validUntil)
    {
        Know(ordinal, competence);
        var h = _pendingHoldings;
        if (h == _competence.Length)
        {
            Grow(ref _competence, h);
            Grow(ref _level, h);
            Grow(ref _used, h);
            Grow(ref _from, h);
            Grow(ref _until, h);
        }

        _competence[h] = ordinal;
        _level[h] = checked((byte)level);
        _used[h] = used;
        _from[h] = DayNumber.Of(validFrom, DayNumber.Never);
        _until[h] = DayNumber.Of(validUntil, DayNumber.Forever);
        _pendingHoldings = h + 1;
    }

    /// <summary>Writes one aspiration of the person begun.</summary>
    /// <param name="ordinal">The competence's number in the read.</param>
    /// <param name="competence">The competence.</param>
    public void Aspiration(int ordinal, CompetenceId competence)
    {
        Know(ordinal, competence);
        if (_pendingAspirations == _aspiration.Length)
        {
            Grow(ref _aspiration, _pendingAspirations);
        }

        _aspiration[_pendingAspirations++] = ordinal;
    }

    /// <summary>Keeps the person begun, with what was written since <see cref="Begin"/>.</summary>
    /// <param name="person">The person the reader made of it.</param>
    public void Commit(Person person)
    {
        if (_count == _people.Length)
        {
            Grow(ref _people, _count);
            Grow(ref _holdingEnd, _count);
            Grow(ref _aspirationEnd, _count);
        }

        _people[_count] = person;
        _holdingEnd[_count] = _holdings = _pendingHoldings;
        _aspirationEnd[_count] = _aspirations = _pendingAspirations;
        _count++;
    }

    /// <summary>Whether the people committed are the plan's, one for one (the same objects in the same order).</summary>
    /// <param name="people">The plan's people.</param>
    /// <returns><see langword="true"/> when they are.</returns>
    public bool Fits(ImmutableArray<Person> people)
    {
        if (_abandoned || people.Length != _count)
        {
            return false;
        }

        for (var i = 0; i < _count; i++)
        {
            if (!ReferenceEquals(people[i], _people[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Orders the people collected by node into their columns, and returns the arrays collected to the pool.</summary>
    /// <param name="people">The plan's people (<see cref="Fits"/>).</param>
    /// <param name="personNode">Each person's node index, in the plan's order.</param>
    /// <param name="nodes">The number of nodes.</param>
    /// <param name="competences">The plan's competences, interned.</param>
    /// <returns>The people's columns and where each node's people start, or <see langword="null"/> when the people
    /// are not the ones collected or a competence read is not interned (then the columns are built from the plan's
    /// objects).</returns>
    public (PeopleColumns People, int[] PeopleStart)? Finish(ImmutableArray<Person> people, int[] personNode, int nodes, CompetenceInterner competences)
    {
        try
        {
            if (!Fits(people))
            {
                return null;
            }

            var map = new int[_competences.Length];
            for (var o = 0; o < map.Length; o++)
            {
                map[o] = _known[o] ? competences.Find(_competences[o]) : -1;
            }

            var order = PlanColumns.StableOrderBy(personNode, nodes, out var peopleStart);
            var columns = new PeopleColumns(_count, _holdings, _aspirations);
            int h = 0, a = 0;
            for (var j = 0; j < order.Length; j++)
            {
                var i = order[j];
                columns.WritePerson(j, _people[i]);
                columns.HoldingStart[j] = h;
                for (int k = i == 0 ? 0 : _holdingEnd[i - 1], end = _holdingEnd[i]; k < end; k++, h++)
                {
                    var c = map[_competence[k]];
                    if (c < 0)
                    {
                        return null;
                    }

                    columns.HoldingCompetence[h] = c;
                    columns.HoldingLevel[h] = _level[k];
                    columns.HoldingUsed[h] = _used[k];
                    columns.HoldingFrom[h] = _from[k];
                    columns.HoldingUntil[h] = _until[k];
                }

                columns.AspirationStart[j] = a;
                for (int k = i == 0 ? 0 : _aspirationEnd[i - 1], end = _aspirationEnd[i]; k < end; k++, a++)
                {
                    var c = map[_aspiration[k]];
                    if (c < 0)
                    {
                        return null;
                    }

                    columns.AspirationCompetence[a] = c;
                }
            }

            return (columns, peopleStart);
        }
        finally
        {
            Abandon();
        }
    }

    /// <summary>Gives up: returns the arrays collected to the pool; <see cref="Fits"/> is false from then on.</summary>
    public void Abandon()
    {
        if (_abandoned)
        {
            return;
        }

        _abandoned = true;
        ArrayPool<int>.Shared.Return(_competence);
        ArrayPool<byte>.Shared.Return(_level);
        ArrayPool<bool>.Shared.Return(_used);
        ArrayPool<int>.Shared.Return(_from);
        ArrayPool<int>.Shared.Return(_until);
        ArrayPool<int>.Shared.Return(_aspiration);
        ArrayPool<Person>.Shared.Return(_people, clearArray: true);
        ArrayPool<int>.Shared.Return(_holdingEnd);
        ArrayPool<int>.Shared.Return(_aspirationEnd);
        _competence = _from = _until = _aspiration = _holdingEnd = _aspirationEnd = [];
        _level = [];
        _used = [];
        _people = [];
        _count = _holdings = _aspirations = _pendingHoldings = _pendingAspirations = 0;
    }

    private void Know(int ordinal, CompetenceId competence)
    {
        if (ordinal >= _known.Length)
        {
            var size = Math.Max(ordinal + 1, _known.Length * 2);
            Array.Resize(ref _known, size);
            Array.Resize(ref _competences, size);
        }

        if (!_known[ordinal])
        {
            _known[ordinal] = true;
            _competences[ordinal] = competence;
        }
    }

    private static void Grow<T>(ref T[] array, int used)
    {
        var larger = ArrayPool<T>.Shared.Rent(checked(array.Length * 2));
        Array.Copy(array, larger, used);
        ArrayPool<T>.Shared.Return(array, clearArray: System.Runtime.CompilerServices.RuntimeHelpers.IsReferenceOrContainsReferences<T>());
        array = larger;
    }
}
