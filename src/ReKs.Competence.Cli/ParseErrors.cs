using System.Text.RegularExpressions;

namespace ReKs.Competence.Cli;

/// <summary>Says the command-line parser's complaints in the user's language and in the user's terms: the parser writes
/// English with .NET type names (<c>System.Nullable`1[System.Int32]</c>) and enum member names (<c>En</c>, <c>Nb</c>);
/// a planner needs "--year: '20x7' er ikke et heltall".</summary>
internal static partial class ParseErrors
{
    /// <summary>Gets the language the command line asks for (<c>--lang en</c>, <c>--lang=en</c>, <c>--lang:en</c>), bokmål otherwise;
    /// read before parsing, since the parse error may be in any other option.</summary>
    public static Lang LanguageOf(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var a = args[i];
            var value = a == "--lang" && i + 1 < args.Count ? args[i + 1]
                : a.StartsWith("--lang=", StringComparison.Ordinal) || a.StartsWith("--lang:", StringComparison.Ordinal) ? a[7..]
                : null;
            if (value is not null)
            {
                return string.Equals(value, "en", StringComparison.OrdinalIgnoreCase) ? Lang.En : Lang.Nb;
            }
        }

        return Lang.Nb;
    }

    /// <summary>Rewrites one parser message; a message it does not know is passed on unchanged (never dropped).</summary>
    public static string Translate(string message, Lang l)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (CannotParse().Match(message) is { Success: true } p)
        {
            var (value, option, type) = (Terminal.Safe(p.Groups[1].Value), p.Groups[2].Value, p.Groups[3].Value);
            return type switch
            {
                _ when type.Contains("Int32", StringComparison.Ordinal) || type.Contains("Int64", StringComparison.Ordinal) =>
                    l.T($"{option}: '{value}' er ikke et heltall", $"{option}: '{value}' is not a whole number"),
                _ when type.EndsWith(".Lang", StringComparison.Ordinal) =>
                    l.T($"{option}: '{value}' er ikke et språk verktøyet skriver; bruk nb eller en", $"{option}: '{value}' is not a language the tool writes; use nb or en"),
                _ when type.Contains("Boolean", StringComparison.Ordinal) =>
                    l.T($"{option}: '{value}' er verken true eller false", $"{option}: '{value}' is neither true nor false"),
                _ => l.T($"{option}: '{value}' har ikke riktig form; se reks --help", $"{option}: '{value}' does not have the right form; see reks --help"),
            };
        }

        if (NotADate().Match(message) is { Success: true } d)
        {
            return l.T($"--as-of: '{Terminal.Safe(d.Groups[1].Value)}' er ikke en dato (yyyy-MM-dd)", message);
        }

        if (Unrecognized().Match(message) is { Success: true } u)
        {
            var token = Terminal.Safe(u.Groups[1].Value);
            return l.T($"Ukjent kommando, valg eller argument: '{token}'", $"Unknown command, option or argument: '{token}'");
        }

        if (RequiredArgument().Match(message) is { Success: true } r)
        {
            return l.T($"reks {r.Groups[1].Value}: mangler et påkrevd argument (se reks {r.Groups[1].Value} --help)", $"reks {r.Groups[1].Value}: a required argument is missing (see reks {r.Groups[1].Value} --help)");
        }

        if (SingleArgument().Match(message) is { Success: true } s)
        {
            return l.T($"{s.Groups[1].Value}: ventet én verdi, fikk {s.Groups[2].Value}", $"{s.Groups[1].Value}: expected one value, got {s.Groups[2].Value}");
        }

        if (message.StartsWith("Required command was not provided", StringComparison.Ordinal))
        {
            return l.T("reks: oppgi en kommando, f.eks. reks gaps PLAN", "reks: give a command, e.g. reks gaps PLAN");
        }

        if (RequiredOption().Match(message) is { Success: true } o)
        {
            return l.T($"{o.Groups[1].Value} mangler", $"{o.Groups[1].Value} is missing");
        }

        return message;
    }

    [GeneratedRegex(@"^Cannot parse argument '(.*)' for option '([^']*)' as expected type '([^']*)'\.", RegexOptions.Singleline)]
    private static partial Regex CannotParse();

    [GeneratedRegex(@"^--as-of: '(.*)' is not a date \(yyyy-MM-dd\)$", RegexOptions.Singleline)]
    private static partial Regex NotADate();

    [GeneratedRegex(@"^Unrecognized command or argument '(.*)'\.?$", RegexOptions.Singleline)]
    private static partial Regex Unrecognized();

    [GeneratedRegex(@"^Required argument missing for command: '([^']*)'\.?$")]
    private static partial Regex RequiredArgument();

    [GeneratedRegex(@"^Option '([^']*)' expects a single argument but (\d+) were provided\.?$")]
    private static partial Regex SingleArgument();

    [GeneratedRegex(@"^Option '([^']*)' is required\.?$")]
    private static partial Regex RequiredOption();
}
