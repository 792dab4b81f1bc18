using Werkstatt.Domain.Library;

namespace Werkstatt.Service.Library.Sources;

/// <summary>One modelling member's final models and profile fields.</summary>
public sealed record SourceMember(Guid MemberId, string MemberName, IReadOnlyList<SourceFile> Files, IReadOnlyList<LibraryProfileField> Profile);
