using Kjoretoyregister.Server.Logg;
using Microsoft.AspNetCore.Mvc;

namespace Kjoretoyregister.Server.Forvaltning.Sider;

/// <summary>
/// The box "Loggens ankerpunkt" on the audit log's pages: the latest daily anchors (date, row, hash) and
/// what they prove. <c>@await Component.InvokeAsync("Ankerpunkter")</c>.
/// </summary>
public sealed class AnkerpunkterViewComponent(ILoggkjedelager kjede) : ViewComponent
{
    public const int Antall = 3;

    public async Task<IViewComponentResult> InvokeAsync() =>
        View("~/Forvaltning/Sider/_Ankerpunkter.cshtml", await kjede.SisteAnkerpunkterAsync(Antall, HttpContext.RequestAborted));
}
