namespace Kjoretoyregister.Server.Forvaltning.Sider;

/// <summary>A page that a signed-in account without any role may see (<see cref="Rollekrav"/>).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class UtenRolleAttribute : Attribute;
