using Microsoft.Bot.Connector;
using Microsoft.Rest.Serialization;
using Newtonsoft.Json.Serialization;

namespace CutoverBot.Bot;

/// <summary>
/// ConnectorClient gives every new client its own Newtonsoft contract resolver, so every turn rebuilds every JSON
/// contract (about 12 ms of CPU). Contracts depend only on the types, and the resolver caches them thread-safely,
/// so all clients can share the one resolver of the kind the client would have made.
/// </summary>
internal static class SharedContractResolver
{
    public static IContractResolver Instance { get; } = new ReadOnlyJsonContractResolver();

    public static IConnectorClient Share(IConnectorClient client)
    {
        if (client.SerializationSettings is { } serialization) serialization.ContractResolver = Instance;
        if (client.DeserializationSettings is { } deserialization) deserialization.ContractResolver = Instance;
        return client;
    }
}
