using Werkstatt.Domain.Network;
using Werkstatt.Domain.Review;
using Werkstatt.Service.Bpmn.Compare;

namespace Werkstatt.Service.Submissions;

/// <summary>One member's submission in a comparison; <see cref="Visible"/> is false when the actor may not see it yet (then it carries nothing).</summary>
public sealed record ComparedSide(Member Member, ReviewState State, bool Visible, ProcessProfile? Profile, ParsedModel? Model)
{
    public IReadOnlyList<string> Roles => Merge(ProcessProfile.Entries(Profile?.Roles), Model?.Model.OfKind(Bpmn.Model.BpmnElementKind.Lane).Select(l => l.Name) ?? []);

    public IReadOnlyList<string> ItSystems => ProcessProfile.Entries(Profile?.ItSystems);

    public IReadOnlyList<string> MediaBreaks => ProcessProfile.Entries(Profile?.MediaBreaks);

    private static List<string> Merge(IEnumerable<string> a, IEnumerable<string> b) =>
        a.Concat(b).Where(x => !string.IsNullOrWhiteSpace(x)).DistinctBy(NameNormalizer.Normalize).ToList();
}
