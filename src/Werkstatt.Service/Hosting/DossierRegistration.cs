using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Werkstatt.Service.Dossiers;
using Werkstatt.Service.Dossiers.Inputs;
using Werkstatt.Service.Dossiers.Sources;
using Werkstatt.Service.Notifications;

namespace Werkstatt.Service.Hosting;

/// <summary>The pre-read dossier: assembler, sources (submissions and participants features), builds, downloads.</summary>
public static class DossierRegistration
{
    public static IServiceCollection AddDossiers(this IServiceCollection services)
    {
        services.AddOptions<DossierOptions>().BindConfiguration(DossierOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddScoped<IDossierSubmissionSource, SubmissionDossierSource>();
        services.TryAddScoped<IDossierParticipantSource, ParticipantDossierSource>();
        services.AddSingleton<DossierSignal>();
        services.AddSingleton<DossierFiles>();
        services.AddSingleton<DossierMails>();
        services.AddScoped<DossierAssembler>();
        services.AddScoped<DossierBuilder>();
        services.AddScoped<DossierVersionWriter>();
        services.AddScoped<DossierService>();
        services.AddScoped<DossierFingerprint>();
        services.AddScoped<DossierChangeDetector>();
        services.AddKeyedScoped<IMailAttachmentSource, DossierAttachmentSource>(DossierAttachmentSource.Kind);
        services.AddHostedService<DossierBuildHost>();
        return services;
    }
}
