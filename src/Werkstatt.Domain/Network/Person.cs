using Werkstatt.Domain.Common;

namespace Werkstatt.Domain.Network;

/// <summary>A person known to a network: process manager or expert of a member, coordinator, reviewer or admin.</summary>
public sealed class Person : AggregateRoot
{
    public const int NameMaxLength = 120;
    public const int EmailMaxLength = 254;
    public const int FunctionMaxLength = 120;

    private Person()
    {
        Name = string.Empty;
        Email = string.Empty;
    }

    public PersonId Id { get; private set; }

    public NetworkId NetworkId { get; private set; }

    /// <summary>The member this person acts for; null for the network's coordinators, reviewers and admins.</summary>
    public MemberId? MemberId { get; private set; }

    public string Name { get; private set; }

    public string Email { get; private set; }

    /// <summary>Job title or unit, e.g. "Sachgebietsleitung Bürgerservice".</summary>
    public string? Function { get; private set; }

    public static Person Create(NetworkId networkId, MemberId? memberId, string name, string email, string? function)
    {
        var person = new Person { Id = PersonId.New(), NetworkId = networkId };
        person.Update(memberId, name, email, function);
        return person;
    }

    public void Update(MemberId? memberId, string name, string email, string? function)
    {
        // Check everything before changing anything: a refused update must leave the person as it was.
        var checkedName = Text.Required(name, NameMaxLength, nameof(Name), "Der Name");
        var checkedEmail = NormalizeEmail(email);
        var checkedFunction = Text.Optional(function, FunctionMaxLength, nameof(Function), "Die Funktion");
        Name = checkedName;
        Email = checkedEmail;
        Function = checkedFunction;
        MemberId = memberId;
    }

    /// <summary>Process managers and experts must belong to a member.</summary>
    /// <summary>The name an erased person keeps (DSGVO erasure).</summary>
    public const string ErasedName = "Gelöschte Person";

    /// <summary>Erasure: name, e-mail address and function go; the id stays as a pseudonym, so the network's work stays attributed to the member.</summary>
    public void Anonymise()
    {
        Name = ErasedName;
        Email = $"geloescht-{Id.Value:N}@geloescht.invalid";
        Function = null;
    }

    public void EnsureCanHold(Role role)
    {
        CheckRule(new RoleBoundToMemberNeedsMemberRule(role, MemberId));
    }

    public static string NormalizeEmail(string? email)
    {
        var trimmed = Text.Required(email, EmailMaxLength, nameof(Email), "Die E-Mail-Adresse");
        if (!LooksLikeEmail(trimmed))
        {
            throw new DomainRuleViolation("EmailMustBeValid", "Bitte eine gültige E-Mail-Adresse angeben (z. B. name@stadt.de).", nameof(Email));
        }

        return trimmed.ToLowerInvariant();
    }

    // Deliberately simple: one @, a local part, a domain with a dot, no spaces or brackets.
    private static bool LooksLikeEmail(string text)
    {
        var at = text.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != text.LastIndexOf('@') || at == text.Length - 1)
        {
            return false;
        }

        var domain = text[(at + 1)..];
        return domain.Contains('.', StringComparison.Ordinal)
            && !domain.StartsWith('.')
            && !domain.EndsWith('.')
            && !text.Any(c => char.IsWhiteSpace(c) || c is '<' or '>' or '(' or ')' or ',' or ';' or ':' or '"' or '[' or ']' or '\\');
    }
}
