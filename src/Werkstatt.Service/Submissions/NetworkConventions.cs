using Werkstatt.Domain.Common;
using Werkstatt.Domain.Network;

namespace Werkstatt.Service.Submissions;

/// <summary>
/// The modelling conventions a network agreed on: per rule on/off and severity. Rules without an entry keep the
/// library's default. Coordinators edit it; findings on every submission of the network follow it.
/// </summary>
public sealed class NetworkConventions : AggregateRoot
{
    private readonly List<ConventionRuleSetting> _rules = [];

    private NetworkConventions()
    {
    }

    public NetworkId NetworkId { get; private set; }

    public IReadOnlyList<ConventionRuleSetting> Rules => _rules;

    public DateTimeOffset? ChangedAt { get; private set; }

    public string? ChangedBy { get; private set; }

    public static NetworkConventions For(NetworkId network) => new() { NetworkId = network };

    public ConventionRuleSetting? Find(string ruleId) => _rules.FirstOrDefault(r => r.RuleId == ruleId);

    public void Set(IReadOnlyCollection<ConventionRuleSetting> rules, DateTimeOffset now, string by)
    {
        ArgumentNullException.ThrowIfNull(rules);
        foreach (var rule in rules)
        {
            if (string.IsNullOrWhiteSpace(rule.RuleId) || rule.RuleId.Length > ConventionRuleSetting.RuleIdMaxLength || !Enum.IsDefined(rule.Level))
            {
                throw new DomainRuleViolation("ConventionRulesMustBeKnown", "Bitte nur die angebotenen Regeln und Schweregrade wählen.", "Rules");
            }
        }

        foreach (var rule in rules)
        {
            _rules.RemoveAll(r => r.RuleId == rule.RuleId);
            _rules.Add(rule);
        }

        ChangedAt = now;
        ChangedBy = by.Length <= 200 ? by : by[..200];
    }
}
