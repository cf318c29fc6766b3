using ReKs.Competence.Model;

namespace ReKs.Competence.Reporting;

/// <summary>The tool's words for the rest of Lai's model and KS step 5: proficiency levels by the plan's own labels,
/// forms, position types, educations, evidence sources and non-person resources.</summary>
internal static class LaiLabels
{
    /// <summary>The level as "3 Erfaren" / "3 Proficient": the number keeps tables sortable, the label says what it means on this plan's scale.</summary>
    public static string Proficiency(this Language lang, ProficiencyScale scale, ProficiencyLevel level) =>
        scale.Contains(level) ? $"{level.Value} {scale.LabelOf(level).In(lang)}" : level.ToString();

    /// <summary>The level, or "ikke vurdert" / "not assessed" for an unknown one.</summary>
    public static string Proficiency(this Language lang, ProficiencyScale scale, ProficiencyLevel? level) =>
        level is { } l ? lang.Proficiency(scale, l) : lang.T("ikke vurdert", "not assessed");

    /// <summary>The label alone, for a column header of a per-level count.</summary>
    public static string ProficiencyHeader(this Language lang, ProficiencyScale scale, int level) => scale.LabelOf(new ProficiencyLevel(level)).In(lang);

    public static string Form(this Language lang, LaiForm form) => form switch
    {
        LaiForm.Professional => lang.T("Faglig", "Professional"),
        LaiForm.Managerial => lang.T("Ledelse", "Managerial"),
        LaiForm.Personal => lang.T("Personlig", "Personal"),
        LaiForm.Social => lang.T("Sosial", "Social"),
        _ => form.ToString(),
    };

    public static string Position(this Language lang, PositionType type) => type switch
    {
        PositionType.Nurse => lang.T("Sykepleier", "Nurse"),
        PositionType.SpecialistNurse => lang.T("Spesialsykepleier", "Specialist nurse"),
        PositionType.HealthWorker => lang.T("Helsefagarbeider", "Health worker"),
        PositionType.Assistant => lang.T("Assistent", "Assistant"),
        PositionType.OccupationalTherapist => lang.T("Ergoterapeut", "Occupational therapist"),
        PositionType.Physiotherapist => lang.T("Fysioterapeut", "Physiotherapist"),
        PositionType.SocialEducator => lang.T("Vernepleier", "Social educator"),
        PositionType.Physician => lang.T("Lege", "Physician"),
        PositionType.Leader => lang.T("Leder", "Leader"),
        _ => lang.T("Annen stilling", "Other position"),
    };

    public static string Education(this Language lang, HealthEducation education) => education switch
    {
        HealthEducation.None => lang.T("Uten helse-/sosialfaglig utdanning", "No health or social education"),
        HealthEducation.UpperSecondary => lang.T("Videregående nivå", "Upper-secondary level"),
        HealthEducation.Higher => lang.T("Universitets-/høgskolenivå", "University or college level"),
        HealthEducation.OtherRelevant => lang.T("Annen relevant utdanning", "Other relevant education"),
        _ => lang.T("Ikke oppgitt", "Not stated"),
    };

    public static string Source(this Language lang, EvidenceSource source) => source switch
    {
        EvidenceSource.Documented => lang.T("dokumentert", "documented"),
        EvidenceSource.LeaderAssessed => lang.T("ledervurdert", "leader-assessed"),
        EvidenceSource.SelfDeclared => lang.T("egenvurdert", "self-declared"),
        _ => source.ToString(),
    };

    public static string Resource(this Language lang, ResourceKind kind) => kind switch
    {
        ResourceKind.CompetenceEnvironment => lang.T("Kompetansemiljø", "Competence environment"),
        ResourceKind.Network => lang.T("Nettverk", "Network"),
        ResourceKind.Agreement => lang.T("Avtale", "Agreement"),
        ResourceKind.Partnership => lang.T("Samarbeidspartner", "Partnership"),
        ResourceKind.Funds => lang.T("Midler", "Funds"),
        _ => lang.T("Annet", "Other"),
    };

    /// <summary>One disagreement in one line: "p042, Legemiddelhåndtering: dokumentert 2 Selvstendig (teller), egenvurdert 4 Ekspert".</summary>
    public static string Disagreement(this Language lang, Views.PlanGlossary glossary, EvidenceDisagreement d)
    {
        var competence = glossary.CompetenceName(d.Competence, lang);
        var says = d.Statements.Select(e => $"{lang.Source(e.Source)} {lang.Proficiency(glossary.Scale, e.Level)}{(ReferenceEquals(e, d.Counted) ? lang.T(" (teller)", " (counts)") : string.Empty)}");
        return $"{d.Person}, {competence}: {string.Join(", ", says)}";
    }
}
