using Werkstatt.Domain.Common;

namespace Werkstatt.Domain.Registers.Rules;

/// <summary>Own attributes have distinct names, also different from the standard columns, so files can name them.</summary>
public sealed class AttributeNamesAreUniqueRule(string name, bool taken) : IBusinessRule
{
    public string Message => $"Ein Merkmal oder eine Spalte „{name}“ gibt es schon.";

    public bool IsBroken() => taken;
}
