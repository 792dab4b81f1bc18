namespace Werkstatt.Web.Api;

/// <summary>Maps every /api/v1 group.</summary>
public static class ApiExtensions
{
    public static IEndpointRouteBuilder MapWerkstattApi(this IEndpointRouteBuilder app)
    {
        AuthEndpoints.MapAuth(app);
        NetworkEndpoints.MapNetworks(app);
        MemberEndpoints.MapMembers(app);
        PersonEndpoints.MapPeople(app);
        WerkstattEndpoints.MapWerkstaetten(app);
        HolidayEndpoints.MapHolidays(app);
        TopicEndpoints.MapTopics(app);
        VotingEndpoints.MapVoting(app);
        ProcessEndpoints.MapProcesses(app);
        AssignmentEndpoints.MapAssignment(app);
        DossierEndpoints.MapDossiers(app);
        RegisterEndpoints.MapRegisters(app);
        ParticipantEndpoints.MapParticipants(app);
        CalendarFeedEndpoints.MapCalendarFeed(app);
        SubmissionEndpoints.MapSubmissions(app);
        LibraryEndpoints.MapLibrary(app);
        WorkshopEndpoints.MapWorkshop(app);
        OverviewEndpoints.MapOverview(app);
        WorkshopRoomEndpoints.MapWorkshopRoom(app);
        return app;
    }

    /// <summary>Changes must name the version they are based on; a missing one is refused rather than overwriting blindly.</summary>
    public static IResult? RequireVersion(int? version) => version is null
        ? ApiResults.Problem(Werkstatt.Service.Common.Error.Validation("version", "Bitte die Version angeben, auf der die Änderung beruht (Feld „version“)."))
        : null;
}
