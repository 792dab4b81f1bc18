namespace Werkstatt.Service.Voting;

/// <summary>The rules of a vote as entered by the coordinator, with the version of the vote they are based on.</summary>
public sealed record VotingSettingsInput(int Budget, int MaxPerTopic, int Winners, int? Version);
