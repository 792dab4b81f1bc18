using Werkstatt.Domain.ToBe;

namespace Werkstatt.Web.Api.Dtos;

/// <summary>One saved to-be version; its XML is at …/soll/versions/{number}.</summary>
public sealed record ToBeVersionDto(
    int Number, DateTimeOffset SavedAt, string SavedBy, ToBeBasis Basis, Guid? BasedOnMember, int? BasedOnVersion, string Sha256, long Size, int Elements, int Problems, int Findings)
{
    public static ToBeVersionDto From(ToBeVersion v)
    {
        ArgumentNullException.ThrowIfNull(v);
        return new ToBeVersionDto(v.Number, v.SavedAt, v.SavedBy, v.Basis, v.BasedOnMember?.Value, v.BasedOnVersion, v.Sha256, v.Size, v.Elements, v.Problems, v.Findings);
    }
}
