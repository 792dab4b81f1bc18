using Werkstatt.Domain.Network;

namespace Werkstatt.Service.Jobs.Recipients;

/// <summary>The network's quality reviewers.</summary>
public sealed class ReviewerRecipients(PeopleDirectory people) : RoleRecipients(people, Role.QualityReviewer);
