using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using ReKs.Competence.Model;

namespace ReKs.Competence.Documents;

/// <summary>
/// Reads a plan's people on the reader's direct path (<see cref="DocumentReader"/>) straight into the model: a person in
/// the common form (the properties a plan document writes, unescaped identifiers and names, ISO dates in their common
/// form, no evidence and no integrator's data) whose values the mapper would take without a problem becomes its
/// <see cref="Person"/> and <see cref="Holding"/> objects at once, with no transfer object for it or its holdings, its
/// identifiers found by their UTF-8 bytes in the read's <see cref="TextPool"/>, its holdings without dates shared with
/// every equal one of the read (<see cref="TextPool.Undated"/>). Any other person — anything unusual, a
/// value the mapper would refuse, evidence to resolve — is read again from its first byte by the serializer, as before,
/// so that the mapper (and the full pipeline after it) reports what is wrong with its path.
/// </summary>
/// <remarks>A person read here has levels from 1 to <see cref="ProficiencyLevel.MaxValue"/>; whether the plan's scale
/// holds them is known only once the whole document is read, so the list keeps the highest (<see cref="PersonList.MaxLevel"/>)
/// and the reader leaves the document to the full pipeline when the scale does not reach it.</remarks>
internal sealed class PersonListConverter : JsonConverter<List<PersonDto>>
{
    private const int Id = 1;
    private const int Node = 2;
    private const int PositionPercent = 4;
    private const int PositionTypeBit = 8;
    private const int EducationBit = 16;
    private const int Starts = 32;
    private const int Leaves = 64;
    private const int Holdings = 128;
    private const int Aspirations = 256;
    private const int Evidence = 512;
    private const int Extensions = 1024;
    private const int RequiredPerson = Id | Node | PositionPercent;

    private const int Competence = 1;
    private const int Level = 2;
    private const int Basis = 4;
    private const int Used = 8;
    private const int ValidFrom = 16;
    private const int ValidUntil = 32;
    private const int RequiredHolding = Competence | Level | Basis | Used;

    public override List<PersonDto> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("the people are not a list; the full reader reads it");
        }

        var pool = TextPool.Current;
        var info = (JsonTypeInfo<PersonDto>)options.GetTypeInfo(typeof(PersonDto));
        var list = new PersonList();
        var holdings = new List<Holding>();
        var aspirations = new List<CompetenceId>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            list.Add(ReadPerson(ref reader, pool, info, holdings, aspirations, list)!);
        }

        return list;
    }

    /// <summary>Reads the one person (or other value) the reader stands on: in the common form straight into the model,
    /// otherwise again from its first byte by the serializer. The streamed reader (<see cref="PlanStreamReader"/>) reads
    /// each person of a stream with it.</summary>
    /// <param name="reader">The reader, on the person's first token; it is left on the person's last.</param>
    /// <param name="pool">The read's pool, or <see langword="null"/> (then the serializer reads every person).</param>
    /// <param name="info">The serializer's metadata of a person, with the read's options.</param>
    /// <param name="holdings">Scratch space for a person's holdings.</param>
    /// <param name="aspirations">Scratch space for a person's aspirations.</param>
    /// <param name="list">The people read so far, which keeps the highest level read.</param>
    /// <returns>The person's transfer object (<see langword="null"/> for a JSON null).</returns>
    internal static PersonDto? ReadPerson(ref Utf8JsonReader reader, TextPool? pool, JsonTypeInfo<PersonDto> info, List<Holding> holdings, List<CompetenceId> aspirations, PersonList list)
    {
        var start = reader;
        var person = pool is null ? null : Common(ref reader, pool, holdings, aspirations, list);
        if (person is null)
        {
            reader = start;
            person = JsonSerializer.Deserialize(ref reader, info);
        }

        return person;
    }

    /// <summary>Not used: the writer writes people with the serializer.</summary>
    /// <exception cref="NotSupportedException">Always.</exception>
    public override void Write(Utf8JsonWriter writer, List<PersonDto> value, JsonSerializerOptions options) =>
        throw new NotSupportedException("people are written by the serializer");

    /// <summary>A person in the common form, read into the model, or <see langword="null"/> (the reader stands anywhere
    /// inside it then; the caller reads it again from its start).</summary>
    /// <remarks>Given a reader over part of a document (<see cref="PlanStreamReader"/>), it may run out of bytes: a read
    /// that returns <see langword="false"/> leaves the reader on the token before, a property name or the end of a
    /// holding or list, which no value check here takes, so the person is refused or returned with the reader not on its
    /// end; the caller checks that the reader ends on the person's own end.</remarks>
    internal static PersonDto? Common(ref Utf8JsonReader reader, TextPool pool, List<Holding> holdings, List<CompetenceId> aspirations, PersonList list)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        holdings.Clear();
        aspirations.Clear();
        string? id = null;
        NodeId node = default;
        var percent = 0m;
        var positionType = PositionType.Other;
        var education = HealthEducation.Unknown;
        LocalDate? starts = null, leaves = null;
        var seen = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            if (reader.ValueIsEscaped)
            {
                return null;
            }

            var name = reader.ValueSpan;
            var property =
                name.SequenceEqual("id"u8) ? Id :
                name.SequenceEqual("node"u8) ? Node :
                name.SequenceEqual("positionPercent"u8) ? PositionPercent :
                name.SequenceEqual("positionType"u8) ? PositionTypeBit :
                name.SequenceEqual("education"u8) ? EducationBit :
                name.SequenceEqual("starts"u8) ? Starts :
                name.SequenceEqual("leaves"u8) ? Leaves :
                name.SequenceEqual("holdings"u8) ? Holdings :
                name.SequenceEqual("aspirations"u8) ? Aspirations :
                name.SequenceEqual("evidence"u8) ? Evidence :
                name.SequenceEqual("extensions"u8) ? Extensions : 0;
            if (property == 0 || (seen & property) != 0)
            {
                return null;
            }

            seen |= property;
            reader.Read();
            var ok = property switch
            {
                Id => reader.TokenType == JsonTokenType.String && (id = reader.GetString()) is not null,
                Node => Plain(ref reader) && pool.Node(reader.ValueSpan, out node),
                PositionPercent => reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out percent),
                PositionTypeBit => reader.TokenType == JsonTokenType.Null || (Plain(ref reader) && EnumText.TryParse(reader.ValueSpan, out positionType)),
                EducationBit => reader.TokenType == JsonTokenType.Null || (Plain(ref reader) && EnumText.TryParse(reader.ValueSpan, out education)),
                Starts => Date(ref reader, out starts),
                Leaves => Date(ref reader, out leaves),
                Holdings => reader.TokenType == JsonTokenType.Null || (reader.TokenType == JsonTokenType.StartArray && ReadHoldings(ref reader, pool, holdings, list)),
                Aspirations => reader.TokenType == JsonTokenType.Null || (reader.TokenType == JsonTokenType.StartArray && ReadAspirations(ref reader, pool, aspirations)),

                // Evidence is resolved under the plan's precedence, and an integrator's data kept verbatim: the serializer reads them.
                _ => reader.TokenType == JsonTokenType.Null,
            };
            if (!ok)
            {
                return null;
            }
        }

        if ((seen & RequiredPerson) != RequiredPerson
            || !PersonId.TryCreate(id, out var personId)
            || !PositionShare.TryFromPercent(percent, out var share, out _) || Person.ShareProblem(share) is not null
            || (starts is { } s && leaves is { } l && l <= s))
        {
            return null;
        }

        // Every rule of Person's constructor is checked above (the enumerations by name, a holding is never null, no
        // aspiration twice), so the person is made without a second pass over its holdings.
        var person = Person.Read(personId, node, share, [.. holdings], [.. aspirations], starts, leaves, positionType, education);
        return new PersonDto { Id = id!, Node = node.Value, PositionPercent = percent, Read = person };
    }

    private static bool ReadHoldings(ref Utf8JsonReader reader, TextPool pool, List<Holding> holdings, PersonList list)
    {
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            CompetenceId competence = default;
            var ordinal = 0;
            var level = 0;
            CompetenceBasis basis = default;
            var used = false;
            LocalDate? validFrom = null, validUntil = null;
            var seen = 0;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                if (reader.ValueIsEscaped)
                {
                    return false;
                }

                var name = reader.ValueSpan;
                var property =
                    name.SequenceEqual("competence"u8) ? Competence :
                    name.SequenceEqual("level"u8) ? Level :
                    name.SequenceEqual("basis"u8) ? Basis :
                    name.SequenceEqual("used"u8) ? Used :
                    name.SequenceEqual("validFrom"u8) ? ValidFrom :
                    name.SequenceEqual("validUntil"u8) ? ValidUntil : 0;
                if (property == 0 || (seen & property) != 0)
                {
                    return false;
                }

                seen |= property;
                reader.Read();
                var ok = property switch
                {
                    Competence => Plain(ref reader) && pool.Competence(reader.ValueSpan, out competence, out ordinal),
                    Level => reader.TokenType == JsonTokenType.Null
                        || (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out level) && level is >= 1 and <= ProficiencyLevel.MaxValue),
                    Basis => Plain(ref reader) && EnumText.TryParse(reader.ValueSpan, out basis),
                    Used => Bool(ref reader, out used),
                    ValidFrom => Date(ref reader, out validFrom),
                    _ => Date(ref reader, out validUntil),
                };
                if (!ok)
                {
                    return false;
                }
            }

            if ((seen & RequiredHolding) != RequiredHolding)
            {
                return false;
            }

            if (level > list.MaxLevel)
            {
                list.MaxLevel = level;
            }

            holdings.Add(validFrom is null && validUntil is null
                ? pool.Undated(competence, ordinal, level, basis, used)
                : new Holding(competence, level == 0 ? null : new ProficiencyLevel(level), basis, used, validFrom, validUntil));
        }

        return true;
    }

    private static bool ReadAspirations(ref Utf8JsonReader reader, TextPool pool, List<CompetenceId> aspirations)
    {
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (!Plain(ref reader) || !pool.Competence(reader.ValueSpan, out var id) || aspirations.Contains(id))
            {
                return false;
            }

            aspirations.Add(id);
        }

        return true;
    }

    /// <summary>Whether the reader stands on an unescaped string, whose bytes are its text.</summary>
    private static bool Plain(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && !reader.HasValueSequence;

    private static bool Bool(ref Utf8JsonReader reader, out bool value)
    {
        value = reader.TokenType == JsonTokenType.True;
        return reader.TokenType is JsonTokenType.True or JsonTokenType.False;
    }

    private static bool Date(ref Utf8JsonReader reader, out LocalDate? date)
    {
        date = null;
        return reader.TokenType == JsonTokenType.Null || (Plain(ref reader) && (date = IsoConverters.PlainDate(reader.ValueSpan)) is not null);
    }
}

/// <summary>The people of a document read on the direct path, with the highest level their holdings read straight into
/// the model name (0 when none).</summary>
internal sealed class PersonList : List<PersonDto>
{
    /// <summary>The highest level of a holding read straight into the model.</summary>
    public int MaxLevel { get; set; }
}
