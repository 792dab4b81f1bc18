using Werkstatt.Domain.Network;
using Werkstatt.Domain.Processes;

namespace Werkstatt.Service.Registers.Library;

/// <summary>A process the network has modelled, as the library knows it: id (as text), name, LeiKa key, who modelled it.</summary>
public sealed record LibraryProcess(string Id, string Name, LeikaKey? LeikaKey, IReadOnlySet<MemberId> ModelledBy);
