using Kjoretoyregister.Register.Import;

namespace Kjoretoyregister.Register.Oppslag;

/// <summary>A register store: where the temporal rows live. SQLite now; PostgreSQL behind the same interface later.</summary>
internal interface IRegisterLager : IDisposable
{
    /// <summary>A consistent snapshot for one lookup; dispose it when the lookup is done.</summary>
    IRegisterLesing ApneLesing();

    /// <summary>The single write transaction of one import.</summary>
    IRegisterSkriving ApneSkriving();

    /// <summary>Answers when the store can be read (for readiness checks).</summary>
    bool Svarer();

    /// <summary>True when no vehicle and no trial plate has been imported.</summary>
    bool ErTom();
}
