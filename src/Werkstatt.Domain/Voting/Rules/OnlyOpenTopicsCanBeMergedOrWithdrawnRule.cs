using Werkstatt.Domain.Common;

namespace Werkstatt.Domain.Voting.Rules;

/// <summary>A merged or withdrawn topic stays as it is.</summary>
public sealed class OnlyOpenTopicsCanBeMergedOrWithdrawnRule(string title, TopicStatus status) : IBusinessRule
{
    public string Message => $"Das Thema „{title}“ ist bereits {status.GermanName()}.";

    public bool IsBroken() => status != TopicStatus.Open;
}
