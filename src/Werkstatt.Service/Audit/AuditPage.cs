namespace Werkstatt.Service.Audit;

/// <summary>One page of audit entries, newest first.</summary>
public sealed record AuditPage(IReadOnlyList<AuditEntry> Entries, int Page, int TotalCount)
{
    public int PageCount => Math.Max(1, (TotalCount + AuditFilter.PageSize - 1) / AuditFilter.PageSize);
}
