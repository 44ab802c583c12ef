using System.Text.RegularExpressions;
using CutoverBot.Core.Cards;
using CutoverBot.Core.Commands;

namespace CutoverBot.Core.Tests.Cards;

/// <summary>
/// Teams reads card text (and message text) as markdown with some HTML, and drops anything shaped like a tag:
/// "edit &lt;reference&gt;" shows as "edit ". Placeholders in what we tell people to type use ‹ › instead.
/// </summary>
public sealed partial class TeamsMarkupTests
{
    [GeneratedRegex(@"<(?!/?at>)/?[A-Za-z][^<>]*>")]
    private static partial Regex TagShaped();

    [Fact]
    public void Commands_UsageAndDescription_HaveNothingTeamsWouldDropAsATag()
    {
        var shaped = CutoverFeatures.Commands
            .SelectMany(c => new[] { c.Usage, c.Description })
            .Where(text => TagShaped().IsMatch(text))
            .ToList();

        Assert.True(shaped.Count == 0, "Teams would drop the <...> part of: " + string.Join(" | ", shaped));
    }

    [Fact]
    public void HelpCard_Rendered_ShowsPlaceholdersTeamsKeeps()
    {
        var json = new CardRenderer().Render(HelpCommand.Card(CutoverFeatures.Help));

        Assert.DoesNotMatch(TagShaped(), json);
        Assert.Contains("edit ‹reference›", json);
        Assert.Contains("not needed ‹reference› ‹reason›", json);
    }
}
