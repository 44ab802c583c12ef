using CutoverBot.Graph;

namespace CutoverBot.Tests.Hosting;

public sealed class GraphOptionsValidatorTests
{
    private static readonly GraphOptionsValidator Validator = new();

    [Fact]
    public void Validate_NoneSet_SucceedsAndGraphIsOff()
    {
        var options = new GraphOptions();

        Assert.True(Validator.Validate(null, options).Succeeded);
        Assert.False(options.IsConfigured);
    }

    [Fact]
    public void Validate_AllThreeSet_SucceedsAndGraphIsOn()
    {
        var options = new GraphOptions { TenantId = "contoso.onmicrosoft.com", ClientId = Guid.NewGuid().ToString(), ClientSecret = "s" };

        Assert.True(Validator.Validate(null, options).Succeeded);
        Assert.True(options.IsConfigured);
    }

    [Fact]
    public void Validate_SecretMissing_FailsNamingTheMissingSetting()
    {
        var result = Validator.Validate(null, new GraphOptions { TenantId = Guid.NewGuid().ToString(), ClientId = Guid.NewGuid().ToString() });

        Assert.True(result.Failed);
        Assert.Contains("Graph:ClientSecret is missing", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("README", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ClientIdNotAGuidAndPlainHttpBaseUrl_FailsWithBothReasons()
    {
        var result = Validator.Validate(null, new GraphOptions
        {
            TenantId = Guid.NewGuid().ToString(), ClientId = "my-bot", ClientSecret = "s", BaseUrl = "http://graph.example.com/v1.0",
        });

        Assert.Contains("Graph:ClientId is not a GUID", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Graph:BaseUrl must be an https address", result.FailureMessage, StringComparison.Ordinal);
    }
}
