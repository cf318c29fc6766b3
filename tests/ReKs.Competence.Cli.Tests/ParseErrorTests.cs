using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ReKs.Competence.Cli.Tests;

/// <summary>The parser's complaints reach the user in the chosen language, without .NET type names or enum member names
/// (issue 13: "never .NET type names (System.Nullable`1[System.Int32])").</summary>
public class ParseErrorTests
{
    private static readonly string Example = CliRunner.Example("gjovik-region.json");

    [Theory]
    [InlineData("nb", "--year: '20x7' er ikke et heltall", "wheel", "--year", "20x7")]
    [InlineData("en", "--year: '20x7' is not a whole number", "wheel", "--year", "20x7")]
    [InlineData("en", "--min-group-size: 'x' is not a whole number", "gaps", "--min-group-size", "x")]
    [InlineData("nb", "--min-group-size: 'x' er ikke et heltall", "report", "--min-group-size", "x")]
    [InlineData("nb", "--as-of: '2026-13-01' er ikke en dato (yyyy-MM-dd)", "gaps", "--as-of", "2026-13-01")]
    [InlineData("en", "Unknown command, option or argument: '--colour'", "gaps", "--colour", "red")]
    public void Run_BadValue_IsOneLineInTheChosenLanguage(string lang, string expected, string verb, string option, string value)
    {
        var (exit, _, error) = CliRunner.Run(verb, Example, option, value, "--lang", lang);

        Assert.Equal(1, exit);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_UnknownLanguage_NamesTheLanguagesAsTyped()
    {
        var (exit, _, error) = CliRunner.Run("gaps", Example, "--lang", "xx");

        Assert.Equal(1, exit);
        Assert.Contains("--lang: 'xx' er ikke et språk verktøyet skriver; bruk nb eller en", error, StringComparison.Ordinal);
        Assert.DoesNotContain("ReKs.Competence", error, StringComparison.Ordinal);
        Assert.DoesNotContain("\nEn\n", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "--lang", "en" }, "en")]
    [InlineData(new[] { "--lang=EN" }, "en")]
    [InlineData(new[] { "--lang:nb" }, "nb")]
    [InlineData(new[] { "--node", "x" }, "nb")]
    public void LanguageOf_Args_IsTheOneAskedFor(string[] args, string expected) =>
        Assert.Equal(expected, ParseErrors.LanguageOf(args) == Lang.En ? "en" : "nb");

    [Property(MaxTest = 300)]
    public Property Translate_UnknownMessage_IsPassedOnUnchanged(NonNull<string> message) =>
        (message.Get.StartsWith("Cannot parse", StringComparison.Ordinal) || message.Get.StartsWith("Unrecognized", StringComparison.Ordinal)
         || message.Get.StartsWith("Required", StringComparison.Ordinal) || message.Get.StartsWith("Option", StringComparison.Ordinal)
         || message.Get.StartsWith("--as-of", StringComparison.Ordinal)
         || ParseErrors.Translate(message.Get, Lang.En) == message.Get).ToProperty();
}
