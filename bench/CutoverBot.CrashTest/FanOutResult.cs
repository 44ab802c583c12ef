namespace CutoverBot.CrashTest;

/// <summary>One restart during the fan-out: practices with a card before the restart, in the end, and with two.</summary>
internal sealed record FanOutResult(string Stop, int Practices, int CardsBeforeRestart, int PracticesWithCard, int PracticesWithTwo)
{
    public bool Passed => PracticesWithCard == Practices && PracticesWithTwo == 0;

    public string Describe() =>
        $"{Stop,-8} after {CardsBeforeRestart,3} cards: {PracticesWithCard}/{Practices} practices have their card, {PracticesWithTwo} have two{(Passed ? "" : "  FAIL")}";
}
