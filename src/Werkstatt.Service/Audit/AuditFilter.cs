namespace Werkstatt.Service.Audit;

/// <summary>What the page „Protokoll“ asks for: a network (null: all, admins only), Berlin dates, a member, a kind, a page (from 1).</summary>
public sealed record AuditFilter(Guid? NetworkId, DateOnly? From = null, DateOnly? To = null, Guid? MemberId = null, string? Kind = null, int Page = 1)
{
    public const int PageSize = 50;
}
