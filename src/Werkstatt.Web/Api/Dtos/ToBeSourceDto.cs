namespace Werkstatt.Web.Api.Dtos;

/// <summary>A member's latest as-is model, offered as the starting point of the to-be model.</summary>
public sealed record ToBeSourceDto(Guid MemberId, string MemberName, int Number);
