namespace Kjoretoyregister.Server.Forvaltning.Sider.Organisasjoner;

/// <summary><c>Generer nytt passord</c>: a confirmation, then the new password once; the old one stops working at once.</summary>
public sealed class NyttPassordModel(IForvaltningStore store) : IntegrasjonSide
{
    public override string Tittel => "Generer nytt passord";

    public Integrasjonshemmelighet? Hemmelighet { get; private set; }

    public void OnGet()
    {
    }

    public async Task OnPostAsync()
    {
        var passord = Integrasjonspassord.Generer();
        var hash = await Tjeneste<Tregehasher>().HashAsync(passord, HttpContext.RequestAborted);
        await store.ByttPassordhashAsync(Integrasjon.IntegrasjonId, hash,
            NyEndring(FiksOrgId, $"Genererte nytt passord for integrasjonen «{Integrasjon.Navn}»", $"IntegrasjonID {Integrasjon.IntegrasjonId}"),
            HttpContext.RequestAborted);
        Hemmelighet = new Integrasjonshemmelighet(Integrasjon.Navn, Integrasjon.IntegrasjonId, passord, FiksOrgId);
    }
}
