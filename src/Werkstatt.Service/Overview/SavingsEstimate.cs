namespace Werkstatt.Service.Overview;

/// <summary>
/// Hours saved in one year through shared modelling: each member re-uses <c>ReuseShare</c> of the year's processes
/// and would have needed <c>HoursPerProcess</c> for each of those it did not model itself.
/// </summary>
public sealed record SavingsEstimate(double HoursPerProcess, double ReuseShare, int ProcessesInYear, int Members, double NetworkHours)
{
    /// <summary>The articles' figure: sharing saves a member up to 1,000 working hours a year.</summary>
    public const int ArticlesHoursPerMember = 1000;

    public double HoursPerMember => Members == 0 ? 0 : NetworkHours / Members;

    /// <summary>Per member: re-used processes it did not model × hours per process.</summary>
    public static SavingsEstimate Calculate(double hoursPerProcess, double reuseShare, int processesInYear, IReadOnlyCollection<int> modelledByMember)
    {
        ArgumentNullException.ThrowIfNull(modelledByMember);
        var reused = processesInYear * reuseShare;
        var hours = modelledByMember.Sum(own => Math.Max(0, reused - own) * hoursPerProcess);
        return new SavingsEstimate(hoursPerProcess, reuseShare, processesInYear, modelledByMember.Count, hours);
    }
}
