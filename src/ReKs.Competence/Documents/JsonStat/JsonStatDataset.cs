using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using ReKs.Competence.Model;
using ReKs.Competence.Evaluation;

namespace ReKs.Competence.Documents;

/// <summary>
/// A JSON-stat 2.0 dataset — the format Statistics Norway's (SSB) API returns for KOSTRA tables — read so that a series
/// can be taken out of it by choosing the region, the content and the time dimension.
/// </summary>
/// <remarks>
/// <para>Reads what the JSON-stat 2.0 specification allows for a dataset: <c>id</c> and <c>size</c>; categories indexed by
/// an array or an object (or by their only label when a dimension has one category); <c>value</c> as a dense array or a
/// sparse object; <c>status</c> as one string, an array or an object; <c>role</c>; metric units with decimals. Values are in
/// row-major order (the last dimension varies fastest). A <see langword="null"/> value is kept as missing with its status
/// symbol (SSB: <c>..</c> not available, <c>.</c> cannot occur, <c>:</c> suppressed for privacy).</para>
/// <para>Every problem is reported with its JSON path; nothing is guessed.</para>
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class JsonStatDataset
{
    private readonly ImmutableArray<double?> _values;
    private readonly ImmutableArray<string?> _status;

    private JsonStatDataset(string? label, string? source, string? updated, ImmutableArray<JsonStatDimension> dimensions, ImmutableArray<double?> values, ImmutableArray<string?> status)
    {
        Label = label;
        Source = source;
        Updated = updated;
        Dimensions = dimensions;
        _values = values;
        _status = status;
    }

    /// <summary>Gets the dataset's label, or <see langword="null"/>.</summary>
    public string? Label { get; }

    /// <summary>Gets the source, e.g. "Statistisk sentralbyrå", or <see langword="null"/>.</summary>
    public string? Source { get; }

    /// <summary>Gets when the source last updated the data, as written, or <see langword="null"/>.</summary>
    public string? Updated { get; }

    /// <summary>Gets the dimensions in the dataset's order.</summary>
    public ImmutableArray<JsonStatDimension> Dimensions { get; }

    /// <summary>Gets the number of cells.</summary>
    public int Count => _values.Length;

    /// <summary>Reads a dataset from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="options">Limits; <see cref="ReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The dataset, or every problem.</returns>
    public static ReadResult<JsonStatDataset> ReadBytes(ReadOnlySpan<byte> utf8Json, ReadOptions? options = null) =>
        DocumentReader.Read(utf8Json, options, Read);

    /// <summary>Reads a dataset from a stream of UTF-8 JSON, reading no more than the size limit allows.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="options">Limits; <see cref="ReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The dataset, or every problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    public static ReadResult<JsonStatDataset> Read(Stream utf8Json, ReadOptions? options = null) =>
        DocumentReader.Read(utf8Json, options, ReadBytes);

    /// <summary>Reads a dataset from JSON text.</summary>
    /// <param name="json">The document.</param>
    /// <param name="options">Limits; <see cref="ReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The dataset, or every problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    public static ReadResult<JsonStatDataset> Parse(string json, ReadOptions? options = null) =>
        ReadBytes(System.Text.Encoding.UTF8.GetBytes(Guard.Against.Null(json, nameof(json))), options);

    /// <summary>Finds a dimension by its code.</summary>
    /// <param name="id">The code.</param>
    /// <returns>The dimension, or <see langword="null"/>.</returns>
    public JsonStatDimension? FindDimension(string id) => Dimensions.FirstOrDefault(d => d.Id == id);

    /// <summary>Gets the dimension with a role (<c>time</c>, <c>geo</c>, <c>metric</c>), or <see langword="null"/>.</summary>
    /// <param name="role">The role.</param>
    /// <returns>The first dimension with that role, or <see langword="null"/>.</returns>
    public JsonStatDimension? DimensionWithRole(string role) => Dimensions.FirstOrDefault(d => d.Role == role);

    /// <summary>Gets one cell's value and status.</summary>
    /// <param name="coordinates">A category code for every dimension of more than one category (one-category dimensions may be left out).</param>
    /// <returns>The value (<see langword="null"/> when missing) and status symbol.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="coordinates"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A dimension or category is unknown, or a dimension is not chosen; every problem is named.</exception>
    public (double? Value, string? Status) Cell(IReadOnlyDictionary<string, string> coordinates)
    {
        var position = Position(Guard.Against.Null(coordinates, nameof(coordinates)), null);
        return (_values[position[0]], _status[position[0]]);
    }

    /// <summary>Takes a series out of the dataset: one observation per time category, the other dimensions fixed.</summary>
    /// <param name="indicator">The indicator the series belongs to (a measured value, as SSB publishes shares in per cent).</param>
    /// <param name="node">The node the series describes (the municipality or the comparison group).</param>
    /// <param name="coordinates">A category code for every dimension but time of more than one category.</param>
    /// <param name="timeDimension">The time dimension's code; the dimension with role <c>time</c> when <see langword="null"/>.</param>
    /// <returns>The series, missing values kept with their status.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="coordinates"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A dimension or category is unknown, a dimension is not chosen, there is no time dimension, or a time code is not a period (2024, 2024K1, 2024M01); every problem is named.</exception>
    public Series ToSeries(IndicatorId indicator, NodeId node, IReadOnlyDictionary<string, string> coordinates, string? timeDimension = null)
    {
        Guard.Against.Null(coordinates, nameof(coordinates));
        var (series, problem, parameter) = TakeSeries(indicator, node, coordinates, timeDimension);
        return series ?? throw new ArgumentException(problem, parameter);
    }

    /// <summary>The series of <see cref="ToSeries"/>, or the problem (and the parameter it is about) instead of an
    /// exception: the evaluation document reports it at its path without catching anything.</summary>
    internal (Series? Series, string? Problem, string Parameter) TakeSeries(IndicatorId indicator, NodeId node, IReadOnlyDictionary<string, string> coordinates, string? timeDimension)
    {
        var time = timeDimension is null ? DimensionWithRole("time") : FindDimension(timeDimension);
        if (time is null)
        {
            return (null, timeDimension is null ? "The dataset has no dimension with role 'time'; name it." : $"The dataset has no dimension '{timeDimension}'.", nameof(timeDimension));
        }

        if (PositionOrProblem(coordinates, time, out var positions) is { } problem)
        {
            return (null, problem, nameof(coordinates));
        }

        var bad = new List<string>();
        var observations = new List<Observation>();
        for (var t = 0; t < time.Categories.Length; t++)
        {
            if (!MeasurementPeriod.TryParse(time.Categories[t].Id, out var period))
            {
                bad.Add(time.Categories[t].Id);
                continue;
            }

            var p = positions[t];
            observations.Add(_values[p] is { } v ? new Observation(period, v, null, _status[p]) : Observation.Missing(period, _status[p]));
        }

        return bad.Count > 0
            ? (null, $"Time categories {string.Join(", ", bad.Select(b => $"'{b}'"))} are not periods.", nameof(timeDimension))
            : (new Series(indicator, node, observations.OrderBy(o => o.Period)), null, string.Empty);
    }

    private int[] Position(IReadOnlyDictionary<string, string> coordinates, JsonStatDimension? along) =>
        PositionOrProblem(coordinates, along, out var positions) is { } problem ? throw new ArgumentException(problem, nameof(coordinates)) : positions;

    private string? PositionOrProblem(IReadOnlyDictionary<string, string> coordinates, JsonStatDimension? along, out int[] positions)
    {
        positions = [];
        var problems = new List<string>();
        foreach (var key in coordinates.Keys.Where(k => FindDimension(k) is null))
        {
            problems.Add($"the dataset has no dimension '{key}'");
        }

        var offset = 0;
        var stride = 1;
        var alongStride = 0;
        for (var d = Dimensions.Length - 1; d >= 0; d--)
        {
            var dim = Dimensions[d];
            if (dim == along)
            {
                alongStride = stride;
                if (coordinates.ContainsKey(dim.Id))
                {
                    problems.Add($"dimension '{dim.Id}' is the time dimension and is not chosen");
                }
            }
            else if (coordinates.TryGetValue(dim.Id, out var category))
            {
                var i = dim.IndexOf(category);
                if (i < 0)
                {
                    problems.Add($"dimension '{dim.Id}' has no category '{category}'");
                }
                else
                {
                    offset += i * stride;
                }
            }
            else if (dim.Categories.Length > 1)
            {
                problems.Add($"dimension '{dim.Id}' has {dim.Categories.Length} categories; choose one ({string.Join(", ", dim.Categories.Take(5).Select(c => c.Id))}{(dim.Categories.Length > 5 ? ", …" : string.Empty)})");
            }

            stride *= dim.Categories.Length;
        }

        if (problems.Count > 0)
        {
            return string.Join("; ", problems) + ".";
        }

        positions = along is null ? [offset] : [.. Enumerable.Range(0, along.Categories.Length).Select(t => offset + (t * alongStride))];
        return null;
    }

    private static JsonStatDataset? Read(JsonElement root, List<Problem> problems)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new Problem(ProblemPath.Root, ProblemKind.WrongType, "a JSON-stat dataset is a JSON object"));
            return null;
        }

        if (!root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.String || !version.GetString()!.StartsWith("2.", StringComparison.Ordinal))
        {
            problems.Add(new Problem(ProblemPath.Root.Then("version"), ProblemKind.UnsupportedVersion, "a JSON-stat 2.0 dataset has \"version\": \"2.0\""));
        }

        if (!root.TryGetProperty("class", out var cls) || cls.ValueKind != JsonValueKind.String || cls.GetString() != "dataset")
        {
            problems.Add(new Problem(ProblemPath.Root.Then("class"), ProblemKind.InvalidValue, "only a JSON-stat \"dataset\" holds values; this is not one"));
        }

        Duplicates(root, ProblemPath.Root, problems);
        var ids = StringArray(root, "id", problems);
        if (ids is not null)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var d = 0; d < ids.Count; d++)
            {
                if (!seen.Add(ids[d]))
                {
                    problems.Add(new Problem(ProblemPath.Root.Then("id", d), ProblemKind.Duplicate, $"dimension id '{ids[d]}' is listed twice"));
                }
            }
        }

        var sizes = new List<int>();
        var sizeArray = Required(root, "size", JsonValueKind.Array, problems);
        if (sizeArray is { } sa)
        {
            var i = 0;
            foreach (var s in sa.EnumerateArray())
            {
                if (s.ValueKind == JsonValueKind.Number && s.TryGetInt32(out var n) && n >= 1)
                {
                    sizes.Add(n);
                }
                else
                {
                    problems.Add(new Problem(ProblemPath.Root.Then("size", i), ProblemKind.InvalidValue, $"a size is a whole number of at least 1; found {s.GetRawText()}"));
                }

                i++;
            }
        }

        if (ids is not null && sizeArray is not null && ids.Count != sizeArray.Value.GetArrayLength())
        {
            problems.Add(new Problem(ProblemPath.Root.Then("size"), ProblemKind.InvalidValue, $"there are {ids.Count} dimension ids and {sizeArray.Value.GetArrayLength()} sizes"));
        }

        var roles = Roles(root, problems);
        var dimensions = ImmutableArray.CreateBuilder<JsonStatDimension>();
        if (ids is not null && Required(root, "dimension", JsonValueKind.Object, problems) is { } dims)
        {
            for (var d = 0; d < ids.Count; d++)
            {
                var at = ProblemPath.Root.Then("dimension", ids[d]);
                if (!dims.TryGetProperty(ids[d], out var dim))
                {
                    problems.Add(new Problem(at, ProblemKind.Missing, $"dimension '{ids[d]}' is listed in $.id but not described"));
                    continue;
                }

                if (Dimension(ids[d], dim, at, roles.GetValueOrDefault(ids[d]), problems) is { } parsed)
                {
                    if (d < sizes.Count && parsed.Categories.Length != sizes[d])
                    {
                        problems.Add(new Problem(at.Then("category"), ProblemKind.InvalidValue, $"the dimension has {parsed.Categories.Length} categories but $.size[{d}] says {sizes[d]}"));
                    }

                    dimensions.Add(parsed);
                }
            }
        }

        // The cells are counted without overflow and checked against the value and status arrays (or the sparse limit)
        // before anything is allocated: a few hundred bytes must not make the reader allocate gigabytes.
        var total = 1L;
        foreach (var size in sizes)
        {
            total *= size;
            if (total > int.MaxValue)
            {
                problems.Add(new Problem(ProblemPath.Root.Then("size"), ProblemKind.Limit, $"the sizes make more than {int.MaxValue} cells"));
                return null;
            }
        }

        if (!CellsFit(root, (int)total, problems))
        {
            return null;
        }

        var values = Values(root, (int)total, problems);
        var status = Status(root, (int)total, problems);
        return problems.Count > 0 ? null : new JsonStatDataset(Text(root, "label"), Text(root, "source"), Text(root, "updated"), dimensions.ToImmutable(), values, status);
    }

    /// <summary>The most cells a dataset whose values are a sparse object may describe; a dense array describes as many
    /// cells as it holds.</summary>
    internal const int MaxSparseCells = 1 << 20;

    /// <summary>Whether the reader may allocate <paramref name="total"/> cells: as many as a dense value array holds, or up to
    /// <see cref="MaxSparseCells"/>. Either way the allocation is in proportion to the document.</summary>
    private static bool CellsFit(JsonElement root, int total, List<Problem> problems)
    {
        if (total <= MaxSparseCells || (root.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.Array && value.GetArrayLength() == total))
        {
            return true;
        }

        problems.Add(new Problem(ProblemPath.Root.Then("value"), ProblemKind.Limit, $"the sizes make {total} cells; the values are read as a dense array of exactly that many, or as a sparse object of up to {MaxSparseCells} cells"));
        return false;
    }

    /// <summary>Reports every property name that appears twice in one object, anywhere in the document: JSON leaves the
    /// meaning open, and a reader that lets the last one win silently loses data.</summary>
    private static void Duplicates(JsonElement element, ProblemPath path, List<Problem> problems)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var p in element.EnumerateObject())
            {
                var at = path.Then(p.Name);
                if (!seen.Add(p.Name))
                {
                    problems.Add(new Problem(at, ProblemKind.Duplicate, $"property '{p.Name}' appears twice"));
                }

                Duplicates(p.Value, at, problems);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var item in element.EnumerateArray())
            {
                Duplicates(item, path.Then(i++), problems);
            }
        }
    }

    private static JsonStatDimension? Dimension(string id, JsonElement dim, ProblemPath at, string? role, List<Problem> problems)
    {
        if (dim.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new Problem(at, ProblemKind.WrongType, "a dimension is an object"));
            return null;
        }

        if (Required(dim, "category", JsonValueKind.Object, problems, at) is not { } category)
        {
            return null;
        }

        var labels = category.TryGetProperty("label", out var l) && l.ValueKind == JsonValueKind.Object ? l : default;
        var units = category.TryGetProperty("unit", out var u) && u.ValueKind == JsonValueKind.Object ? u : default;
        var codes = new List<string>();
        if (category.TryGetProperty("index", out var index))
        {
            if (index.ValueKind == JsonValueKind.Array)
            {
                codes.AddRange(index.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString()! : e.GetRawText()));
            }
            else if (index.ValueKind == JsonValueKind.Object)
            {
                var pairs = new List<(string Code, int Position)>();
                foreach (var p in index.EnumerateObject())
                {
                    if (p.Value.ValueKind == JsonValueKind.Number && p.Value.TryGetInt32(out var pos) && pos >= 0)
                    {
                        pairs.Add((p.Name, pos));
                    }
                    else
                    {
                        problems.Add(new Problem(at.Then("category", "index", p.Name), ProblemKind.InvalidValue, $"a category's index is a whole number of at least 0; found {p.Value.GetRawText()}"));
                    }
                }

                var positions = pairs.Select(p => p.Position).Order().ToList();
                if (!positions.SequenceEqual(Enumerable.Range(0, positions.Count)))
                {
                    problems.Add(new Problem(at.Then("category", "index"), ProblemKind.InvalidValue, "the category positions are not 0, 1, 2, … each once"));
                }

                codes.AddRange(pairs.OrderBy(p => p.Position).Select(p => p.Code));
            }
            else
            {
                problems.Add(new Problem(at.Then("category", "index"), ProblemKind.WrongType, $"an index is an array or an object; found {index.ValueKind.ToString().ToLowerInvariant()}"));
            }
        }
        else if (labels.ValueKind == JsonValueKind.Object && labels.EnumerateObject().Count() == 1)
        {
            codes.Add(labels.EnumerateObject().First().Name);
        }
        else
        {
            problems.Add(new Problem(at.Then("category", "index"), ProblemKind.Missing, "a dimension with more than one category needs an index"));
        }

        var categories = codes.Select(code =>
        {
            var label = labels.ValueKind == JsonValueKind.Object && labels.TryGetProperty(code, out var cl) && cl.ValueKind == JsonValueKind.String ? cl.GetString()! : code;
            string? unitBase = null;
            int? decimals = null;
            if (units.ValueKind == JsonValueKind.Object && units.TryGetProperty(code, out var cu) && cu.ValueKind == JsonValueKind.Object)
            {
                unitBase = cu.TryGetProperty("base", out var ub) && ub.ValueKind == JsonValueKind.String ? ub.GetString() : null;
                decimals = cu.TryGetProperty("decimals", out var ud) && ud.ValueKind == JsonValueKind.Number && ud.TryGetInt32(out var dd) ? dd : null;
            }

            return new JsonStatCategory(code, label, unitBase, decimals);
        }).ToImmutableArray();
        var duplicate = codes.GroupBy(c => c, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            problems.Add(new Problem(at.Then("category", "index"), ProblemKind.Duplicate, $"category '{duplicate.Key}' is listed twice"));
            return null;
        }

        return new JsonStatDimension(id, Text(dim, "label") ?? id, role, categories);
    }

    private static ImmutableArray<double?> Values(JsonElement root, int total, List<Problem> problems)
    {
        var values = new double?[total];
        if (!root.TryGetProperty("value", out var value))
        {
            problems.Add(new Problem(ProblemPath.Root.Then("value"), ProblemKind.Missing, "a dataset has values"));
            return [.. values];
        }

        void Set(int i, JsonElement v, ProblemPath path)
        {
            if (v.ValueKind == JsonValueKind.Number && v.TryGetDouble(out var d) && double.IsFinite(d))
            {
                values[i] = d;
            }
            else if (v.ValueKind != JsonValueKind.Null)
            {
                problems.Add(new Problem(path, ProblemKind.WrongType, $"a value is a number or null; found {v.GetRawText()}"));
            }
        }

        Cells(value, ProblemPath.Root.Then("value"), total, Set, problems);
        return [.. values];
    }

    private static ImmutableArray<string?> Status(JsonElement root, int total, List<Problem> problems)
    {
        var status = new string?[total];
        if (!root.TryGetProperty("status", out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return [.. status];
        }

        if (element.ValueKind == JsonValueKind.String)
        {
            Array.Fill(status, element.GetString());
            return [.. status];
        }

        void Set(int i, JsonElement v, ProblemPath path)
        {
            if (v.ValueKind == JsonValueKind.String)
            {
                status[i] = v.GetString();
            }
            else if (v.ValueKind != JsonValueKind.Null)
            {
                problems.Add(new Problem(path, ProblemKind.WrongType, $"a status is a string or null; found {v.GetRawText()}"));
            }
        }

        Cells(element, ProblemPath.Root.Then("status"), total, Set, problems);
        return [.. status];
    }

    private static void Cells(JsonElement element, ProblemPath path, int total, Action<int, JsonElement, ProblemPath> set, List<Problem> problems)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            var length = element.GetArrayLength();
            if (length != total)
            {
                problems.Add(new Problem(path, ProblemKind.InvalidValue, $"the sizes make {total} cells; the array has {length}"));
                return;
            }

            var i = 0;
            foreach (var v in element.EnumerateArray())
            {
                set(i, v, path.Then(i));
                i++;
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            var seen = new HashSet<int>();
            foreach (var p in element.EnumerateObject())
            {
                if (int.TryParse(p.Name, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < total)
                {
                    if (!seen.Add(i))
                    {
                        problems.Add(new Problem(path.Then(p.Name), ProblemKind.Duplicate, $"cell {i} is given twice"));
                        continue;
                    }

                    set(i, p.Value, path.Then(p.Name));
                }
                else
                {
                    problems.Add(new Problem(path.Then(p.Name), ProblemKind.InvalidValue, $"a sparse key is a cell position from 0 to {total - 1}"));
                }
            }
        }
        else
        {
            problems.Add(new Problem(path, ProblemKind.WrongType, $"cells are an array or an object; found {element.ValueKind.ToString().ToLowerInvariant()}"));
        }
    }

    private static Dictionary<string, string> Roles(JsonElement root, List<Problem> problems)
    {
        var roles = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!root.TryGetProperty("role", out var role))
        {
            return roles;
        }

        if (role.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new Problem(ProblemPath.Root.Then("role"), ProblemKind.WrongType, "a role is an object of arrays of dimension ids"));
            return roles;
        }

        foreach (var r in role.EnumerateObject().Where(r => r.Value.ValueKind == JsonValueKind.Array))
        {
            foreach (var d in r.Value.EnumerateArray().Where(d => d.ValueKind == JsonValueKind.String))
            {
                roles.TryAdd(d.GetString()!, r.Name);
            }
        }

        return roles;
    }

    private static List<string>? StringArray(JsonElement root, string name, List<Problem> problems)
    {
        if (Required(root, name, JsonValueKind.Array, problems) is not { } array)
        {
            return null;
        }

        var list = new List<string>();
        var i = 0;
        foreach (var e in array.EnumerateArray())
        {
            if (e.ValueKind == JsonValueKind.String)
            {
                list.Add(e.GetString()!);
            }
            else
            {
                problems.Add(new Problem(ProblemPath.Root.Then(name, i), ProblemKind.WrongType, $"a dimension id is a string; found {e.GetRawText()}"));
            }

            i++;
        }

        return list;
    }

    private static JsonElement? Required(JsonElement parent, string name, JsonValueKind kind, List<Problem> problems, ProblemPath? at = null)
    {
        if (!parent.TryGetProperty(name, out var e))
        {
            problems.Add(new Problem((at ?? ProblemPath.Root).Then(name), ProblemKind.Missing, $"'{name}' is required"));
            return null;
        }

        if (e.ValueKind != kind)
        {
            problems.Add(new Problem((at ?? ProblemPath.Root).Then(name), ProblemKind.WrongType, $"'{name}' is {(kind == JsonValueKind.Array ? "an array" : "an object")}; found {e.ValueKind.ToString().ToLowerInvariant()}"));
            return null;
        }

        return e;
    }

    private static string? Text(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() : null;
}
