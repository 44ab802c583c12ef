using CutoverBot.Core.MessageActions;

namespace CutoverBot.Core.Tests.MessageActions;

public sealed class SourceLinkTests
{
    [Theory]
    [InlineData("https://teams.microsoft.com/l/message/19:abc@thread.tacv2/1741599000000?tenantId=t&groupId=g")]
    [InlineData("https://teams.cloud.microsoft/l/message/19:abc@thread.v2/1741599000000")]
    public void Validate_HttpsTeamsLink_Kept(string link) => Assert.Equal(new Uri(link).AbsoluteUri, SourceLink.Validate(link));

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("http://teams.microsoft.com/l/message/19:abc/1")]
    [InlineData("https://teams.microsoft.com.evil.example/l/message/1")]
    [InlineData("https://user:pass@teams.microsoft.com/l/message/1")]
    [InlineData("https://teams.microsoft.com:8443/l/message/1")]
    [InlineData("/l/message/19:abc/1")]
    [InlineData("")]
    [InlineData(null)]
    public void Validate_AnythingElse_Dropped(string? link) => Assert.Null(SourceLink.Validate(link));

    [Fact]
    public void Validate_LongerThanTheLimit_Dropped() =>
        Assert.Null(SourceLink.Validate("https://teams.microsoft.com/l/message/" + new string('a', SourceLink.MaxLength)));

    [Fact]
    public void KeyOf_ChannelThreadWithMessageIdPart_SameKeyAsTheBareChannel() =>
        Assert.Equal(SourceLink.KeyOf("p", "19:c@thread.tacv2", "17"), SourceLink.KeyOf("p", "19:c@thread.tacv2;messageid=99", "17"));

    [Fact]
    public void KeyOf_SameMessageIdInAnotherConversationOrPractice_DifferentKey()
    {
        var key = SourceLink.KeyOf("p", "19:a@thread.v2", "17");

        Assert.NotEqual(key, SourceLink.KeyOf("p", "19:b@thread.v2", "17"));
        Assert.NotEqual(key, SourceLink.KeyOf("q", "19:a@thread.v2", "17"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void KeyOf_NoMessageId_NoKey(string? id) => Assert.Null(SourceLink.KeyOf("p", "19:a@thread.v2", id));
}
