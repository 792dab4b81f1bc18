namespace Werkstatt.Service.Privacy;

/// <summary>What an erasure removed, for the confirmation message.</summary>
public sealed record PersonErasure(int Logins, int MessagesDropped, int MessagesAnonymised, int NamesReplaced);
