namespace Werkstatt.Domain.WorkshopNotes;

/// <summary>What a workshop note records about a process (who said it is not kept, what was found is).</summary>
public enum NoteKind
{
    /// <summary>Schwachstelle: a weak spot of the as-is process.</summary>
    Weakness,

    /// <summary>Idee: an idea for the to-be process.</summary>
    Idea,

    /// <summary>Gute Praxis: how one member already does it well (optionally naming that member).</summary>
    GoodPractice,

    /// <summary>Offene Frage: to be clarified after the workshop.</summary>
    OpenQuestion,

    /// <summary>Entscheidung: what the network decided.</summary>
    Decision,
}
