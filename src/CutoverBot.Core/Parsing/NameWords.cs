namespace CutoverBot.Core.Parsing;

/// <summary>Word lists the name reader uses. Lower case; compared case-insensitively.</summary>
internal static class NameWords
{
    /// <summary>Skipped before a name: "call for pt Margaret Evans", "path result re: Sarah Jones".</summary>
    public static readonly HashSet<string> Fillers =
    [
        "for", "from", "re", "pt", "patient", "pts", "regarding", "about", "baby", "name", "patients",
        "by", "via", "phone", "phoned", "telephone", "counter", "email", "emailed", "online", "request", "requested",
        // "call from daughter of Margaret Evans": the relative rang, the entry is about the patient named next.
        "on", "behalf", "of", "mum", "dad", "mother", "father", "parent", "carer", "son", "daughter", "husband", "wife", "partner",
    ];

    /// <summary>Dropped from the name; they also mean a name follows, so one word after a title is enough.</summary>
    public static readonly HashSet<string> Titles = ["mr", "mrs", "ms", "miss", "dr", "master", "mx", "prof", "sir", "dame", "rev"];

    /// <summary>Lower-case particles allowed inside a capitalised name: "Ludwig van Beethoven".</summary>
    public static readonly HashSet<string> Particles = ["van", "von", "de", "da", "del", "der", "di", "la", "le", "du", "bin", "al", "ap", "ní", "nic", "mac"];

    /// <summary>Words that end a name: never part of one however they are typed.</summary>
    public static readonly HashSet<string> Stop =
    [
        // triggers and categories
        "log", "call", "new", "reg", "registration", "paper", "path", "result", "results", "pathology", "consultation", "consult",
        "home", "visit", "hv", "prescription", "script", "repeat", "rx", "referral", "ref", "document", "doc", "scan", "letter",
        "message", "ooh", "report", "screening", "bowel", "cervical", "breast", "dispensary", "stock", "note", "other", "nhs",
        // dates and times
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur",
        "thurs", "fri", "sat", "sun", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "yesterday", "today",
        "tonight", "tomorrow", "this", "last", "earlier", "morning", "afternoon", "evening", "night", "week", "ago", "on", "at",
        "dob", "born", "birth", "date",
        // verbs and small words that follow a name
        "wants", "wanted", "want", "asked", "asking", "asks", "needs", "need", "requests", "requesting", "called", "calling", "rang",
        "rings", "says", "said", "is", "was", "has", "had", "have", "would", "will", "can", "could", "please", "urgent", "query",
        "to", "the", "a", "an", "and", "or", "with", "her", "his", "their", "she", "he", "they", "him", "them", "seen", "in", "of",
        "if", "it", "not", "no", "re", "for", "from", "about", "mum", "dad", "mother", "father", "parent", "son", "daughter", "husband", "wife", "partner", "carer", "pharmacy",
        "hospital", "surgery", "practice", "ok", "normal", "abnormal", "moved", "doctor", "nurse", "gp", "ubrn", "tel", "mobile",
        "number", "sick", "fit", "bloods", "blood", "booked", "book", "left", "back", "callback", "going", "gone", "came",
        "collected", "collect", "dropped", "handed", "sent", "saw", "see", "unwell", "pain", "meds", "medication",
        "same", "also", "again", "still", "just", "awaiting", "waiting", "chasing", "chased", "follow", "up", "fu", "review",
        "counter", "desk", "front", "reception", "email", "online", "phone", "phoned", "telephone", "by", "via", "request",
    ];
}
