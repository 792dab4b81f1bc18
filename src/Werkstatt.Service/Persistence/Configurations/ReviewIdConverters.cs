using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Werkstatt.Domain.Review;

namespace Werkstatt.Service.Persistence.Configurations;

/// <summary>Converters for the ids of submissions.</summary>
internal static class ReviewIdConverters
{
    public static readonly ValueConverter<SubmissionId, Guid> Submission = new(id => id.Value, value => new SubmissionId(value));
}
