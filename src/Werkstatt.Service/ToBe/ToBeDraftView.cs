namespace Werkstatt.Service.ToBe;

/// <summary>The live drawing: the XML, its revision (rises with every change) and who changed it last.</summary>
public sealed record ToBeDraftView(string Xml, long Revision, DateTimeOffset UpdatedAt, string UpdatedBy);
