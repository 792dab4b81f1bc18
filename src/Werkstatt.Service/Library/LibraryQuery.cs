using Werkstatt.Domain.Network;

namespace Werkstatt.Service.Library;

/// <summary>A library search: words (full text) and filters; all optional. Always within one network.</summary>
public sealed record LibraryQuery(
    string? Text = null,
    string? Topic = null,
    MemberLevel? Level = null,
    string? LeikaKey = null,
    Guid? MemberId = null,
    Guid? WerkstattId = null,
    DateOnly? From = null,
    DateOnly? To = null,
    int Limit = 50)
{
    public const int MaxLimit = 200;
    public const int TextMaxLength = 200;
}
