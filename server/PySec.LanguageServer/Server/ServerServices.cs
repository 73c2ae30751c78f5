using Microsoft.Extensions.DependencyInjection;
using PySec.LanguageServer.Analysis;
using PySec.LanguageServer.Documents;

namespace PySec.LanguageServer.Server;

/// <summary>
/// The composition of the server: infrastructure singletons, then every handler and capability provider found in
/// this assembly. A feature is one or more classes with [LspMethod] (and an ICapabilityProvider); nothing else
/// registers them.
/// </summary>
public static class ServerServices
{
    public static ServiceProvider Build(LanguageServerOptions options, TextWriter log, Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton(options);
        services.AddSingleton<ServerLifecycle>();
        services.AddSingleton<ClientSession>();
        services.AddSingleton<WorkspaceStore>();
        services.AddSingleton<JsonRpcClient>();
        services.AddSingleton<ILspClient>(provider => provider.GetRequiredService<JsonRpcClient>());
        services.AddSingleton<ILspLogger>(provider => new ServerLogger(
            provider.GetRequiredService<ILspClient>(), provider.GetRequiredService<ClientSession>(),
            provider.GetRequiredService<ServerLifecycle>(), log));
        services.AddSingleton<RequestQueue>();
        services.AddSingleton(provider => ServerAssets.FromFolders(options, provider.GetRequiredService<ILspLogger>()));
        services.AddSingleton<IDocumentAnalyzer, WorkspaceDocumentAnalyzer>();
        services.AddSingleton<AnalysisCache>();
        services.AddSingleton<Configuration.InitialSettings>();
        services.AddSingleton<DiagnosticScheduler>();
        services.AddSingleton<Chapters.ManualService>();
        foreach (var type in typeof(ServerServices).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false }))
        {
            if (typeof(IMethodHandler).IsAssignableFrom(type) && type.IsDefined(typeof(LspMethodAttribute), false))
            {
                // One instance, reachable by its own type (a handler may delegate to another) and as a handler.
                services.AddSingleton(type);
                var handlerType = type;
                services.AddSingleton(typeof(IMethodHandler), provider => provider.GetRequiredService(handlerType));
            }
            if (typeof(ICapabilityProvider).IsAssignableFrom(type))
                services.AddSingleton(typeof(ICapabilityProvider), type);
            if (type.Namespace?.StartsWith("PySec.LanguageServer.Features", StringComparison.Ordinal) == true
                && type.IsDefined(typeof(FeatureServiceAttribute), false))
                services.AddSingleton(type);
        }
        configure?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }
}

/// <summary>Marks a feature's own service class (a collaborator of its handlers) for registration as a singleton.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class FeatureServiceAttribute : Attribute;
