using Werkstatt.Domain.Common;

namespace Werkstatt.Domain.Voting.Rules;

/// <summary>A topic can only be merged into a different, open topic of the same Werkstatt.</summary>
public sealed class TopicsMergeIntoAnotherOpenTopicOfTheSameWerkstattRule(Topic topic, Topic target) : IBusinessRule
{
    public string Message => topic.Id == target.Id
        ? "Ein Thema kann nicht mit sich selbst zusammengeführt werden."
        : $"Das Ziel „{target.Title}“ muss ein offenes Thema derselben Werkstatt sein.";

    public bool IsBroken() => topic.Id == target.Id || target.WerkstattId != topic.WerkstattId || target.Status != TopicStatus.Open;
}
