
using CutoverBot.Core.Kernel;

namespace CutoverBot.Core.MessageActions;

/// <summary>One search result: the card it inserts and the line Teams lists it by. Neither names the patient.</summary>
public sealed record FoundEntry(CardReply Card, string Title, string Summary);
