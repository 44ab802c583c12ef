using CutoverBot.Core.Kernel;

namespace CutoverBot.Tests.Tabs;

/// <summary>Someone in the tabs' tests: their Teams user id, name and Entra object id (what the tab's token carries).</summary>
public sealed record TabPerson(string Id, string Name, string ObjectId)
{
    public ChatUser ChatUser => new(Id, Name, ObjectId);
}
