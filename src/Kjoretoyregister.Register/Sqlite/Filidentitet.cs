namespace Kjoretoyregister.Register.Sqlite;

/// <summary>
/// Which file lies at a path, as far as one stat tells: a file renamed over the path (an initial load)
/// has another creation time (or, where the file system keeps none, another change time) than the one
/// it replaced.
/// </summary>
internal readonly record struct Filidentitet(DateTime Opprettet)
{
    public static Filidentitet For(string sti)
    {
        var info = new FileInfo(sti);
        return info.Exists ? new Filidentitet(info.CreationTimeUtc) : default;
    }
}
