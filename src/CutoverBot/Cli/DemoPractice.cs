namespace CutoverBot.Cli;

/// <summary>
/// The made-up practice seed-demo writes: the team, channels and people of playground/.m365agentsplayground.yml, so the
/// Playground opens straight onto it. Every patient is invented; NHS numbers are in the 999 range NHS England keeps for
/// testing (valid check digit, never a real patient).
/// </summary>
internal static class DemoPractice
{
    public const string TeamId = "19:riverside-general@thread.tacv2";
    public const string CutoverChannelId = "19:riverside-cutover@thread.tacv2";
    public const string TenantId = "7c3e1f52-0000-4000-8000-00000000a001";
    public const string GroupId = "7c3e1f52-0000-4000-8000-0000000000c1";
    public const string Name = "Riverside Surgery";
    public const string OdsCode = "F81001";
    public const string HelenPersonalChat = "a:riverside-personal-helen";

    // The Playground's connector; its install event on start-up replaces this with whatever it really uses.
    public const string ServiceUrl = "http://localhost:56150/_connector";

    public static readonly DemoPerson Helen = new("29:helen-ward", "Helen Ward", "7c3e1f52-0000-4000-8000-0000000000b1");
    public static readonly DemoPerson Sam = new("29:sam-jones", "Sam Jones", "7c3e1f52-0000-4000-8000-0000000000b2");
    public static readonly DemoPerson Alan = new("29:alan-hughes", "Dr Alan Hughes", "7c3e1f52-0000-4000-8000-0000000000b3");
    public static readonly DemoPerson Priya = new("29:priya-patel", "Priya Patel", "7c3e1f52-0000-4000-8000-0000000000b4");
    public static readonly DemoPerson Jo = new("29:jo-dispenser", "Jo Dispenser", "7c3e1f52-0000-4000-8000-0000000000b5");
    public static readonly DemoPerson Chris = new("29:chris-icb", "Chris Lee (ICB)", "7c3e1f52-0000-4000-8000-0000000000b6", IsGuest: true);

    public static IReadOnlyList<DemoPerson> People { get; } = [Helen, Sam, Alan, Priya, Jo, Chris];

    /// <summary>Days before today: FDP five days ago, go-live yesterday, so today is the first day of re-entry.</summary>
    public const int FdpDaysAgo = 5;
    public const int GoLiveDaysAgo = 1;
    /// <summary>Setup at the planning meeting, five weeks before FDP.</summary>
    public const int SetupDaysAgo = 40;

    /// <summary>What staff typed during cutover: days after FDP, London time, who, where (channel or personal chat), the text.</summary>
    public static IReadOnlyList<DemoMessage> Entries { get; } =
    [
        new(0, "09:05", Sam, true, "log call Margaret Evans 14/02/1948 wants to know if her bloods are back"),
        new(0, "09:40", Sam, false, "new reg Tomasz Nowak dob 22 Aug 1990 moved from Leeds, GMS1 in tray"),
        new(0, "11:20", Alan, false, "paper path result for Sarah Jones 5.6.82 FBC normal, seen by Dr Hughes"),
        new(0, "12:10", Priya, true, "prescription request by phone 999 864 5425 repeat salbutamol inhaler"),
        new(0, "15:30", Alan, false, "home visit Edna Price 03.04.1931 dressing changed, review Friday"),
        new(0, "16:45", Helen, false, "note fridge temperature log kept on paper this week"),
        new(1, "08:35", Sam, true, "log call Peter Walsh 999 841 0363 asking for a fit note"),
        new(1, "08:50", Sam, false, "111 message Amy Ross 7/7/07 seen overnight for earache"),
        new(1, "09:15", Priya, false, "prescription request at the counter for Joan Baker 21/07/1956 amlodipine"),
        new(1, "10:30", Alan, false, "consultation John Smith 1/1/60 BP review, meds unchanged"),
        new(1, "11:50", Alan, false, "referral Ann Lee 12/9/70 UBRN 1234 5678 9012 to ENT"),
        new(1, "14:20", Jo, true, "dispensary stock 2 boxes amoxicillin 500mg issued"),
        new(2, "08:40", Sam, true, "ooh report Derek Fox 11-11-1944 chest pain, sent to A&E"),
        new(2, "10:05", Priya, false, "document to scan discharge letter for Paul Hart 2/2/52"),
        new(2, "11:30", Sam, false, "new reg Grace Okafor 30/03/2019 with her mum, paper form in tray"),
        new(2, "13:00", Alan, false, "paper path result Keith Morgan 999 648 5625 HbA1c 58, book a review"),
        new(2, "15:10", Priya, false, "prescription request by phone Lily Chen 14/10/1988 sertraline 50mg"),
        new(2, "16:30", Sam, true, "log call Margaret Evans 14/02/1948 asking again about her bloods"),
        new(3, "09:00", Alan, false, "home visit Edna Price 03.04.1931 yesterday, leg ulcer redressed"),
        new(3, "10:20", Sam, false, "screening message bowel screening result for 999 802 3289"),
        new(3, "11:00", Priya, true, "prescription request by phone 999 835 8116 repeat levothyroxine"),
        new(3, "12:40", Alan, false, "referral Rita Shah 08/05/1965 two week wait to breast clinic, UBRN 9876 5432 1098"),
        new(3, "14:15", Sam, true, "log call Tom Price asking for his test results"),
        new(3, "16:00", Jo, true, "dispensary stock 1 box metformin 500mg issued"),
        new(3, "17:10", Helen, false, "note two locum sessions booked for catch-up after go-live"),
    ];

    /// <summary>Tasks left unticked although their window has closed, so the checklist shows overdue work.</summary>
    public static IReadOnlySet<string> LeftUndone { get; } = new HashSet<string>(["lab-backlog", "export-templates", "backup-third-party"]);
}

internal sealed record DemoPerson(string Id, string Name, string AadObjectId, bool IsGuest = false);

/// <param name="Day">Days after FDP.</param>
/// <param name="At">London time, hh:mm.</param>
internal sealed record DemoMessage(int Day, string At, DemoPerson From, bool InChannel, string Text);
