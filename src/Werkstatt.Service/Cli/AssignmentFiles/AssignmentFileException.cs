namespace Werkstatt.Service.Cli.AssignmentFiles;

/// <summary>An instance file that cannot be read; the message is German and says where the problem is.</summary>
internal sealed class AssignmentFileException : Exception
{
    public AssignmentFileException()
        : base("Die Datei kann nicht gelesen werden.")
    {
    }

    public AssignmentFileException(string message)
        : base(message)
    {
    }

    public AssignmentFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
