namespace Kjoretoyregister.Contracts.Fiks;

/// <summary>
/// Fiks's error body (<c>fiks-common.openapi.json#/components/schemas/ErrorMessage</c>): every error
/// answer of the API has this shape. <see cref="Timestamp"/> is epoch milliseconds.
/// </summary>
public sealed record ErrorMessage(
    long Timestamp,
    int Status,
    string Error,
    Guid ErrorId,
    string Path,
    string Message,
    string? ErrorCode = null,
    string? ErrorJson = null);
