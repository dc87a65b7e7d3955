namespace Kjoretoyregister.Server.Forvaltning.Sider.Organisasjoner;

/// <summary>What the vendor needs, shown once after a password is generated: never stored in clear text.</summary>
public sealed record Integrasjonshemmelighet(string Navn, Guid IntegrasjonId, string Passord, Guid FiksOrgId);
