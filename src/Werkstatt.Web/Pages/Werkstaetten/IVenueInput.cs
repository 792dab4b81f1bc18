using Werkstatt.Domain.Cycle;

namespace Werkstatt.Web.Pages.Werkstaetten;

/// <summary>The place fields every Werkstatt form shares (rendered by _VenueFields).</summary>
public interface IVenueInput
{
    WorkshopFormat? Format { get; }

    string? MeetingUrl { get; }

    string? Address { get; }
}
