using System.Reflection;
using System.Runtime.CompilerServices;
using System.Xml.Linq;
using ReKs.Competence.Model;

namespace ReKs.Competence.Tests.Conventions;

/// <summary>The style conventions (docs/contributing.md and the style anchors it names: NodaTime, Polly, GuardClauses, the Azure SDK guidelines), enforced by reflection over the library's public surface, as
/// NodaTime's ConsistencyTest and MutabilityTest do.</summary>
public class ConventionTests
{
    private static readonly Assembly Library = typeof(CompetencePlan).Assembly;

    public static TheoryData<Type> PublicTypes => new(Library.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal));

    private static readonly Lazy<HashSet<string>> Documented = new(() =>
    {
        var xml = Path.ChangeExtension(Library.Location, ".xml");
        return [.. XDocument.Load(xml).Descendants("member").Select(m => (string)m.Attribute("name")!)];
    });

    private static readonly Lazy<Dictionary<string, string>> DocText = new(() =>
        XDocument.Load(Path.ChangeExtension(Library.Location, ".xml")).Descendants("member").ToDictionary(m => (string)m.Attribute("name")!, m => m.ToString()));

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
