using Werkstatt.Service.Bpmn.Model;

namespace Werkstatt.Service.Bpmn.Compare;

/// <summary>
/// Two members' models of the same process side by side, for the workshop: steps (activities), roles (lanes and pools),
/// systems (data stores) and the profile fields the caller passes in.
/// </summary>
public sealed record BpmnProcessComparison(
    NameSetComparison Steps, NameSetComparison Roles, NameSetComparison Systems, IReadOnlyList<ProfileField> ProfileFields)
{
    public static BpmnProcessComparison Compare(BpmnModel a, BpmnModel b, IReadOnlyList<ProfileField>? profileFields = null)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new BpmnProcessComparison(
            NameSetComparison.Of(StepNames(a), StepNames(b)),
            NameSetComparison.Of(RoleNames(a), RoleNames(b)),
            NameSetComparison.Of(Names(a, BpmnElementKind.DataStore), Names(b, BpmnElementKind.DataStore)),
            profileFields ?? []);
    }

    private static IEnumerable<string> StepNames(BpmnModel model) => model.Elements.Where(e => BpmnKinds.IsActivity(e.Kind)).Select(e => e.Name);

    private static IEnumerable<string> RoleNames(BpmnModel model) =>
        Names(model, BpmnElementKind.Lane).Concat(Names(model, BpmnElementKind.Participant));

    private static IEnumerable<string> Names(BpmnModel model, BpmnElementKind kind) => model.OfKind(kind).Select(e => e.Name);
}
