using Werkstatt.Domain.Blueprints;

namespace Werkstatt.Domain.Registers;

/// <summary>Derives what a blueprint version changed compared with a register, leaving out what the member declined.</summary>
public static class BlueprintChanges
{
    public static IReadOnlyList<BlueprintChange> Between(Register register, BlueprintRelease release)
    {
        ArgumentNullException.ThrowIfNull(register);
        ArgumentNullException.ThrowIfNull(release);
        var processes = release.Processes();
        var inRelease = processes.ToDictionary(p => p.Process.Key);
        var byKey = register.Entries.Where(e => e.BlueprintKey is not null).ToDictionary(e => e.BlueprintKey!.Value);
        var changes = new List<BlueprintChange>();
        foreach (var (process, group) in processes)
        {
            if (!byKey.TryGetValue(process.Key, out var entry))
            {
                if (!register.HasDeclined(BlueprintChangeKind.Added, process.Key, string.Empty))
                {
                    changes.Add(new BlueprintChange(BlueprintChangeKind.Added, process.Key, null, group, null, process.Name, false));
                }
            }
            else if (!string.Equals(entry.BaseName, process.Name, StringComparison.Ordinal) && !register.HasDeclined(BlueprintChangeKind.Renamed, process.Key, process.Name))
            {
                changes.Add(new BlueprintChange(BlueprintChangeKind.Renamed, process.Key, entry.Id, entry.Group, entry.BaseName, process.Name, entry.MemberRenamed));
            }
        }

        foreach (var entry in register.Entries.Where(e => e.BlueprintKey is { } key && !inRelease.ContainsKey(key) && !e.IsStruck))
        {
            if (!register.HasDeclined(BlueprintChangeKind.Removed, entry.BlueprintKey!.Value, string.Empty))
            {
                changes.Add(new BlueprintChange(BlueprintChangeKind.Removed, entry.BlueprintKey.Value, entry.Id, entry.Group, entry.Name, null, entry.MemberRenamed));
            }
        }

        return changes;
    }
}
