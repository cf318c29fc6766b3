using System.CommandLine;
using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;
using ReKs.Competence.ICalendar;
using ReKs.Competence.Model;
using ReKs.Competence.Views;
using ReKs.Competence.Wheel;
using ReKs.Competence.Documents;

namespace ReKs.Competence.Cli;

/// <summary><c>reks wheel PLAN --year 2027</c>: the ReKs annual wheel for a year, with the plan's renewals and deadlines.</summary>
internal static class WheelVerb
{
    public static Command Create(CliContext context)
    {
        var h = context.Help;
        var o = new CommonOptions(h, h.T("JSON (reks.wheel)", "JSON (reks.wheel)"), OutputFormat.Table, OutputFormat.Markdown, OutputFormat.Json, OutputFormat.Ics) { DatedAndScoped = false }; // --year or --from/--to say when; the wheel is the region's
        var (plan, format, lang, output) = (o.Plan, o.Format, o.Language, o.Output);
        var year = new Option<int?>("--year") { Description = h.T("året hjulet gjelder (standard: i år)", "the year of the wheel (default: this year)"), HelpName = h.T("ÅR", "YEAR") };
        var from = Bound("--from", end: false, h.T("første dag i et tidsrom i stedet for --year (et år betyr 1. januar)", "the first day of a window instead of --year (a year means its 1 January)"), h);
        var to = Bound("--to", end: true, h.T("siste dag i tidsrommet (et år betyr 31. desember; standard: slutten av året til --from)", "the last day of the window (a year means its 31 December; default: the end of --from's year)"), h);
        var recurring = new Option<bool>("--recurring") { Description = h.T("med --format ics: én gjentakende serie (RRULE) per aktivitet der regelen har en slik form", "with --format ics: one recurring series (RRULE) per activity where its rule has that form") };
        var lead = new Option<int>("--renewal-lead")
        {
            Description = h.T("hvor mange dager før et sertifikat utløper fornyelsen legges inn i året (standard: 90; 0 til 3650)", "how many days before a certificate expires its renewal is put into the year (default: 90; 0 to 3650)"),
            HelpName = h.T("DAGER", "DAYS"),
            DefaultValueFactory = _ => 90,
        };
        lead.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 0 or > 3650)
            {
                r.AddError("--renewal-lead: 0 til 3650 dager / 0 to 3650 days");
            }
        });
        var wheelFile = new Option<FileInfo?>("--wheel") { Description = h.T("et årshjuldokument (docs/wheel.md) i stedet for ReKs-malen", "a wheel document (docs/wheel.md) instead of the ReKs template"), HelpName = h.T("FIL", "FILE") };
        o.Language.Description = h.T("språket i teksten og i kalenderoppføringene: nb (bokmål, standard) eller en (engelsk)", "the language of the text and of the calendar entries: nb (Norwegian bokmål, the default) or en (English)");
        var command = o.Command("wheel", HelpPage.Describe(
            h.T("Årshjulet: ReKs-hjulets aktiviteter (eller et årshjuldokuments) for et år eller et tidsrom på norske arbeidsdager, med planens fornyelser av sertifikater og frister.", "The annual wheel: the ReKs wheel's activities (or a wheel document's) for a year or a window of dates on Norwegian working days, with the plan's certificate renewals and deadlines."),
            "reks wheel docs/examples/gjovik-region.json --year 2027",
            "reks wheel docs/examples/gjovik-region.json --year 2027 --format markdown --lang en",
            "reks wheel docs/examples/gjovik-region.json --from 2027-03-01 --to 2027-06-30 --format json",
            "reks wheel docs/examples/gjovik-region.json --year 2027 --format ics --output reks-2027.ics",
            "reks wheel docs/examples/gjovik-region.json --from 2026 --to 2029 --format ics --recurring",
            "reks wheel docs/examples/gjovik-region.json --wheel docs/examples/reks-wheel.json --year 2027"), year, from, to, recurring, lead, wheelFile);
        command.SetAction(parse =>
        {
            var p = DocumentLoader.Load(parse.GetValue(plan)!, context.Error, o.Read(parse));
            var (first, last) = (parse.GetValue(from), parse.GetValue(to));
            if (parse.GetValue(year) is not null && (first is not null || last is not null))
            {
                throw new CliUsageException("--year: ikke sammen med --from/--to / not together with --from/--to");
            }

            var y = parse.GetValue(year) ?? context.Today.Year;
            var interval = first is null && last is null
                ? new DateInterval(new LocalDate(InCalendar("--year", y), 1, 1), new LocalDate(y, 12, 31))
                : Window(first ?? new LocalDate(InCalendar("--to", last!.Value.Year), 1, 1), last ?? new LocalDate(InCalendar("--from", first!.Value.Year), 12, 31));
            var f = parse.GetValue(format);
            if (parse.GetValue(recurring) && f != OutputFormat.Ics)
            {
                throw new CliUsageException("--recurring: bare med --format ics / only with --format ics");
            }

            var span = interval.Start == new LocalDate(interval.Start.Year, 1, 1) && interval.End == new LocalDate(interval.Start.Year, 12, 31)
                ? interval.Start.Year.ToString(CultureInfo.InvariantCulture)
                : $"{interval.Start:uuuu-MM-dd}–{interval.End:uuuu-MM-dd}";
            // The wheel's links must name what the plan has (indicators: when its evaluation document is beside it).
            var wheel = parse.GetValue(wheelFile) is { } file
                ? WheelLoader.Load(file, p, EvaluationLoader.Optional(parse.GetValue(plan)!, null, p))
                : AnnualWheel.ReksTemplate;
            var l = parse.GetValue(lang);
            var leadTime = Period.FromDays(parse.GetValue(lead));
            // One view for every format, so the calendar names owners as the tables do.
            var view = WheelView.Create(p, wheel, interval, leadTime);
            var text = f switch
            {
                OutputFormat.Ics => WheelCalendar.Export(view, $"{wheel.Name.In(l.Language())} {span}", parse.GetValue(recurring) ? CalendarMode.Recurring : CalendarMode.SingleEvents, l.Language()),
                OutputFormat.Json => ViewDocument.WriteString(view),
                OutputFormat.Markdown => MarkdownTables.Wheel(view, l.Language()),
                _ => TextTables.Wheel(view, l.Language()),
            };
            Verbs.Emit(context, parse.GetValue(output), text);
            return ReksCli.Ok;
        });
        return command;
    }

    /// <summary>An end of the window: a date, or a year meaning its first (<paramref name="end"/> false) or last day.</summary>
    private static Option<LocalDate?> Bound(string name, bool end, string description, Lang help) => new(name)
    {
        Description = description,
        HelpName = help.T("DATO|ÅR", "DATE|YEAR"),
        CustomParser = r =>
        {
            var text = r.Tokens.Single().Value;
            if (LocalDatePattern.Iso.Parse(text) is { Success: true } date)
            {
                return date.Value;
            }

            if (text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y >= NorwegianCalendar.FirstGregorianYear && y < NorwegianCalendar.LastYear)
            {
                return end ? new LocalDate(y, 12, 31) : new LocalDate(y, 1, 1);
            }

            r.AddError($"{name}: '{Terminal.Safe(text)}' er verken en dato (yyyy-MM-dd) eller et år / is neither a date (yyyy-MM-dd) nor a year ({NorwegianCalendar.FirstGregorianYear}–{NorwegianCalendar.LastYear - 1})");
            return null;
        },
    };

    private static int InCalendar(string option, int year) => year is < NorwegianCalendar.FirstGregorianYear or >= NorwegianCalendar.LastYear
        ? throw new CliUsageException($"{option}: {year} is outside the calendar; use {NorwegianCalendar.FirstGregorianYear} to {NorwegianCalendar.LastYear - 1}")
        : year;

    /// <summary>The window from <paramref name="first"/> to <paramref name="last"/>, both in the calendar and in order.</summary>
    private static DateInterval Window(LocalDate first, LocalDate last)
    {
        InCalendar("--from", first.Year);
        InCalendar("--to", last.Year);
        return last < first
            ? throw new CliUsageException($"--to {last:uuuu-MM-dd}: før / before --from {first:uuuu-MM-dd}")
            : new DateInterval(first, last);
    }
}
