using Kjoretoyregister.Server.Forvaltning.Endringer;

namespace Kjoretoyregister.Server.Forvaltning;

/// <summary>
/// The formål catalogue of an organisation and the integration setting "Formål påkrevd": the rules
/// (<see cref="Formalskatalog"/>) here, the rows in the engines; every change is one transaction with
/// its change-log entry.
/// </summary>
public abstract partial class ForvaltningStore
{
    public Task<bool> SettFormalPakrevdAsync(Guid integrasjonId, bool pakrevd, Endring? endring = null, CancellationToken cancellationToken = default)
    {
        Endring.Sjekk(endring);
        return UpdateFormalPakrevdAsync(integrasjonId, pakrevd, Na(), endring, cancellationToken);
    }

    public abstract Task<IReadOnlyList<Formal>> ListFormalAsync(Guid fiksOrgId, CancellationToken cancellationToken = default);

    public async Task<bool> LeggTilFormalAsync(Guid fiksOrgId, Formal formal, Endring? endring = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(formal);
        var ny = new Formal(Formalskatalog.Kode(formal.Kode), Formalskatalog.Beskrivelse(formal.Beskrivelse));
        Endring.Sjekk(endring);
        if (await InsertFormalAsync(fiksOrgId, ny, endring, cancellationToken).ConfigureAwait(false))
        {
            return true;
        }

        return await HentOrganisasjonAsync(fiksOrgId, cancellationToken).ConfigureAwait(false) is null
            ? false
            : throw new ForvaltningException($"Formålet {ny.Kode} finnes allerede i katalogen.", "kode");
    }

    public Task<bool> EndreFormalAsync(Guid fiksOrgId, Formal formal, Endring? endring = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(formal);
        var endret = new Formal(Formalskatalog.Normaliser(formal.Kode), Formalskatalog.Beskrivelse(formal.Beskrivelse));
        Endring.Sjekk(endring);
        return UpdateFormalAsync(fiksOrgId, endret, endring, cancellationToken);
    }

    public Task<bool> FjernFormalAsync(Guid fiksOrgId, string kode, Endring? endring = null, CancellationToken cancellationToken = default)
    {
        Endring.Sjekk(endring);
        return DeleteFormalAsync(fiksOrgId, Formalskatalog.Normaliser(kode), endring, cancellationToken);
    }

    /// <summary>Sets "Formål påkrevd" (moving <c>endret</c> only when it changes) with <paramref name="endring"/>; false (nothing written) when no such integration.</summary>
    protected abstract Task<bool> UpdateFormalPakrevdAsync(Guid integrasjonId, bool pakrevd, DateTimeOffset na, Endring? endring, CancellationToken cancellationToken);

    /// <summary>Inserts the code with <paramref name="endring"/>; false (nothing written) when the organisation does not exist or has the code.</summary>
    protected abstract Task<bool> InsertFormalAsync(Guid fiksOrgId, Formal formal, Endring? endring, CancellationToken cancellationToken);

    /// <summary>Sets the code's description with <paramref name="endring"/>; false (nothing written) when the organisation has no such code.</summary>
    protected abstract Task<bool> UpdateFormalAsync(Guid fiksOrgId, Formal formal, Endring? endring, CancellationToken cancellationToken);

    /// <summary>Deletes the code with <paramref name="endring"/>; false (nothing written) when the organisation has no such code.</summary>
    protected abstract Task<bool> DeleteFormalAsync(Guid fiksOrgId, string kode, Endring? endring, CancellationToken cancellationToken);
}
