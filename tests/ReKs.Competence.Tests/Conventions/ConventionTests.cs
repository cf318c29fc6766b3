using System.Reflection;
using System.Runtime.CompilerServices;
using System.Xml.Linq;
using ReKs.Competence.ICalendar;
using ReKs.Competence.Model;
using ReKs.Competence.Tests.Support;

namespace ReKs.Competence.Tests.Conventions;

/// <summary>The style and architecture conventions, enforced by reflection over the public surface of every shipped
/// assembly (the library and its iCalendar package), as NodaTime's ConsistencyTest and MutabilityTest do.</summary>
public class ConventionTests
{
    /// <summary>The namespace of the document edge: the only one whose types may speak System.Text.Json.</summary>
    private const string DocumentEdge = "ReKs.Competence.Documents";

    private static readonly Assembly[] Shipped = [typeof(CompetencePlan).Assembly, typeof(WheelCalendar).Assembly];

    public static TheoryData<Type> PublicTypes => new(Shipped.SelectMany(a => a.GetExportedTypes()).OrderBy(t => t.FullName, StringComparer.Ordinal));

    private static readonly Lazy<Dictionary<string, string>> DocText = new(() => Shipped
        .SelectMany(a => XDocument.Load(Path.ChangeExtension(a.Location, ".xml")).Descendants("member"))
        .ToDictionary(m => (string)m.Attribute("name")!, m => m.ToString()));

    private static readonly Lazy<HashSet<string>> Documented = new(() => [.. DocText.Value.Keys]);

    [Theory]
    [MemberData(nameof(PublicTypes))]
    public void PublicTypes_OutsideTheDocumentEdge_ExposeNoSystemTextJsonType(Type type)
    {
        if (type.Namespace == DocumentEdge)
        {
            return;
        }

        var exposed = type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .SelectMany(Signature)
            .Concat(type.GetInterfaces())
            .Append(type.BaseType)
            .OfType<Type>()
            .SelectMany(Flatten)
            .Where(t => t.Namespace?.StartsWith("System.Text.Json", StringComparison.Ordinal) == true)
            .Select(t => t.FullName)
            .Distinct()
            .ToList();
        Assert.True(exposed.Count == 0, $"{type} is outside the document edge ({DocumentEdge}) but exposes {string.Join(", ", exposed)}.");
    }

    [Fact]
    public void SourceOutsideTheDocumentEdge_DoesNotUseSystemTextJson()
    {
        var core = Repo.Path("src", "ReKs.Competence");
        var edge = Path.Combine(core, "Documents") + Path.DirectorySeparatorChar;
        var offenders = Directory.EnumerateFiles(core, "*.cs", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Repo.Path("src", "ReKs.Competence.ICalendar"), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.StartsWith(edge, StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f).Contains("System.Text.Json", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(Repo.Root, f))
            .ToList();
        Assert.True(offenders.Count == 0, $"Only the document edge reads and writes JSON; these files use System.Text.Json: {string.Join(", ", offenders)}");
    }

    [Fact]
    public void TheDocumentEdge_NeverTurnsAnArgumentExceptionIntoAProblem()
    {
        // Issue "Documents become one edge": a mapper reports a rule's problems from the rule itself (a Check function or
        // a non-throwing form), never by catching what a constructor threw and guessing the field from its message.
        var edge = Repo.Path("src", "ReKs.Competence", "Documents");
        var offenders = Directory.EnumerateFiles(edge, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => System.Text.RegularExpressions.Regex.IsMatch(File.ReadAllText(f), @"catch\s*\(\s*Argument(OutOfRange|Null)?Exception"))
            .Select(f => Path.GetRelativePath(Repo.Root, f))
            .ToList();
        Assert.True(offenders.Count == 0, $"These files of the document edge catch an ArgumentException: {string.Join(", ", offenders)}");
    }

    private static IEnumerable<Type> Signature(MemberInfo member) => member switch
    {
        PropertyInfo p => [p.PropertyType],
        FieldInfo f => [f.FieldType],
        EventInfo e => e.EventHandlerType is { } handler ? [handler] : [],
        MethodInfo m => [m.ReturnType, .. m.GetParameters().Select(x => x.ParameterType)],
        ConstructorInfo c => [.. c.GetParameters().Select(x => x.ParameterType)],
        Type nested => [nested],
        _ => throw new System.Diagnostics.UnreachableException($"A member of kind {member.MemberType}."),
    };

    private static IEnumerable<Type> Flatten(Type type)
    {
        yield return type;
        var inner = type.HasElementType ? [type.GetElementType()!] : type.IsGenericType ? type.GetGenericArguments() : [];
        foreach (var t in inner.SelectMany(Flatten))
        {
            yield return t;
        }
    }

    [Theory]
    [MemberData(nameof(PublicTypes))]
    public void PublicClasses_AreSealedStaticOrAbstractWithSealedLeaves(Type type)
    {
        if (!type.IsClass || type.IsSubclassOf(typeof(Exception)) && type.IsSealed)
        {
            return;
        }

        var isStatic = type.IsAbstract && type.IsSealed;
        var abstractWithoutPublicConstructor = type.IsAbstract && type.GetConstructors(BindingFlags.Public | BindingFlags.Instance).Length == 0;
        Assert.True(type.IsSealed || isStatic || abstractWithoutPublicConstructor, $"{type} is a public class that is neither sealed, static, nor closed to outside derivation.");
    }

    [Theory]
    [MemberData(nameof(PublicTypes))]
    public void PublicTypes_AreImmutable(Type type)
    {
        if (type.IsEnum || type.IsSubclassOf(typeof(Exception)))
        {
            return;
        }

        var setters = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true }).Select(p => p.Name).ToList();
        var fields = type.GetFields(BindingFlags.Public | BindingFlags.Instance).Where(f => !f.IsInitOnly).Select(f => f.Name).ToList();
        Assert.True(setters.Count == 0 && fields.Count == 0, $"{type} has public mutable members: {string.Join(", ", setters.Concat(fields))}");
        if (type.IsValueType)
        {
            Assert.True(type.IsDefined(typeof(IsReadOnlyAttribute), false), $"{type} is a public struct that is not readonly.");
        }
    }

    [Theory]
    [MemberData(nameof(PublicTypes))]
    public void EquatableTypes_DefineEqualityOperators(Type type)
    {
        if (!type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEquatable<>)))
        {
            return;
        }

        Assert.True(type.GetMethod("op_Equality", BindingFlags.Public | BindingFlags.Static) is not null, $"{type} is equatable but has no ==.");
        Assert.True(type.GetMethod("op_Inequality", BindingFlags.Public | BindingFlags.Static) is not null, $"{type} is equatable but has no !=.");
    }

    [Theory]
    [MemberData(nameof(PublicTypes))]
    public void PublicTypes_AreNotRecords(Type type) =>
        Assert.True(type.GetMethod("<Clone>$") is null && type.GetProperty("EqualityContract", BindingFlags.NonPublic | BindingFlags.Instance) is null, $"{type} is a C# record: records leak Deconstruct and <Clone>$ into the public API.");

    [Theory]
    [MemberData(nameof(PublicTypes))]
    public void PublicTypesAndMembers_AreDocumented(Type type)
    {
        Assert.Contains("T:" + type.FullName!.Replace('+', '.'), Documented.Value);
        var undocumented = type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(m => m is not Type && !(m is MethodInfo { IsSpecialName: true } mi && !mi.Name.StartsWith("op_", StringComparison.Ordinal)))
            .Where(m => !(type.IsEnum && m.Name == "value__"))
            .Where(m => !Documented.Value.Any(d => d.Length > 2 && d[2..].StartsWith(type.FullName!.Replace('+', '.') + "." + (m is ConstructorInfo ? "#ctor" : m.Name), StringComparison.Ordinal)))
            .Select(m => m.Name)
            .Distinct()
            .ToList();
        Assert.True(undocumented.Count == 0, $"{type} has undocumented public members: {string.Join(", ", undocumented)}");
    }

    [Theory]
    [MemberData(nameof(PublicTypes))]
    public void PublicTypes_StateTheirThreadSafety(Type type)
    {
        if (type.IsEnum || type.IsSubclassOf(typeof(Exception)))
        {
            return;
        }

        Assert.True(DocText.Value.TryGetValue("T:" + type.FullName!.Replace('+', '.'), out var doc) && doc.Contains("<threadsafety>", StringComparison.Ordinal), $"{type} does not say whether it is thread safe (<threadsafety>).");
    }
}
