using Werkstatt.Domain.Common;

namespace Werkstatt.Domain.Voting.Rules;

/// <summary>At most N dots on one topic, so one member cannot decide a topic alone.</summary>
public sealed class DotsPerTopicMustNotExceedTheLimitRule(string title, int dots, int limit) : IBusinessRule
{
    public string Message => $"Auf das Thema „{title}“ entfallen {dots} Punkte; erlaubt sind höchstens {limit} Punkte pro Thema.";

    public bool IsBroken() => dots > limit;
}
