using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace PySec.LanguageServer.Tests.EndToEnd.Client;

/// <summary>
/// The client's framing, minus error responses with a null id. The specification has a server answer a frame it
/// could not read (invalid JSON, not a message) with such an error; StreamJsonRpc takes one as a fatal protocol error
/// and drops the connection, which would end the very session the bad-input tests check goes on. The bytes stay in
/// the process's recording, where the tests read the answer.
/// </summary>
public sealed class TolerantMessageHandler(Stream writer, Stream reader, IJsonRpcMessageFormatter formatter)
    : HeaderDelimitedMessageHandler(writer, reader, formatter)
{
    protected override async ValueTask<JsonRpcMessage?> ReadCoreAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var message = await base.ReadCoreAsync(cancellationToken).ConfigureAwait(false);
            if (message is JsonRpcError { RequestId.IsNull: true }) continue;
            return message;
        }
    }
}
