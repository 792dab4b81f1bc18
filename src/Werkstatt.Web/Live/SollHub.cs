using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.ToBe;
using Werkstatt.Service.Accounts;
using Werkstatt.Service.Common;
using Werkstatt.Service.ToBe;

namespace Werkstatt.Web.Live;

/// <summary>
/// Live to-be modelling: one group per (Werkstatt, process). The facilitator's modeler sends each change; the hub checks
/// the sender may edit (the services decide, on every call, with the actor loaded fresh from the database), keeps it as
/// the draft and passes it to everyone else in the group. Comments, pointers and saves go to the group too.
/// </summary>
[Authorize]
public sealed class SollHub(AccountService accounts, ToBeLiveService live, ToBeService toBe, ToBeAccess access) : Hub
{
    public const string Path = "/hubs/soll";

    /// <summary>Joins the group and returns the current draft (null before the first change).</summary>
    public async Task<ToBeDraftView?> Join(Guid werkstattId, Guid processId)
    {
        var draft = Ok(await live.DraftAsync(await ActorAsync(), Werkstatt(werkstattId), Process(processId), Context.ConnectionAborted));
        await Groups.AddToGroupAsync(Context.ConnectionId, GroupOf(werkstattId, processId), Context.ConnectionAborted);
        return draft;
    }

    /// <summary>A change from the modeler (the whole XML); returns its revision. <paramref name="sentAt"/> is passed through for latency measurements.</summary>
    public async Task<long> Change(Guid werkstattId, Guid processId, string xml, double sentAt)
    {
        var draft = Ok(await live.ChangeAsync(await ActorAsync(), Werkstatt(werkstattId), Process(processId), xml, Context.ConnectionAborted));
        await Clients.OthersInGroup(GroupOf(werkstattId, processId)).SendAsync("Changed", new SollChange(draft.Xml, draft.Revision, draft.UpdatedBy, sentAt));
        return draft.Revision;
    }

    /// <summary>Saves the XML as the next version (the facilitator's "Speichern") and tells the group.</summary>
    public async Task<SollSaved> Save(Guid werkstattId, Guid processId, string xml, string basis, Guid? basedOnMember, int? basedOnVersion, int version)
    {
        if (!Enum.TryParse<ToBeBasis>(basis, ignoreCase: false, out var from) || !Enum.IsDefined(from))
        {
            throw new HubException("Bitte einen der angebotenen Ausgangspunkte wählen.");
        }

        var member = basedOnMember is { } m && m != Guid.Empty ? new MemberId(m) : (MemberId?)null;
        var saved = Ok(await toBe.SaveAsync(
            await ActorAsync(), Werkstatt(werkstattId), Process(processId), System.Text.Encoding.UTF8.GetBytes(xml ?? string.Empty), from, member, basedOnVersion, version, Context.ConnectionAborted));
        var message = new SollSaved(saved.Saved.Number, saved.Version, saved.Saved.SavedBy, saved.Findings.Select(f => f.Message).ToList());
        await Clients.Group(GroupOf(werkstattId, processId)).SendAsync("Saved", message);
        return message;
    }

    public async Task Comment(Guid werkstattId, Guid processId, string? elementId, string? text)
    {
        var comment = Ok(await toBe.CommentAsync(await ActorAsync(), Werkstatt(werkstattId), Process(processId), elementId, text, Context.ConnectionAborted));
        await Clients.Group(GroupOf(werkstattId, processId)).SendAsync("Commented", comment);
    }

    /// <summary>Points everyone at an element (nothing stored).</summary>
    public async Task Point(Guid werkstattId, Guid processId, string? elementId)
    {
        var actor = await ActorAsync();
        Ok(await access.ReadableAsync(actor, Werkstatt(werkstattId), Process(processId), Context.ConnectionAborted));
        var id = elementId is { Length: > 0 and <= ToBeComment.ElementIdMaxLength } ? elementId : null;
        await Clients.OthersInGroup(GroupOf(werkstattId, processId)).SendAsync("Pointed", new SollPointer(id, actor.Name));
    }

    public static string GroupOf(Guid werkstattId, Guid processId) => $"soll:{werkstattId:N}:{processId:N}";

    private static T Ok<T>(Result<T> result) => result.IsSuccess ? result.Value : throw new HubException(result.Error.Message);

    private static WerkstattId Werkstatt(Guid id) => id == Guid.Empty ? throw new HubException("Die Werkstatt wurde nicht gefunden.") : new WerkstattId(id);

    private static ProcessId Process(Guid id) => id == Guid.Empty ? throw new HubException("Der Prozess wurde nicht gefunden.") : new ProcessId(id);

    // Loaded on every call, so a role taken away applies to an open connection at its next message.
    private async Task<Actor> ActorAsync() =>
        Context.User?.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId && await accounts.ActorForUserAsync(userId, Context.ConnectionAborted) is { } actor
            ? actor
            : throw new HubException("Bitte melden Sie sich an.");
}
