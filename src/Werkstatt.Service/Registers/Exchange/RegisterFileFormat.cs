namespace Werkstatt.Service.Registers.Exchange;

/// <summary>The file formats a register is exported to and imported from.</summary>
public enum RegisterFileFormat
{
    Csv,
    Xlsx,
}
