using Werkstatt.Domain.Registers;

namespace Werkstatt.Web.Pages.Register;

/// <summary>The filters of the register table (query string): text, group, status, struck entries shown or not.</summary>
public sealed record RegisterFilter(string? Text, string? Group, ProcessStatus? Status, bool ShowStruck)
{
    public IEnumerable<RegisterEntry> Apply(IEnumerable<RegisterEntry> entries) => entries
        .Where(e => ShowStruck || !e.IsStruck)
        .Where(e => string.IsNullOrWhiteSpace(Group) || e.Group == Group || e.Group.StartsWith(Group + " ›", StringComparison.Ordinal))
        .Where(e => Status is null || e.Status == Status)
        .Where(e => string.IsNullOrWhiteSpace(Text)
            || e.Name.Contains(Text.Trim(), StringComparison.CurrentCultureIgnoreCase)
            || (e.OwnerUnit?.Contains(Text.Trim(), StringComparison.CurrentCultureIgnoreCase) ?? false));
}
