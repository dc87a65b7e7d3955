/*
 * Fiks forvaltning – progressiv forbedring. Sidene fungerer uten dette skriptet.
 * Lastes med `defer`, så DOM-en er ferdig bygd når skriptet kjører.
 *
 *  1. button.kopier[data-kopier="<id>"]: kopierer tekstinnholdet i elementet med id-en.
 *     Knappene leveres med `hidden` og vises først her, så det aldri finnes døde knapper.
 *  2. form[data-bekreft]: spør confirm(form.dataset.bekreft) før innsending.
 *  3. select[data-send-ved-endring]: sender skjemaet når valget endres.
 *  4. Områder som ruller sidelengs (brede tabeller, diagrammer i dokumentene) kan nås med tastaturet.
 *  5. button[data-skriv-ut]: åpner utskrift (leveres med `hidden`, som kopieringsknappene).
 */
(function () {
  "use strict";

  var TEKST_KOPIERT = "Kopiert";
  var TEKST_FEILET = "Kunne ikke kopiere – merk teksten og kopier manuelt";
  var KNAPP_KOPIERT = "Kopiert ✓";
  var VISNINGSTID_MS = 2000;

  function hver(selektor, fn) {
    Array.prototype.forEach.call(document.querySelectorAll(selektor), fn);
  }

  /* ---------- Statusområde for skjermlesere (opprettes én gang) ---------- */
  var statusomrade = null;
  function kunngjor(tekst) {
    if (!statusomrade) {
      statusomrade = document.createElement("div");
      statusomrade.className = "visuelt-skjult";
      statusomrade.setAttribute("aria-live", "polite");
      statusomrade.setAttribute("aria-atomic", "true");
      document.body.appendChild(statusomrade);
    }
    // Tøm først, slik at samme melding blir lest opp på nytt ved gjentatte klikk.
    statusomrade.textContent = "";
    window.setTimeout(function () { statusomrade.textContent = tekst; }, 100);
  }

  /* ---------- 1. Kopieringsknapper ---------- */
  function merkTekst(element) {
    var utvalg = window.getSelection && window.getSelection();
    if (!utvalg || !document.createRange) { return false; }
    var omrade = document.createRange();
    omrade.selectNodeContents(element);
    utvalg.removeAllRanges();
    utvalg.addRange(omrade);
    return true;
  }

  // Reserveløsning: merk teksten (brukeren kan kopiere selv) og prøv den eldre kopieringskommandoen.
  function kopierMedMerking(element) {
    if (!merkTekst(element)) { return false; }
    try {
      return document.execCommand("copy") === true;
    } catch (e) {
      return false;
    }
  }

  function visKopiert(knapp) {
    if (!knapp._opprinneligInnhold) {
      knapp._opprinneligInnhold = Array.prototype.slice.call(knapp.childNodes);
    }
    window.clearTimeout(knapp._tilbakeTimer);
    knapp.textContent = KNAPP_KOPIERT;
    knapp._tilbakeTimer = window.setTimeout(function () {
      knapp.textContent = "";
      knapp._opprinneligInnhold.forEach(function (node) { knapp.appendChild(node); });
    }, VISNINGSTID_MS);
  }

  function kopier(knapp) {
    var mal = document.getElementById(knapp.getAttribute("data-kopier"));
    if (!mal) { kunngjor(TEKST_FEILET); return; }
    var tekst = (mal.textContent || "").trim();

    function lyktes() { visKopiert(knapp); kunngjor(TEKST_KOPIERT); }
    function reserve() {
      if (kopierMedMerking(mal)) { lyktes(); } else { kunngjor(TEKST_FEILET); }
    }

    if (navigator.clipboard && navigator.clipboard.writeText && window.isSecureContext !== false) {
      navigator.clipboard.writeText(tekst).then(lyktes, reserve);
    } else {
      reserve();
    }
  }

  hver("button.kopier[data-kopier]", function (knapp) {
    if (!document.getElementById(knapp.getAttribute("data-kopier"))) { return; } // ingen mål: la knappen være skjult
    knapp.type = "button"; // skal aldri sende inn et omsluttende skjema
    knapp.hidden = false;
    knapp.addEventListener("click", function () { kopier(knapp); });
  });

  /* ---------- 2. Bekreftelse før innsending ---------- */
  function bekreftet(skjema) {
    var sporsmal = skjema.dataset ? skjema.dataset.bekreft : skjema.getAttribute("data-bekreft");
    return !sporsmal || window.confirm(sporsmal);
  }

  hver("form[data-bekreft]", function (skjema) {
    skjema.addEventListener("submit", function (hendelse) {
      if (!bekreftet(skjema)) { hendelse.preventDefault(); }
    });
  });

  /* ---------- 3. Send skjema ved endring av nedtrekksliste ---------- */
  // Piltaster på en lukket nedtrekksliste utløser `change` i enkelte nettlesere. For å ikke
  // bytte side mens brukeren blar med tastaturet (WCAG 3.2.2), sendes det da ikke automatisk;
  // brukeren bruker den synlige knappen i stedet.
  var NAVIGERINGSTASTER = ["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight", "Up", "Down", "Left", "Right",
    "Home", "End", "PageUp", "PageDown"];

  function send(skjema) {
    if (skjema._sendes) { return; }
    if (typeof skjema.requestSubmit === "function") {
      skjema._sendes = true;
      skjema.requestSubmit(); // utløser submit-hendelsen, og dermed ev. bekreftelse
      // Hvis innsendingen ble avbrutt (f.eks. avslått bekreftelse), tillat nytt forsøk.
      window.setTimeout(function () { skjema._sendes = false; }, 1000);
      return;
    }
    if (!bekreftet(skjema)) { return; } // form.submit() utløser ikke submit-hendelsen
    skjema._sendes = true;
    skjema.submit();
  }

  hver("select[data-send-ved-endring]", function (liste) {
    var navigererMedTaster = false;
    liste.addEventListener("keydown", function (hendelse) {
      navigererMedTaster = NAVIGERINGSTASTER.indexOf(hendelse.key) !== -1 ||
        (hendelse.key && hendelse.key.length === 1 && hendelse.key !== " ");
    });
    liste.addEventListener("mousedown", function () { navigererMedTaster = false; });
    liste.addEventListener("change", function () {
      var viaTaster = navigererMedTaster;
      navigererMedTaster = false;
      if (!viaTaster && liste.form) { send(liste.form); }
    });
  });

  /* ---------- 4. Rullbare områder kan nås med tastaturet ---------- */
  // Et område som ruller sidelengs, må kunne få fokus, så tastaturbrukere kan rulle det med
  // piltastene (WCAG 2.1.1). Bare områder som faktisk ruller får tabindex, så det ikke blir tomme
  // tabulatorstopp; det sjekkes på nytt når vinduet endrer størrelse.
  function merkRullbare() {
    hver(".tabell-ramme, .dokument table, pre", function (omrade) {
      var ruller = omrade.scrollWidth > omrade.clientWidth;
      if (ruller && !omrade.hasAttribute("tabindex")) {
        omrade.setAttribute("tabindex", "0");
        omrade._rullbar = true;
      } else if (!ruller && omrade._rullbar) {
        omrade.removeAttribute("tabindex");
        omrade._rullbar = false;
      }
    });
  }

  merkRullbare();
  window.addEventListener("resize", merkRullbare);

  /* ---------- 5. Utskrift ---------- */
  hver("button[data-skriv-ut]", function (knapp) {
    knapp.hidden = false;
    knapp.addEventListener("click", function () { window.print(); });
  });
})();
