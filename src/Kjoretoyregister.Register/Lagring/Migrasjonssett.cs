using System.Globalization;
using System.Reflection;

namespace Kjoretoyregister.Register.Lagring;

/// <summary>
/// One schema's versioned steps on one engine: the embedded files
/// <c>Migrasjoner/&lt;engine&gt;/&lt;set&gt;/NNNN_&lt;what&gt;.sql</c> of an assembly, numbered from 0001 without gaps.
/// Step n brings the schema to version n. A released step is never edited; a change is a new file.
/// </summary>
public sealed class Migrasjonssett
{
    private Migrasjonssett(string navn, Lagringsmotor motor, IReadOnlyList<string> steg)
    {
        Navn = navn;
        Motor = motor;
        Steg = steg;
    }

    /// <summary>The set's name: <c>register</c>, <c>fiks</c> or <c>oppslagslogg</c>.</summary>
    public string Navn { get; }

    public Lagringsmotor Motor { get; }

    /// <summary>The steps' SQL, step 1 first.</summary>
    public IReadOnlyList<string> Steg { get; }

    /// <summary>The version a fully migrated schema has.</summary>
    public int Versjon => Steg.Count;

    /// <summary>The register's own set, embedded in this assembly.</summary>
    public static Migrasjonssett Register(Lagringsmotor motor) => Les(typeof(Migrasjonssett).Assembly, motor, "register");

    /// <summary>Reads a set from an assembly's embedded resources.</summary>
    /// <exception cref="InvalidOperationException">No step, or the numbers have a gap (a build error, never a user's).</exception>
    public static Migrasjonssett Les(Assembly assembly, Lagringsmotor motor, string navn)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var prefiks = $"Migrasjoner/{motor.ToString().ToLowerInvariant()}/{navn}/";
        var filer = assembly.GetManifestResourceNames()
            .Where(r => r.StartsWith(prefiks, StringComparison.Ordinal) && r.EndsWith(".sql", StringComparison.Ordinal))
            .Select(r => (Ressurs: r, Nummer: Nummer(r[prefiks.Length..])))
            .OrderBy(f => f.Nummer)
            .ToList();
        if (filer.Count == 0)
        {
            throw new InvalidOperationException($"Ingen migreringer under {prefiks} i {assembly.GetName().Name}.");
        }

        for (var i = 0; i < filer.Count; i++)
        {
            if (filer[i].Nummer != i + 1)
            {
                throw new InvalidOperationException($"Migreringene under {prefiks} må være nummerert 0001, 0002, … uten hull; {filer[i].Ressurs} er nummer {i + 1}.");
            }
        }

        var steg = filer.Select(f =>
        {
            using var strom = assembly.GetManifestResourceStream(f.Ressurs)!;
            using var leser = new StreamReader(strom);
            return leser.ReadToEnd();
        }).ToList();
        return new Migrasjonssett(navn, motor, steg);
    }

    /// <summary>A set with these steps (for tests of the upgrade path).</summary>
    public static Migrasjonssett Med(string navn, Lagringsmotor motor, IReadOnlyList<string> steg) => new(navn, motor, steg);

    private static int Nummer(string filnavn)
    {
        var strek = filnavn.IndexOf('_', StringComparison.Ordinal);
        return strek == 4 && int.TryParse(filnavn.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var nummer)
            ? nummer
            : throw new InvalidOperationException($"Migreringsfilen {filnavn} må hete NNNN_<hva>.sql.");
    }
}
