using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Werkstatt.Domain.Network;
using Werkstatt.Service.Bpmn.Conventions;
using Werkstatt.Service.Common;
using Werkstatt.Service.Networks;
using Werkstatt.Service.Submissions;
using Werkstatt.Web.Security;

namespace Werkstatt.Web.Pages.Verwaltung;

/// <summary>The network's modelling conventions: per rule on/off and severity. Everyone in the network reads them, the coordination changes them.</summary>
public sealed class KonventionenModel(ActorAccessor actors, NetworkService networks, ConventionSettingsService conventions) : PageModel
{
    [BindProperty]
    public List<ConventionRuleInput> Rules { get; set; } = [];

    [BindProperty]
    public int Version { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public bool CanEdit { get; private set; }

    public DateTimeOffset? ChangedAt { get; private set; }

    public string? ChangedBy { get; private set; }

    public static ConventionRule RuleOf(string id) => ConventionChecker.Find(id) ?? throw new ArgumentOutOfRangeException(nameof(id), id, "unknown rule");

    public static string GermanName(FindingLevel level) => level switch
    {
        FindingLevel.Error => "Fehler",
        FindingLevel.Warning => "Warnung",
        _ => "Hinweis",
    };

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var actor = await actors.RequireAsync(cancellationToken);
        if (await NetworkScope.ResolveAsync(actor, networks, cancellationToken) is not { } network)
        {
            return Forbid();
        }

        var result = await conventions.GetAsync(actor, network, cancellationToken);
        if (!result.IsSuccess)
        {
            return PageErrors.Refusal(this, result.Error) ?? NotFound();
        }

        Show(actor, network, result.Value);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var actor = await actors.RequireAsync(cancellationToken);
        if (await NetworkScope.ResolveAsync(actor, networks, cancellationToken) is not { } network || !actor.Coordinates(network))
        {
            return Forbid();
        }

        var result = await conventions.SetAsync(
            actor, network, Rules.Select(r => new Service.Submissions.ConventionRuleSetting(r.RuleId ?? string.Empty, r.Enabled, r.Level)).ToList(), Version, cancellationToken);
        if (!result.IsSuccess)
        {
            if (PageErrors.Refusal(this, result.Error) is { } refusal)
            {
                return refusal;
            }

            ModelState.AddModelError(string.Empty, result.Error.Message);
            var current = await conventions.GetAsync(actor, network, cancellationToken);
            Show(actor, network, current.IsSuccess ? current.Value : NetworkConventions.For(network));
            return Page();
        }

        Notice = "Die Konventionen sind gespeichert. Sie gelten ab sofort für die Befunde aller Einreichungen des Netzwerks.";
        return Redirect("/Verwaltung/Konventionen");
    }

    private void Show(Actor actor, NetworkId network, NetworkConventions stored)
    {
        CanEdit = actor.Coordinates(network);
        Version = stored.Version;
        ChangedAt = stored.ChangedAt;
        ChangedBy = stored.ChangedBy;
        Rules = [.. ConventionChecker.Rules.Select(rule => stored.Find(rule.Id) is { } own
            ? new ConventionRuleInput { RuleId = rule.Id, Enabled = own.Enabled, Level = own.Level }
            : new ConventionRuleInput { RuleId = rule.Id, Enabled = true, Level = SubmissionFindings.LevelOf(rule.DefaultSeverity) })];
    }
}
