namespace Werkstatt.Web.Live;

/// <summary>A change of the live drawing as the participants receive it.</summary>
public sealed record SollChange(string Xml, long Revision, string By, double SentAt);
