using Werkstatt.Domain.Common;

namespace Werkstatt.Domain.Processes;

/// <summary>A key of the federal service catalogue (LeiKa-Schlüssel): 14 digits, e.g. 99115005000000.</summary>
public readonly record struct LeikaKey
{
    public const int Length = 14;

    public LeikaKey(string value)
    {
        var digits = new string((value ?? string.Empty).Where(c => !char.IsWhiteSpace(c)).ToArray());
        if (digits.Length != Length || !digits.All(char.IsAsciiDigit))
        {
            throw new DomainRuleViolation("LeikaKeyMustHaveFourteenDigits", "Ein LeiKa-Schlüssel besteht aus 14 Ziffern, z. B. 99115005000000.", "LeikaKey");
        }

        Value = digits;
    }

    public string Value { get; }

    /// <summary>Null for an empty input; otherwise checked.</summary>
    public static LeikaKey? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : new LeikaKey(value);

    public override string ToString() => Value;
}
