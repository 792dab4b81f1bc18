using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Registers;
using Werkstatt.Domain.Voting;
using Werkstatt.Service.Common;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Registers.Library;
using Werkstatt.Service.Voting;

namespace Werkstatt.Service.Registers;

/// <summary>The network level of the registers: aggregates, topic proposals from what most members still lack, and turning a proposal into a topic.</summary>
public sealed class NetworkRegisterService(WerkstattDbContext db, RegisterLoader loader, ILibraryCatalog library, TopicService topics)
{
    public const int ProposalCount = 10;

    public async Task<Result<NetworkRegistersView>> GetAsync(Actor actor, NetworkId networkId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.BelongsTo(networkId))
        {
            return Error.Forbidden();
        }

        var members = await db.Members.AsNoTracking().Where(m => m.NetworkId == networkId).ToListAsync(cancellationToken);
        var registers = await loader.RegistersAsync(networkId, cancellationToken);
        var index = new LibraryIndex(await library.ForNetworkAsync(networkId, cancellationToken));
        var byMember = registers.ToDictionary(r => r.MemberId);
        var summaries = new List<MemberRegisterSummary>();
        var covered = 0;
        foreach (var member in members.OrderBy(m => m.Level).ThenBy(m => m.Name, StringComparer.CurrentCulture))
        {
            var register = byMember.GetValueOrDefault(member.Id);
            var active = register?.Entries.Where(e => !e.IsStruck).ToList() ?? [];
            var memberCovered = active.Count(e => index.Find(e) is not null);
            covered += memberCovered;
            summaries.Add(new MemberRegisterSummary(
                member, register is not null, register?.IsShared == true,
                register is not null && RegisterAccess.CanRead(actor, networkId, member.Id, register.IsShared),
                active.Count, register?.Entries.Count(e => e.IsStruck) ?? 0, active.Count(e => e.IsOwn), memberCovered,
                Enum.GetValues<ProcessStatus>().ToDictionary(s => s, s => active.Count(e => e.Status == s))));
        }

        return new NetworkRegistersView(
            members.Count,
            registers.Count,
            summaries.Sum(s => s.Active),
            covered,
            Enum.GetValues<ProcessStatus>().ToDictionary(s => s, s => summaries.Sum(m => m.ByStatus[s])),
            summaries.Where(s => s.Readable).ToList(),
            Proposals(registers, index),
            actor.Coordinates(networkId));
    }

    /// <summary>
    /// The members whose register the actor may open (own, shared, or every one for the coordinator), as
    /// <see cref="GetAsync"/> orders them; reads only whether each register exists and is shared, never its entries
    /// (the register page asks on every view; loading every register of the network cost more than the page itself).
    /// </summary>
    public async Task<IReadOnlyList<Member>> ReadableAsync(Actor actor, NetworkId networkId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.BelongsTo(networkId))
        {
            return [];
        }

        var members = await db.Members.AsNoTracking().Where(m => m.NetworkId == networkId).ToListAsync(cancellationToken);
        var shared = (await db.Set<Register>().AsNoTracking().Where(r => r.NetworkId == networkId).Select(r => new { r.MemberId, r.IsShared }).ToListAsync(cancellationToken))
            .ToDictionary(r => r.MemberId, r => r.IsShared);
        return members
            .Where(m => shared.TryGetValue(m.Id, out var isShared) && RegisterAccess.CanRead(actor, networkId, m.Id, isShared))
            .OrderBy(m => m.Level).ThenBy(m => m.Name, StringComparer.CurrentCulture)
            .ToList();
    }

    /// <summary>
    /// Processes counted across registers (blueprint entries by their blueprint item, own ones by name): how many
    /// members have one active, still only recorded and not covered by the library. Most lacking first, then case volume.
    /// </summary>
    public static IReadOnlyList<TopicProposal> Proposals(IReadOnlyList<Register> registers, LibraryIndex index)
    {
        ArgumentNullException.ThrowIfNull(registers);
        ArgumentNullException.ThrowIfNull(index);
        return registers
            .SelectMany(r => r.Entries.Where(e => !e.IsStruck).Select(e => (Member: r.MemberId, Entry: e)))
            .GroupBy(x => x.Entry.BlueprintKey?.ToString() ?? "own:" + LibraryIndex.Normal(x.Entry.Name))
            .Select(g =>
            {
                var lacking = g.Where(x => x.Entry.Status == ProcessStatus.Recorded && index.Find(x.Entry) is null).ToList();
                var sample = g.First().Entry;
                return new TopicProposal(g.Key, sample.BaseName ?? sample.Name, sample.Group, lacking.Select(x => x.Member).Distinct().Count(), g.Select(x => x.Member).Distinct().Count(), lacking.Sum(x => (long)(x.Entry.CaseVolume ?? 0)));
            })
            .Where(p => p.Lacking > 1)
            .OrderByDescending(p => p.Lacking)
            .ThenByDescending(p => p.CaseVolume)
            .ThenBy(p => p.Name, StringComparer.CurrentCulture)
            .Take(ProposalCount)
            .ToList();
    }

    /// <summary>The coordinator turns a proposal into a topic of a Werkstatt collecting topics.</summary>
    public async Task<Result<Topic>> ProposeTopicAsync(Actor actor, NetworkId networkId, string proposalKey, WerkstattId werkstattId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.Coordinates(networkId))
        {
            return Error.Forbidden("Themen aus den Registern schlägt die Koordination vor.");
        }

        var view = await GetAsync(actor, networkId, cancellationToken);
        if (!view.IsSuccess)
        {
            return view.Error;
        }

        var proposal = view.Value.Proposals.FirstOrDefault(p => p.Key == proposalKey);
        if (proposal is null)
        {
            return Error.Validation("Proposal", "Diesen Vorschlag gibt es nicht (mehr); bitte laden Sie die Seite neu.");
        }

        var werkstatt = await db.Werkstaetten.AsNoTracking().FirstOrDefaultAsync(w => w.Id == werkstattId, cancellationToken);
        if (werkstatt is null || werkstatt.NetworkId != networkId)
        {
            return Error.Validation("WerkstattId", "Bitte eine Werkstatt dieses Netzwerks wählen.");
        }

        return await topics.ProposeAsync(actor, werkstattId, new ProposeTopic(
            proposal.Name,
            $"Aus den Prozessregistern ({proposal.Group}): {proposal.Lacking} von {proposal.Having} Verwaltungen haben „{proposal.Name}“ noch nicht modelliert.",
            $"Der Prozess fehlt den meisten Verwaltungen; gemeinsam modelliert spart er {proposal.Lacking} Einzelmodellierungen."), cancellationToken);
    }
}
