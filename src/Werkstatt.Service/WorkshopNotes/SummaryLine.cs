using Werkstatt.Domain.Network;

namespace Werkstatt.Service.WorkshopNotes;

/// <summary>One decision or action item in the summary mail; <see cref="Owner"/> and <see cref="Due"/> only for action items.</summary>
public sealed record SummaryLine(string Process, string Text, MemberId? Owner, DateOnly? Due);
