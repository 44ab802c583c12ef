namespace CutoverBot.Tests.Infrastructure;

/// <summary>A host logged a patient value the suite had typed.</summary>
public sealed class PatientDataLeakException(string message) : Exception(message);
