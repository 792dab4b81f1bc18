namespace Werkstatt.Service.Dossiers.Storage;

/// <summary>Why a build was requested.</summary>
public enum DossierRequestKind
{
    Release = 1,
    Change = 2,
}
