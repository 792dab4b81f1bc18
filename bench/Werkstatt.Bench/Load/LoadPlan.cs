namespace Werkstatt.Bench.Load;

/// <summary>
/// What the seeder created and the bench client drives: per network its two Werkstätten, topics, processes and members.
/// <see cref="Networks"/> are the measured window's; <see cref="Warmup"/> the extra ones the warm-up visits before it.
/// </summary>
public sealed record LoadPlan(IReadOnlyList<LoadNetwork> Networks)
{
    public IReadOnlyList<LoadNetwork> Warmup { get; init; } = [];

    /// <summary>The measured members (not the warm-up's).</summary>
    public IEnumerable<LoadMember> Members => Networks.SelectMany(n => n.Members);

    /// <summary>Measured and warm-up members: everyone who needs a login cookie.</summary>
    public IEnumerable<LoadMember> AllMembers => Networks.Concat(Warmup).SelectMany(n => n.Members);
}

/// <summary>One network: a Werkstatt in voting (its topics) and one in assignment (its processes, two modellers each).</summary>
public sealed class LoadNetwork(Guid votingWerkstatt, IReadOnlyList<Guid> topics, Guid assignmentWerkstatt, IReadOnlyList<Guid> processes)
{
    public Guid VotingWerkstatt { get; } = votingWerkstatt;

    public IReadOnlyList<Guid> Topics { get; } = topics;

    public Guid AssignmentWerkstatt { get; } = assignmentWerkstatt;

    public IReadOnlyList<Guid> Processes { get; } = processes;

    public List<LoadMember> Members { get; } = [];
}

/// <summary>
/// One member and its process manager's login cookie. It puts two dots on one topic and one on another, and claims two
/// processes (its own index and the next): so every process ends with exactly two claims and every member at its capacity of two.
/// </summary>
public sealed class LoadMember(LoadNetwork network, int index, Guid memberId, string userId)
{
    public LoadNetwork Network { get; } = network;

    public int Index { get; } = index;

    public Guid MemberId { get; } = memberId;

    public string UserId { get; } = userId;

    public string Cookie { get; set; } = string.Empty;

    public Guid TwoDots => Network.Topics[Index % Network.Topics.Count];

    public Guid OneDot => Network.Topics[(Index + 3) % Network.Topics.Count];

    public IReadOnlyList<Guid> Claims => [Network.Processes[Index % Network.Processes.Count], Network.Processes[(Index + 1) % Network.Processes.Count]];
}
