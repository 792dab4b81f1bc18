using Werkstatt.Domain.Common;

namespace Werkstatt.Domain.Registers.Rules;

/// <summary>A register holds at most <see cref="Register.MaxEntries"/> processes (a large Kreis has about 1,500).</summary>
public sealed class RegisterSizeIsLimitedRule(int count) : IBusinessRule
{
    public string Message => $"Ein Register kann höchstens {Register.MaxEntries:N0} Prozesse enthalten.";

    public bool IsBroken() => count > Register.MaxEntries;
}
