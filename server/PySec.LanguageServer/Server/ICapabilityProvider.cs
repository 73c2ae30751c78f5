using PySec.LanguageServer.Protocol;

namespace PySec.LanguageServer.Server;

/// <summary>A feature's part of the server capabilities, given what the client supports.</summary>
public interface ICapabilityProvider
{
    void Contribute(ServerCapabilities capabilities, ClientCapabilities client);
}
