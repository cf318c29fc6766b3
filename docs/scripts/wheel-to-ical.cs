#:project ../../src/ReKs.Competence/ReKs.Competence.csproj
#:project ../../src/ReKs.Competence.ICalendar/ReKs.Competence.ICalendar.csproj
// expect: iCalendar written to
// Next year's annual wheel (årshjul) of the ReKs region, dated on Norwegian working days, written as iCalendar.
// Run from the repository root:  dotnet run docs/scripts/wheel-to-ical.cs [WHEEL.json] [YEAR] [OUT.ics]
using System.Globalization;
using NodaTime;
using ReKs.Competence.Documents;
using ReKs.Competence.ICalendar;
using ReKs.Competence.Wheel;

var wheelPath = args.Length > 0 ? args[0] : "docs/examples/reks-wheel.json";
var year = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2027;
var output = args.Length > 2 ? args[2] : $"artifacts/doc-scripts/reks-{year}.ics";

var wheel = WheelDocument.Read(File.OpenRead(wheelPath)).GetValueOrThrow();
var span = new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));
var occurrences = wheel.Occurrences(span);
foreach (var occurrence in occurrences)
{
    var day = occurrence.Date;
    if (NorwegianCalendar.IsPublicHoliday(day) || day.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday)
    {
        Console.Error.WriteLine($"{occurrence} falls on a day off");
        return 1;
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{day:yyyy-MM-dd}  {occurrence.Activity.Name.Norwegian}"));
}

Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
File.WriteAllText(output, WheelCalendar.Export(wheel, span, $"ReKs {year}", CalendarMode.Recurring));
Console.WriteLine($"{occurrences.Length} occurrences in {year}; iCalendar written to {output}");
return 0;
