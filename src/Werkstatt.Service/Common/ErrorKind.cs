namespace Werkstatt.Service.Common;

/// <summary>The kinds of expected failure; the web layer maps each to one HTTP status.</summary>
public enum ErrorKind
{
    /// <summary>Input is malformed or out of range (400).</summary>
    Validation,

    /// <summary>The thing does not exist, or the caller may not know it exists (404).</summary>
    NotFound,

    /// <summary>The caller's role or member does not allow this (403).</summary>
    Forbidden,

    /// <summary>A business rule forbids it in the current state (409).</summary>
    Rule,

    /// <summary>Someone else saved in between (409).</summary>
    Concurrency,
}
