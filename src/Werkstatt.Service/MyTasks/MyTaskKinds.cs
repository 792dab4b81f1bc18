namespace Werkstatt.Service.MyTasks;

/// <summary>
/// The kinds of tasks the built-in sources produce. A kind is a plain string so a feature can add its own
/// ("Upload", "Review", "RegisterExperts" ...) without touching this list.
/// </summary>
public static class MyTaskKinds
{
    public const string ProposeTopics = "ProposeTopics";
    public const string Vote = "Vote";
    public const string OpenVoting = "OpenVoting";
    public const string CloseVoting = "CloseVoting";
    public const string DeriveProcesses = "DeriveProcesses";
    public const string DeclareCapacity = "DeclareCapacity";
    public const string SolveAssignment = "SolveAssignment";
    public const string ConfirmAssignment = "ConfirmAssignment";
    public const string MovePhase = "MovePhase";
    public const string OutboxProblems = "OutboxProblems";
}
