using NodaTime;
using ReKs.Competence.Wheel;

namespace ReKs.Competence.Reporting;

/// <summary>One human-facing term in Norwegian bokmål and English.</summary>
/// <param name="Nb">The bokmål word.</param>
/// <param name="En">The English word.</param>
internal readonly record struct Term(string Nb, string En)
{
    /// <summary>Gets the term in a language.</summary>
    public string In(Language lang) => lang == Language.English ? En : Nb;
}

/// <summary>The tool's term catalogue: one entry per word a coordinator reads in a table header, a legend, a chart or the
/// report, so that "Enhet" means the same everywhere and has one English counterpart. Sentences stay beside their code;
/// the terms they share come from here.</summary>
internal static class Terms
{
    // Column headers and legends.
    public static readonly Term Date = new("Dato", "Date");
    public static readonly Term Activity = new("Aktivitet", "Activity");
    public static readonly Term Ring = new("Ring", "Ring");
    public static readonly Term Kind = new("Type", "Category");
    public static readonly Term Owner = new("Ansvar", "Owner");
    public static readonly Term Period = new("Periode", "Period");
    public static readonly Term Time = new("Tid", "Time");
    public static readonly Term Unit = new("Enhet", "Unit");
    public static readonly Term Competence = new("Kompetanse", "Competence");
    public static readonly Term Level = new("Nivå", "Level");
    public static readonly Term Requirement = new("Krav", "Requirement");
    public static readonly Term Used = new("Brukt", "Used");
    public static readonly Term Unused = new("Ubrukt", "Unused");
    public static readonly Term NotAssessed = new("Ikke vurdert", "Not assessed");
    public static readonly Term Mobilise = new("Mobilisere", "Mobilise");
    public static readonly Term Develop = new("Utvikle", "Develop");
    public static readonly Term Acquire = new("Anskaffe", "Acquire");
    public static readonly Term Surplus = new("Overskudd", "Surplus");
    public static readonly Term Gap = new("Gap", "Gap");
    public static readonly Term Covered = new("Dekket", "Covered");
    public static readonly Term NoRequirement = new("Ingen krav", "No requirement");
    public static readonly Term People = new("Personer", "People");
    public static readonly Term HeatMap = new("Gapkart", "Gap heat map");
    public static readonly Term NeedsPerCompetence = new("Behov per kompetanse", "Needs per competence");
    public static readonly Term CoveragePerCompetence = new("Dekning per kompetanse", "Coverage per competence");
    public static readonly Term PersonYearsUnit = new("årsverk", "person-years");
    public static readonly Term Number = new("Nr.", "No.");
    public static readonly Term Dates = new("Datoer", "Dates");
    public static readonly Term ComingUp = new("Det som kommer", "Coming up");
    public static readonly Term ActivitiesOfTheYear = new("Årets aktiviteter", "The year's activities");

    // Charts.
    public static readonly Term RunChart = new("seriediagram", "run chart");
    public static readonly Term Baseline = new("grunnlag", "baseline");
    public static readonly Term Intervention = new("tiltak", "intervention");
    public static readonly Term NoMeasurements = new("Ingen målinger ennå", "No measurements yet");

    /// <summary>The word between the ends of an interval: "−2,52 til −0,94" / "−2.52 to −0.94".</summary>
    public static readonly Term To = new("til", "to");

    private static readonly string[] MonthsNb = ["jan", "feb", "mar", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "des"];
    private static readonly string[] MonthsEn = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>Gets a month's short name (1 = January): Norwegian month names in bokmål, never the machine's culture.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="month"/> is not 1 to 12.</exception>
    public static string Month(this Language lang, int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        return (lang == Language.English ? MonthsEn : MonthsNb)[month - 1];
    }

    /// <summary>Names an activity category.</summary>
    public static string Category(this Language lang, ActivityCategory c) => WheelVocabulary.CategoryName(c).In(lang);

    /// <summary>Names a wheel's ring: the wheel's own name, else the built-in one ("Kommune" / "Municipality" for
    /// <c>municipality</c>), else its id.</summary>
    public static string RingName(this Language lang, AnnualWheel wheel, string ring) => wheel.RingName(ring).In(lang);

    /// <summary>Names an activity's owner: the name the activity carries (a reminder's unit or responsible role), a unit
    /// of the plan by its name, the wheel's own name for the role, the built-in one ("ReKs-koordinator"), otherwise the
    /// role as written.</summary>
    public static string OwnerName(this Language lang, Views.WheelView view, WheelActivity activity) => view.OwnerName(activity).In(lang);

    /// <summary>Gets a weekday's short name.</summary>
    public static string Weekday(this Language lang, IsoDayOfWeek d) => d switch
    {
        IsoDayOfWeek.Monday => lang.T("man", "Mon"),
        IsoDayOfWeek.Tuesday => lang.T("tir", "Tue"),
        IsoDayOfWeek.Wednesday => lang.T("ons", "Wed"),
        IsoDayOfWeek.Thursday => lang.T("tor", "Thu"),
        IsoDayOfWeek.Friday => lang.T("fre", "Fri"),
        IsoDayOfWeek.Saturday => lang.T("lør", "Sat"),
        _ => lang.T("søn", "Sun"),
    };

    /// <summary>Writes a share of positions as person-years with one decimal in the reader's notation ("0,4" in bokmål,
    /// "0.4" in English); a non-zero amount below 0.05 is written "&lt;0,1" / "&lt;0.1" so a small need is never shown as none.</summary>
    public static string PersonYears(this Language lang, Model.PositionShare share)
    {
        var fte = share.FullTimeEquivalents;
        if (fte != 0 && Math.Abs(fte) < 0.05m)
        {
            return (fte < 0 ? "-" : string.Empty) + "<" + Html.Number(0.1m, lang, 1);
        }

        return Html.Number(Math.Round(fte, 1, MidpointRounding.AwayFromZero), lang, 1);
    }

    /// <summary>Writes an interval in words: "a til b" in bokmål, "a to b" in English.</summary>
    public static string Interval(this Language lang, string from, string to) => $"{from} {To.In(lang)} {to}";

    /// <summary>Gets a term in a language (shorthand for <see cref="Term.In"/>).</summary>
    public static string T(this Language lang, Term term) => term.In(lang);
}
