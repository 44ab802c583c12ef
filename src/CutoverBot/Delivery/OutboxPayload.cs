using System.Text;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace CutoverBot.Delivery;

/// <summary>A queued activity as the bytes each engine seals: the Bot Framework's own JSON, so it goes out as it was written.</summary>
internal static class OutboxPayload
{
    public static byte[] Serialize(Activity activity)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        HttpHelper.BotMessageSerializer.Serialize(writer, activity);
        return Encoding.UTF8.GetBytes(writer.ToString());
    }

    public static Activity Deserialize(byte[] bytes)
    {
        using var reader = new JsonTextReader(new StringReader(Encoding.UTF8.GetString(bytes)));
        return HttpHelper.BotMessageSerializer.Deserialize<Activity>(reader)
            ?? throw new InvalidDataException("A queued reply did not hold an activity.");
    }
}
