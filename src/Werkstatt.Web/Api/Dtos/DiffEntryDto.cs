using Werkstatt.Service.Bpmn.Model;

namespace Werkstatt.Web.Api.Dtos;

/// <summary>One element that differs between two model versions; <see cref="OldName"/> and <see cref="OldKind"/> are set for a changed one.</summary>
public sealed record DiffEntryDto(string ElementId, BpmnElementKind Kind, string Name, string? OldName = null, BpmnElementKind? OldKind = null);
