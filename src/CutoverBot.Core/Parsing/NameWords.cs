namespace CutoverBot.Core.Parsing;

/// <summary>Word lists the name reader uses. Lower case; compared case-insensitively.</summary>
internal static class NameWords
{
    /// <summary>A patient's titles: dropped from the name; one word after them is enough ("Mrs Jones").</summary>
    public static readonly HashSet<string> Titles = ["mr", "mrs", "ms", "miss", "master", "mstr", "mx", "sir", "dame", "rev", "lady", "lord"];

    /// <summary>Who stands before a clinician's name: "seen by Dr Patel", "Nurse Khan", "locum Smith" are never the patient.</summary>
    public static readonly HashSet<string> Clinicians =
    [
        "dr", "doctor", "prof", "professor", "nurse", "sister", "dn", "locum", "consultant", "registrar", "paramedic", "midwife",
        "physio", "physiotherapist", "pharmacist", "gp", "hcp", "hca", "anp", "surgeon", "urologist", "cardiologist", "dentist", "optician",
    ];

    /// <summary>After a name these make it a clinician's: "Mr Khan consultant", "Sarah Jones pharmacist" (not "GP appt").</summary>
    public static readonly HashSet<string> Roles =
    [
        "locum", "consultant", "registrar", "paramedic", "midwife", "physio", "physiotherapist", "pharmacist", "hcp", "anp",
        "surgeon", "urologist", "cardiologist", "dentist", "optician",
    ];

    /// <summary>Words that say the patient comes next: "for", "re", "pt", "consult with", "Dr Rees saw", "daughter of".</summary>
    public static readonly HashSet<string> Markers =
        ["for", "re", "pt", "pts", "patient", "patients", "regarding", "about", "saw", "of", "with", "name", "named", "baby", "child", "infant"];

    /// <summary>Words that say someone else comes next: "seen by", "cc".</summary>
    public static readonly HashSet<string> Away = ["by", "cc"];

    /// <summary>Weaker signs of someone else: "letter from Mr Khan", "referred to Mr Khan", "at Boots".</summary>
    public static readonly HashSet<string> Aside = ["from", "to", "at", "via"];

    /// <summary>A name right after these may be the caller or the patient ("daughter Jane rang", "re her mum Margaret"): no help either way.</summary>
    public static readonly HashSet<string> Relatives =
    [
        "mum", "dad", "mother", "father", "parent", "carer", "son", "daughter", "husband", "wife", "partner", "brother",
        "grandson", "granddaughter", "friend", "neighbour", "relative", "nok",
    ];

    /// <summary>After a name these make it a place or a firm: "Boots Pharmacy", "Royal Infirmary", "Oakwood care home".</summary>
    public static readonly HashSet<string> Places =
    [
        "pharmacy", "pharmacies", "chemist", "chemists", "hospital", "infirmary", "surgery", "practice", "clinic", "centre", "center",
        "trust", "medical", "healthcare", "hospice", "lab", "laboratory", "labs", "doctors", "unit", "care", "nursing", "group",
        "pcn", "icb", "ltd", "limited", "road", "street", "avenue", "drive", "crescent", "hostel", "school", "college", "university",
        "house", "court", "hub", "services", "service",
    ];

    /// <summary>Lower-case particles allowed inside a capitalised name: "Ludwig van Beethoven".</summary>
    public static readonly HashSet<string> Particles = ["van", "von", "de", "da", "del", "der", "di", "la", "le", "du", "bin", "al", "ap", "ní", "nic", "mac"];

    /// <summary>Words that are never part of a name however they are typed.</summary>
    public static readonly HashSet<string> Stop =
    [
        // what the kinds are called
        "log", "call", "calls", "new", "reg", "regs", "registration", "paper", "path", "result", "results", "pathology", "consultation",
        "consult", "cons", "home", "visit", "visits", "hv", "prescription", "perscription", "presciption", "script", "scripts", "repeat",
        "rx", "rpt", "referral", "referal", "ref", "document", "doc", "docs", "scan", "scanning", "letter", "letters", "message", "msg",
        "mesage", "ooh", "report", "rep", "screening", "bowel", "cervical", "breast", "smear", "retinal", "dispensary", "disp", "stock",
        "dispensed", "note", "notes", "other", "misc", "fyi", "nhs", "req", "discharge", "summary", "form", "forms", "kit", "invite",
        "copy", "post", "tel", "2ww", "entry", "entries", "practices",
        // dates and times
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur",
        "thurs", "fri", "sat", "sun", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "yesterday", "today",
        "tonight", "tomorrow", "this", "last", "earlier", "morning", "afternoon", "evening", "night", "week", "ago", "on", "at",
        "dob", "born", "birth", "date", "weekend", "overnight",
        // verbs and small words that come before or after a name
        "wants", "wanted", "want", "wanting", "asked", "asking", "asks", "needs", "need", "needed", "requests", "requesting", "request",
        "requested", "called", "calling", "rang", "rings", "phoned", "says", "said", "is", "was", "has", "had", "have", "would", "will",
        "can", "could", "please", "pls", "plz", "urgent", "query", "to", "the", "a", "an", "and", "or", "her", "his", "their", "she",
        "he", "they", "him", "them", "seen", "in", "if", "it", "not", "no", "ok", "normal", "abnormal", "moved", "ubrn", "mobile",
        "number", "sick", "fit", "bloods", "blood", "booked", "book", "left", "back", "callback", "going", "gone", "came", "come",
        "collected", "collect", "dropped", "handed", "sent", "saw", "see", "unwell", "pain", "meds", "medication", "same", "also",
        "again", "still", "just", "awaiting", "waiting", "chasing", "chased", "follow", "up", "fu", "review", "reviewed", "counter",
        "desk", "front", "reception", "email", "emailed", "online", "phone", "telephone", "done", "given", "issued", "taken", "received",
        "signed", "typed", "due", "hi", "hello", "thanks", "thank", "you", "me", "my", "we", "our", "us", "your", "i", "behalf",
    ];

    /// <summary>True when a word can never be part of a patient's name.</summary>
    public static bool NeverInName(string lower) =>
        Stop.Contains(lower) || Titles.Contains(lower) || Clinicians.Contains(lower) || Markers.Contains(lower) || Away.Contains(lower)
        || Aside.Contains(lower) || Relatives.Contains(lower) || Places.Contains(lower);
}
