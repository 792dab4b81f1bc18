namespace Werkstatt.Web.Api.Dtos;

/// <summary>A comment on the to-be model, optionally on one element (its BPMN id).</summary>
public sealed record ToBeCommentDto(string? ElementId, string? Text);
