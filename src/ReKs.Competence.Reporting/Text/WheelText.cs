using System.Globalization;
using ReKs.Competence.Views;
using ReKs.Competence.Wheel;

namespace ReKs.Competence.Reporting;

/// <summary>The annual wheel as blocks: what <c>reks wheel</c> prints, from the view alone.</summary>
internal static class WheelText
{
    public static Blocks Of(WheelView view, Language l)
    {
        var span = Span(view.Window);
        var b = new Blocks();
        b.Heading(2, l.T($"{view.Wheel.Norwegian} {span} — {view.Plan.Norwegian}", $"{view.Wheel.In(Language.English)} {span} — {view.Plan.In(Language.English)}"));
        b.Paragraph(view.Definition == AnnualWheel.ReksTemplate
            ? l.T(
                "Datoer er flyttet til arbeidsdager: helligdager, fellesferien (juli) og julen er stengt.",
                "Dates are moved to working days: public holidays, the common holiday (July) and Christmas are closed.")
            : l.T(
                "Datoer er flyttet til arbeidsdager: helligdager og hjulets stengte perioder er stengt.",
                "Dates are moved to working days: public holidays and the wheel's closed periods are closed."));
        b.Heading(3, l.T("Aktiviteter", "Activities"));
        b.Table(Table(view.Occurrences, view, l, withPeriod: true));
        b.Heading(3, l.T("Fra planen: fornyelser, frister, samlinger og evalueringer", "From the plan: renewals, deadlines, sessions and evaluations"));
        return view.Reminders.IsEmpty ? b.Paragraph(l.T("Ingen.", "None.")) : b.Table(Table(view.Reminders.Select(r => r.Occurrence), view, l, withPeriod: false));
    }

    /// <summary>The window as a reader names it: "2027" for a whole year, otherwise its first and last day.</summary>
    public static string Span(DateInterval window) =>
        window.Start == new LocalDate(window.Start.Year, 1, 1) && window.End == new LocalDate(window.Start.Year, 12, 31)
            ? window.Start.Year.ToString(CultureInfo.InvariantCulture)
            : $"{window.Start:uuuu-MM-dd}–{window.End:uuuu-MM-dd}";

    private static TextTable Table(IEnumerable<WheelOccurrence> occurrences, WheelView view, Language l, bool withPeriod)
    {
        var t = withPeriod
            ? new TextTable(l.T(Terms.Date), l.T(Terms.Period), l.T(Terms.Ring), l.T(Terms.Activity), l.T(Terms.Kind), l.T(Terms.Owner), l.T(Terms.Time))
            : new TextTable(l.T(Terms.Date), l.T(Terms.Activity), l.T(Terms.Kind), l.T(Terms.Owner));
        foreach (var o in occurrences)
        {
            var date = o.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) + " " + l.Weekday(o.Date.DayOfWeek);
            var name = o.Activity.Name.In(l);
            if (withPeriod)
            {
                var time = o.Activity.Time is { } s
                    ? s.ToString("HH:mm", CultureInfo.InvariantCulture) + (o.Activity.Duration is { } d ? "–" + s.PlusTicks(d.BclCompatibleTicks).ToString("HH:mm", CultureInfo.InvariantCulture) : string.Empty)
                    : string.Empty;
                t.Add(date, o.Period.Name.In(l), l.RingName(view.Definition, o.Ring), name, l.Category(o.Activity.Category), l.OwnerName(view, o.Activity), time);
            }
            else
            {
                t.Add(date, name, l.Category(o.Activity.Category), l.OwnerName(view, o.Activity));
            }
        }

        return t;
    }
}
