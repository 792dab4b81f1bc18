namespace Werkstatt.Service.Dossiers.Content;

/// <summary>Where the workshop meets: an online link or an address.</summary>
public sealed record DossierVenue(bool Online, string? MeetingUrl, string? Address)
{
    public string Describe() => Online ? $"Online: {MeetingUrl}" : $"Vor Ort: {Address}";
}
