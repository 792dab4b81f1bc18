namespace Werkstatt.Service.ToBe;

/// <summary>What the actor may do with a to-be model: facilitators edit, everyone in the network reads and comments.</summary>
public sealed record ToBeRights(bool Edit, bool Comment);
