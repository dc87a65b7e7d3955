using System.CommandLine;
using Kjoretoyregister.Contracts;
using Kjoretoyregister.Server.Forvaltning;

namespace Kjoretoyregister.Cli;

/// <summary>
/// <c>kjoretoy forvaltning (organisasjon | integrasjon | formal | bruker | maskinporten-klient | forbruk) ... [--data-dir DIR]</c>:
/// the operator's tool for Fiks organisations, their integrations and forvaltning's accounts, in
/// <c>&lt;data-dir&gt;/fiks.db</c> (the same file the server uses; changes are seen by a running server at
/// once, and every change is written to the change log as done by <c>cli:&lt;user&gt;</c>).
/// </summary>
internal static class ForvaltningKommando
{
    public static Command Lag()
    {
        var dataDir = new Option<string>("--data-dir")
        {
            Description = $"Serverens datakatalog; organisasjoner, integrasjoner og brukere ligger i <data-dir>/{FiksDatabase.Filnavn}.",
            DefaultValueFactory = _ => "data",
            HelpName = "DIR",
            Recursive = true,
        };
        return new Command("forvaltning", "Fiks-organisasjoner, deres integrasjoner, brukerne av Fiks forvaltning og forbruket.")
        {
            dataDir,
            Lagringsvalg.Postgres,
            ForvaltningOrganisasjonKommando.Lag(dataDir),
            ForvaltningIntegrasjonKommando.Lag(dataDir),
            ForvaltningFormalKommando.Lag(dataDir),
            ForvaltningBrukerKommando.Lag(dataDir),
            ForvaltningMaskinportenKommando.Lag(dataDir),
            ForbrukKommando.Lag(),
        };
    }

    /// <summary>The placeholder a printed command has for a day the user must fill in (shell-safe: no angle brackets).</summary>
    public const string DatoPlassholder = "ÅÅÅÅ-MM-DD";

    /// <summary>The placeholder a printed command has for an id the user must fill in, as the help names it.</summary>
    public const string IdPlassholder = "UUID";

    /// <summary>
    /// A command to paste, printed as a hint: <c>kjoretoy forvaltning</c>, <paramref name="argumenter"/> (quoted
    /// for a POSIX shell where needed), and the <c>--data-dir</c> this run used when it is not the default, so
    /// the pasted command works on the same data. A <c>--postgres</c> string is never repeated (it may hold a password).
    /// </summary>
    public static string Forslag(ParseResult parse, Option<string> dataDir, params string[] argumenter)
    {
        var deler = new List<string> { "kjoretoy", "forvaltning" };
        deler.AddRange(argumenter.Select(a => a is DatoPlassholder or IdPlassholder ? a : Sitert(a)));
        if (parse.GetValue(dataDir) is { } katalog && katalog != "data")
        {
            deler.AddRange(["--data-dir", Sitert(katalog)]);
        }

        return string.Join(' ', deler);
    }

    private static string Sitert(string verdi) =>
        verdi.Length > 0 && verdi.All(c => char.IsAsciiLetterOrDigit(c) || "@._:/=+-,".Contains(c))
            ? verdi
            : "'" + verdi.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    /// <summary>A required option holding a UUID, e.g. <c>--fiks-org</c>.</summary>
    public static Option<string> IdValg(string navn, string beskrivelse) =>
        new(navn) { Description = beskrivelse, Required = true, HelpName = "UUID" };

    /// <summary>The UUID in <paramref name="verdi"/>; null (after saying why on stderr) when it is none.</summary>
    public static Guid? LesId(string verdi, string valg)
    {
        if (Guid.TryParse(verdi, out var id))
        {
            return id;
        }

        Console.Error.WriteLine($"kjoretoy: {valg}: «{verdi}» er ikke en gyldig UUID (f.eks. 3f2c8a1e-5b7d-4c9e-a0b1-2d3e4f5a6b7c)");
        return null;
    }

    /// <summary>The organisation number in <paramref name="verdi"/>; null (after saying why on stderr) when it is none.</summary>
    public static Organisasjonsnummer? LesOrganisasjonsnummer(string verdi, string valg)
    {
        return Identifikatorvalg.Les<Organisasjonsnummer>(verdi, valg);
    }

    /// <summary>
    /// Runs <paramref name="arbeid"/> against the stores in <paramref name="dataDir"/>. A change a store
    /// refuses exits 1 with its message. Unless <paramref name="opprettFil"/>, a missing file exits 1
    /// instead of being created (a mistyped --data-dir should not look like an empty register).
    /// </summary>
    public static async Task<int> MedFiksdataAsync(ParseResult parse, Option<string> dataDir, bool opprettFil, Func<Fiksdata, Task<int>> arbeid)
    {
        var katalog = parse.GetValue(dataDir)!;
        var postgres = parse.GetValue(Lagringsvalg.Postgres);
        var sti = Path.GetFullPath(Path.Combine(katalog, FiksDatabase.Filnavn));
        if (!opprettFil && !Lagringsvalg.ErPostgres(parse) && !File.Exists(sti))
        {
            await Console.Error.WriteLineAsync($"kjoretoy: finner ikke {sti} (opprett en organisasjon først, eller oppgi --data-dir eller --postgres)");
            return Kjoring.Feil;
        }

        await using var tjenester = await Lagringsvalg.ApneAsync(katalog, postgres, registerfil: null, CancellationToken.None);
        try
        {
            return await arbeid(new Fiksdata(tjenester));
        }
        catch (ForvaltningException e)
        {
            await Console.Error.WriteLineAsync($"kjoretoy: {e.Message}");
            return Kjoring.Feil;
        }
    }

    /// <summary>Says on stderr that the organisation does not exist; exit 1.</summary>
    public static int UkjentOrganisasjon(Guid fiksOrgId)
    {
        Console.Error.WriteLine($"kjoretoy: Fiks-organisasjonen {fiksOrgId} finnes ikke.");
        return Kjoring.Feil;
    }

    /// <summary>Says on stderr that the account does not exist; exit 1.</summary>
    public static int UkjentBruker(string brukernavn)
    {
        Console.Error.WriteLine($"kjoretoy: brukeren «{brukernavn}» finnes ikke.");
        return Kjoring.Feil;
    }

    /// <summary>Says on stderr that the integration does not exist; exit 1.</summary>
    public static int UkjentIntegrasjon(Guid integrasjonId)
    {
        Console.Error.WriteLine($"kjoretoy: integrasjonen {integrasjonId} finnes ikke.");
        return Kjoring.Feil;
    }
}
