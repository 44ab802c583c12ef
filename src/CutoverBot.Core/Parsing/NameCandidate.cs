namespace CutoverBot.Core.Parsing;

/// <summary>
/// A stretch of words that may be the patient's name: tokens <see cref="First"/> to <see cref="Last"/>, read as
/// <see cref="Parts"/> (first name first, so "EVANS, Margaret" is Margaret Evans). <see cref="Capitalised"/> when every
/// part is written as a name is; <see cref="Anchored"/> when a date of birth, an NHS number or "dob" follows it.
/// </summary>
internal sealed record NameCandidate(int First, int Last, IReadOnlyList<string> Parts, bool Capitalised, bool Anchored);
