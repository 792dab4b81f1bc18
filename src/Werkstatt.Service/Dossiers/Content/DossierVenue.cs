namespace Werkstatt.Service.Dossiers.Content;

/// <summary>Where the workshop meets: an online link or an address, and the Teams link when Microsoft 365 made one.</summary>
public sealed record DossierVenue(bool Online, string? MeetingUrl, string? Address)
{
    public string? TeamsJoinUrl { get; init; }

    public string Describe() => (Online ? $"Online: {MeetingUrl}" : $"Vor Ort: {Address}") + (TeamsJoinUrl is null ? string.Empty : $" · Teams: {TeamsJoinUrl}");
}
