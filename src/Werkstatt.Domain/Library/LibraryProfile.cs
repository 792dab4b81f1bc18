namespace Werkstatt.Domain.Library;

/// <summary>The final profile of one modelling member, as labelled fields (the library keeps it as it was, not as a live form).</summary>
public sealed record LibraryProfile(Guid? MemberId, string MemberName, IReadOnlyList<LibraryProfileField> Fields);
