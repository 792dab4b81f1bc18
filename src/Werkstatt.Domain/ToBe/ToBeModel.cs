using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.ToBe.Rules;

namespace Werkstatt.Domain.ToBe;

/// <summary>
/// The to-be (SOLL) model of one process of one Werkstatt, drawn by the facilitators in the workshop: its saved versions
/// (each save a new one, nothing overwritten) and the participants' comments on its elements.
/// </summary>
public sealed class ToBeModel : AggregateRoot
{
    public const int ByMaxLength = 200;
    public const int MaxComments = 1000;

    private readonly List<ToBeVersion> _versions = [];
    private readonly List<ToBeComment> _comments = [];

    private ToBeModel()
    {
    }

    public WerkstattId WerkstattId { get; private set; }

    public ProcessId ProcessId { get; private set; }

    public IReadOnlyList<ToBeVersion> Versions => _versions;

    public IReadOnlyList<ToBeComment> Comments => _comments;

    public ToBeVersion? Latest => _versions.Count == 0 ? null : _versions[^1];

    /// <summary>Starts the record (created on the first save or comment).</summary>
    public static ToBeModel For(WerkstattId werkstattId, ProcessId processId) => new() { WerkstattId = werkstattId, ProcessId = processId };

    /// <summary>Adds the next version. The caller has read and checked the file (<paramref name="file"/> summarises it).</summary>
    public ToBeVersion Save(ToBeFileFacts file, ToBeBasis basis, MemberId? basedOnMember, int? basedOnVersion, Phase phase, DateTimeOffset now, string by)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        CheckRule(new ToBeModelsChangeUntilTheWerkstattIsClosedRule(phase));
        if (!Enum.IsDefined(basis))
        {
            throw new DomainRuleViolation("ToBeBasisMustBeKnown", "Bitte eine der angebotenen Ausgangslagen wählen.", "Basis");
        }

        if (basis == ToBeBasis.PreviousVersion)
        {
            CheckRule(new ToBeVersionsBuildOnExistingVersionsRule(basedOnVersion, _versions.Count));
        }

        if (basis == ToBeBasis.AsIsOfMember && basedOnMember is null)
        {
            throw new DomainRuleViolation("ToBeBasisNeedsAMember", "Bitte die Verwaltung angeben, deren IST-Modell der Ausgangspunkt war.", "BasedOnMember");
        }

        var version = new ToBeVersion(
            _versions.Count + 1, now, by.Length <= ByMaxLength ? by : by[..ByMaxLength], basis,
            basis == ToBeBasis.AsIsOfMember ? basedOnMember : null, basis == ToBeBasis.PreviousVersion ? basedOnVersion : null,
            file.Sha256, file.Size, file.Elements, file.Problems, file.Findings);
        _versions.Add(version);
        return version;
    }

    /// <summary>Adds a comment, optionally pointing at an element of the model.</summary>
    public ToBeComment Comment(string? elementId, string? text, Phase phase, DateTimeOffset now, string by)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        CheckRule(new ToBeModelsChangeUntilTheWerkstattIsClosedRule(phase));
        var checkedText = Text.Required(text, ToBeComment.TextMaxLength, "Text", "Der Kommentar");
        var element = Text.Optional(elementId, ToBeComment.ElementIdMaxLength, "ElementId", "Die Element-Kennung");
        if (_comments.Count >= MaxComments)
        {
            throw new DomainRuleViolation("ToBeCommentsAreLimited", $"Zu diesem SOLL-Modell gibt es schon {MaxComments} Kommentare.", "Text");
        }

        var comment = new ToBeComment(_comments.Count + 1, element, checkedText, now, by.Length <= ByMaxLength ? by : by[..ByMaxLength]);
        _comments.Add(comment);
        return comment;
    }
}
