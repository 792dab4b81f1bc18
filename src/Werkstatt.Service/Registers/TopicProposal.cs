namespace Werkstatt.Service.Registers;

/// <summary>A process many members still lack: <see cref="Lacking"/> of <see cref="Having"/> members have it in their register but neither modelled nor covered by the library.</summary>
public sealed record TopicProposal(string Key, string Name, string Group, int Lacking, int Having, long CaseVolume);
