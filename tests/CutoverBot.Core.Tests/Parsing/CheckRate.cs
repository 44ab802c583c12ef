namespace CutoverBot.Core.Tests.Parsing;

/// <summary>
/// How often a property really checked something: one that returns true when the generator made nothing it can
/// judge (no entry, no NHS number, no name) would otherwise pass by checking nothing. Safe across CsCheck's threads.
/// </summary>
internal sealed class CheckRate
{
    private int _tried;
    private int _checked;

    public void Tried() => Interlocked.Increment(ref _tried);

    public void Checked() => Interlocked.Increment(ref _checked);

    public double Share => _tried == 0 ? 0 : (double)_checked / _tried;

    /// <summary>Fails unless at least <paramref name="share"/> of the generated texts were checked.</summary>
    public void AssertAtLeast(double share, string what) =>
        Assert.True(Share >= share, $"Only {_checked} of {_tried} generated texts had {what} to check ({Share:P0}; at least {share:P0} expected).");
}
