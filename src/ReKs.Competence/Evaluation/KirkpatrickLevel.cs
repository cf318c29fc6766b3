namespace ReKs.Competence.Evaluation;

/// <summary>The level of Kirkpatrick's evaluation model an indicator gives evidence for, in KS's Norwegian words in brackets.</summary>
public enum KirkpatrickLevel
{
    /// <summary>Reaction (reaksjoner): how the participants liked the training, e.g. a course evaluation.</summary>
    Reaction = 1,

    /// <summary>Learning (læring): what the participants learned, e.g. a test before and after.</summary>
    Learning = 2,

    /// <summary>Behaviour (anvendelse): whether they use it at work, e.g. the share of care plans with a mapping tool.</summary>
    Behaviour = 3,

    /// <summary>Results (nytte): what it did for the service and its users, e.g. falls per 1 000 care days.</summary>
    Results = 4,
}
