using Werkstatt.Domain.Common;
using Werkstatt.Domain.Network;

namespace Werkstatt.Domain.Library.Rules;

/// <summary>The import counter counts members, not clicks: one record per member and version.</summary>
public sealed class AMemberRecordsAReuseOncePerVersionRule(IEnumerable<LibraryImport> imports, MemberId member, int version) : IBusinessRule
{
    public string Message => "Diese Verwaltung hat diese Version bereits als nachgenutzt eingetragen.";

    public bool IsBroken() => imports.Any(i => i.MemberId == member && i.VersionNumber == version);
}
