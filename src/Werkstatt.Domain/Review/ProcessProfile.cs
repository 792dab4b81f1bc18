using Werkstatt.Domain.Common;
using Werkstatt.Domain.Processes;

namespace Werkstatt.Domain.Review;

/// <summary>
/// The process profile (Prozesssteckbrief) as a member fills it in; <see cref="Create"/> trims and checks every field and
/// reports all problems at once. The limits are shared with the forms and the database.
/// </summary>
public sealed record ProcessProfile
{
    public const int NameMaxLength = 200;
    public const int ShortMaxLength = 200;
    public const int TextMaxLength = 2000;
    public const int NotesMaxLength = 4000;
    public const int MaxCaseVolume = 10_000_000;

    private ProcessProfile()
    {
    }

    public string Name { get; private init; } = string.Empty;

    public string? LeikaKey { get; private init; }

    public string? Trigger { get; private init; }

    public string? Result { get; private init; }

    /// <summary>Roles and organisational units, one per line.</summary>
    public string? Roles { get; private init; }

    /// <summary>IT systems (Fachverfahren), one per line.</summary>
    public string? ItSystems { get; private init; }

    public int? CaseVolumePerYear { get; private init; }

    /// <summary>Free text such as "3 Arbeitstage" or "20 Minuten Bearbeitung".</summary>
    public string? ProcessingTime { get; private init; }

    /// <summary>Media breaks, one per line.</summary>
    public string? MediaBreaks { get; private init; }

    public DigitisationDegree? Digitisation { get; private init; }

    public string? LegalBasis { get; private init; }

    public string? Notes { get; private init; }

    /// <summary>Checks every field; throws one <see cref="ProfileViolation"/> listing all problems.</summary>
    public static ProcessProfile Create(
        string? name, string? leikaKey, string? trigger, string? result, string? roles, string? itSystems, int? caseVolumePerYear,
        string? processingTime, string? mediaBreaks, DigitisationDegree? digitisation, string? legalBasis, string? notes)
    {
        var problems = new List<ProfileProblem>();
        string? Check(Func<string?> read)
        {
            try
            {
                return read();
            }
            catch (DomainRuleViolation violation)
            {
                problems.Add(new ProfileProblem(violation.Field ?? "Profile", violation.Message));
                return null;
            }
        }

        var profile = new ProcessProfile
        {
            Name = Check(() => Text.Required(name, NameMaxLength, nameof(Name), "Der Name des Prozesses")) ?? string.Empty,
            LeikaKey = Check(() => Processes.LeikaKey.Optional(leikaKey)?.Value),
            Trigger = Check(() => Text.Optional(trigger, TextMaxLength, nameof(Trigger), "Der Auslöser")),
            Result = Check(() => Text.Optional(result, TextMaxLength, nameof(Result), "Das Ergebnis")),
            Roles = Check(() => Lines(roles, nameof(Roles), "Die Rollen und Organisationseinheiten")),
            ItSystems = Check(() => Lines(itSystems, nameof(ItSystems), "Die IT-Systeme")),
            ProcessingTime = Check(() => Text.Optional(processingTime, ShortMaxLength, nameof(ProcessingTime), "Die Bearbeitungszeit")),
            MediaBreaks = Check(() => Lines(mediaBreaks, nameof(MediaBreaks), "Die Medienbrüche")),
            LegalBasis = Check(() => Lines(legalBasis, nameof(LegalBasis), "Die Rechtsgrundlagen")),
            Notes = Check(() => Lines(notes, nameof(Notes), "Die Anmerkungen", NotesMaxLength)),
            CaseVolumePerYear = caseVolumePerYear,
            Digitisation = digitisation,
        };
        if (caseVolumePerYear is < 0 or > MaxCaseVolume)
        {
            problems.Add(new ProfileProblem(nameof(CaseVolumePerYear), $"Bitte eine Fallzahl pro Jahr zwischen 0 und {MaxCaseVolume:N0} angeben."));
        }

        if (digitisation is { } degree && !Enum.IsDefined(degree))
        {
            problems.Add(new ProfileProblem(nameof(Digitisation), "Bitte einen der angebotenen Digitalisierungsgrade wählen."));
        }

        if (problems.Count > 0)
        {
            throw new ProfileViolation(problems);
        }

        return profile;
    }

    /// <summary>The entries of a one-per-line field (roles, IT systems, media breaks), trimmed and without empty lines.</summary>
    public static IReadOnlyList<string> Entries(string? lines) =>
        (lines ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Multi-line text: line breaks are allowed (normalised to \n), other control characters are not.</summary>
    private static string? Lines(string? value, string field, string label, int maxLength = TextMaxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var normalised = string.Join('\n', value.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n').Select(l => l.TrimEnd())).Trim();
        if (normalised.Length > maxLength)
        {
            throw new DomainRuleViolation("FieldIsTooLong", $"{label} dürfen höchstens {maxLength} Zeichen lang sein.", field);
        }

        if (normalised.Any(c => char.IsControl(c) && c != '\n' && c != '\t'))
        {
            throw new DomainRuleViolation("FieldHasControlCharacters", $"{label} enthalten unzulässige Steuerzeichen.", field);
        }

        return normalised;
    }
}
