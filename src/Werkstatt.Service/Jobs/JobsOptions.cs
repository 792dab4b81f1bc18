using System.ComponentModel.DataAnnotations;

namespace Werkstatt.Service.Jobs;

/// <summary>The scheduler and the mail dispatcher (section <c>Jobs</c>).</summary>
public sealed class JobsOptions
{
    public const string SectionName = "Jobs";

    /// <summary>The web app runs the scheduler and the dispatcher too (default); false leaves them to <c>worker</c> processes.</summary>
    public bool RunInWeb { get; set; } = true;

    /// <summary>Quartz's scheduler name; every instance of one installation must use the same.</summary>
    [Required]
    [MaxLength(100)]
    public string SchedulerName { get; set; } = "Werkstatt";

    /// <summary>Quartz worker threads per process.</summary>
    [Range(1, 50)]
    public int Threads { get; set; } = 4;

    /// <summary>How often a clustered instance reports that it is alive; after a few missed reports others take over its jobs.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan ClusterCheckinInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>After losing the database (restart, failover) the scheduler tries again this often; due jobs fire once it is back.</summary>
    [Range(typeof(TimeSpan), "00:00:00.500", "00:10:00")]
    public TimeSpan DatabaseRetryInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How often changed Werkstätten are re-planned (also right after a change in this process).</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan ReplanInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How often the full reconciliation (planned jobs = database) and the clean-up run.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan ReconcileInterval { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>A failed deadline or reminder job is tried again after this long.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan StepRetryDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Berlin time of the daily digest.</summary>
    public TimeOnly DigestTime { get; set; } = new(7, 0);

    /// <summary>Job runs older than this are deleted.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "3650.00:00:00")]
    public TimeSpan KeepRunsFor { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Messages sent in parallel per process; also the most that can go out twice after a crash.</summary>
    [Range(1, 64)]
    public int DispatchConcurrency { get; set; } = 4;

    /// <summary>Messages one dispatcher loop claims at a time.</summary>
    [Range(1, 1000)]
    public int DispatchBatchSize { get; set; } = 20;

    /// <summary>How long the dispatcher sleeps when nothing is due.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan DispatchPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A claim not finished within this time (crashed process) is taken over by another dispatcher.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Attempts per message before it is marked failed for the coordinator.</summary>
    [Range(1, 50)]
    public int MaxAttempts { get; set; } = 8;

    /// <summary>Wait after the first failed attempt; doubles with every further one (with ±25 % jitter).</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(30);

    [Range(typeof(TimeSpan), "00:00:00.010", "1.00:00:00")]
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromHours(2);
}
