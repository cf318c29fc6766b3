using System.Reflection;
using System.Text.RegularExpressions;
using ReKs.Competence.Evaluation;
using ReKs.Competence.Tests.Support;
using ReKs.Competence.Wheel;

namespace ReKs.Competence.Tests.Conventions;

/// <summary>A new recurrence kind or chart kind cannot compile and silently behave as another: the recurrence rules are a
/// closed family of one sealed type per kind, and every switch in the shipped source over recurrence rules, recurrence
/// kinds or chart kinds names its cases and throws <see cref="System.Diagnostics.UnreachableException"/> otherwise.
/// (<c>RecurrenceKindCoverageTests</c> and <c>ControlChartTests</c> then take one sample of each kind through those switches.)</summary>
public partial class ExhaustiveSwitchTests
{
    private static readonly string[] Markers =
        [
            "RecurrenceKind.", "ChartKind.",
            .. typeof(RecurrenceRule).Assembly.GetExportedTypes().Where(t => t.IsSubclassOf(typeof(RecurrenceRule))).Select(t => t.Name + " "),
        ];

    [Fact]
    public void RecurrenceRule_IsAClosedFamilyOfOneSealedTypePerKind()
    {
        var family = typeof(RecurrenceRule).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(RecurrenceRule))).ToList();
        Assert.True(typeof(RecurrenceRule).IsAbstract);
        Assert.DoesNotContain(typeof(RecurrenceRule).GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance), c => c.IsPublic || c.IsFamily || c.IsFamilyOrAssembly);
        Assert.All(family, t => Assert.True(t.IsSealed && t.IsPublic, $"{t} is not a public sealed rule"));
        Assert.All(family, t => Assert.Empty(t.GetConstructors()));

        // One type per kind: the factories return them, and each says its kind.
        var kinds = typeof(RecurrenceRule).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.ReturnType.IsSubclassOf(typeof(RecurrenceRule)) && m.Name != nameof(RecurrenceRule.Once))
            .ToDictionary(m => Enum.Parse<RecurrenceKind>(m.Name), m => m.ReturnType);
        Assert.Equal(Enum.GetValues<RecurrenceKind>().Order(), kinds.Keys.Order());
        Assert.Equal(family.OrderBy(t => t.Name), kinds.Values.OrderBy(t => t.Name));
        Assert.All(kinds, k => Assert.Equal(k.Key + "Rule", k.Value.Name));
    }

    [Fact]
    public void EverySwitchOverKinds_InTheShippedSource_ThrowsUnreachableOtherwise()
    {
        var offenders = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Repo.Path("src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(file);
            foreach (Match m in SwitchKeyword().Matches(text))
            {
                var body = Block(text, m.Index);
                if (body is null || !Markers.Any(k => body.Contains(k, StringComparison.Ordinal)))
                {
                    continue;
                }

                // The fallback arm of this switch (not of one nested in it) must throw UnreachableException.
                var fallback = Fallback().Match(Flatten(body));
                if (!fallback.Success || !fallback.Groups["arm"].Value.Contains("UnreachableException", StringComparison.Ordinal))
                {
                    var line = text[..m.Index].Count(c => c == '\n') + 1;
                    offenders.Add($"{Path.GetRelativePath(Repo.Root, file)}:{line}");
                }
            }
        }

        Assert.True(offenders.Count == 0, "These switches over kinds have no default that throws UnreachableException: " + string.Join(", ", offenders));
    }

    /// <summary>The text of the braces that follow a <c>switch</c>, or <see langword="null"/> when the braces do not close.</summary>
    private static string? Block(string text, int from)
    {
        var open = text.IndexOf('{', from);
        for (int i = open, depth = 0; open >= 0 && i < text.Length; i++)
        {
            depth += text[i] switch { '{' => 1, '}' => -1, _ => 0 };
            if (depth == 0)
            {
                return text[(open + 1)..i];
            }
        }

        return null;
    }

    /// <summary>The block with every nested brace pair blanked out, so only this switch's own arms are left.</summary>
    private static string Flatten(string body)
    {
        var chars = body.ToCharArray();
        for (int i = 0, depth = 0; i < chars.Length; i++)
        {
            depth += chars[i] == '{' ? 1 : 0;
            var inner = depth > 0;
            depth -= chars[i] == '}' ? 1 : 0;
            if (inner)
            {
                chars[i] = ' ';
            }
        }

        return new string(chars);
    }

    [GeneratedRegex(@"(?<!///.*)\bswitch\b")]
    private static partial Regex SwitchKeyword();

    [GeneratedRegex(@"(?:^|[\s,])(?:_\s*=>|default\s*:)(?<arm>[^,;]*)", RegexOptions.Multiline)]
    private static partial Regex Fallback();
}
