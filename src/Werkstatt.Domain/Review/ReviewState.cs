namespace Werkstatt.Domain.Review;

/// <summary>Where a submission stands in the quality review.</summary>
public enum ReviewState
{
    /// <summary>Only a profile so far, no model uploaded.</summary>
    Draft,

    /// <summary>A model was uploaded and waits for the reviewer.</summary>
    Submitted,

    /// <summary>The reviewer has started.</summary>
    InReview,

    /// <summary>The reviewer asked for changes, with comments and a new deadline.</summary>
    ReworkRequested,

    /// <summary>A new version was uploaded after a rework request.</summary>
    Resubmitted,

    Approved,

    /// <summary>The coordinator excused the member from this submission (with a reason).</summary>
    Excused,
}
