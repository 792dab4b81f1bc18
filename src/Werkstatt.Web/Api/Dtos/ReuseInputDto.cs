namespace Werkstatt.Web.Api.Dtos;

/// <summary>Records that a member imported (re-uses) the entry; <c>version</c> is the entry's concurrency version.</summary>
public sealed record ReuseInputDto(Guid MemberId, int? Version);
