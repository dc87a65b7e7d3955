namespace Kjoretoyregister.Cli;

/// <summary>
/// Reports progress on the working thread, at once: <see cref="Progress{T}"/> would post to the
/// thread pool and lag behind (or arrive after the work is done).
/// </summary>
internal sealed class SynkronFremdrift<T>(Action<T> vis) : IProgress<T>
{
    public void Report(T value) => vis(value);
}
