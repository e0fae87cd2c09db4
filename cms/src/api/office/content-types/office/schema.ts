import { component, date, markdown, media, string, text } from "../../../../schema/fields";
import { collectionType } from "../../../../schema/models";
import { slugHelp } from "../../../../schema/office-relation";

export default collectionType({
  singularName: "office",
  pluralName: "offices",
  displayName: "Ośrodek",
  description: "Ośrodek pomocy społecznej: dane kontaktowe, zadania, dostępność i RODO.",
  indexed: ["slug"],
  fields: {
    name: string("Pełna nazwa", "Np. „Miejski Ośrodek Pomocy Społecznej w Kutnie”.", {
      required: true,
      localized: true,
    }),
    shortName: string("Nazwa skrócona", "Np. „MOPS Kutno”. Używana w nagłówku i tytułach stron.", {
      required: true,
      localized: true,
    }),
    slug: string("Identyfikator", slugHelp.replace("w obrębie ośrodka", "wśród ośrodków"), {
      required: true,
    }),
    siteUrl: string("Adres strony", "Publiczny adres strony ośrodka, np. https://mops.kutno.pl.", {
      required: true,
    }),
    favicon: media(
      ["images"],
      "Ikona strony (favicon)",
      "Kwadratowy obraz PNG, JPG, WebP lub GIF, najlepiej 512 × 512 px (co najmniej 48 × 48 px). Pokazywana na kartach przeglądarki i na ekranie telefonu. Bez niej strona ma ikonę domyślną.",
    ),
    locations: component(
      "shared.location",
      true,
      "Siedziby",
      "Adresy siedziby i punktów obsługi, każdy z własnymi telefonami.",
      { localized: true },
    ),
    phones: component("shared.phone", true, "Telefony", "Główne numery telefonów ośrodka.", {
      localized: true,
    }),
    emails: component("shared.email", true, "Adresy e-mail", "Główne adresy e-mail ośrodka.", {
      localized: true,
    }),
    epuapAddress: string("Skrytka ePUAP", "Adres skrytki ePUAP, np. /mopskutno/SkrytkaESP."),
    eDeliveryAddress: string(
      "Adres do e-Doręczeń",
      "Adres do doręczeń elektronicznych, np. AE:PL-12345-67890-ABCDE-12.",
    ),
    bipUrl: string("Biuletyn Informacji Publicznej", "Adres strony BIP ośrodka (https://…)."),
    director: component("shared.person", false, "Kierownik", "Kierownik lub dyrektor ośrodka.", {
      localized: true,
    }),
    foundedOn: date("Data powołania", "Dzień powołania ośrodka, np. 27 lutego 1990 r."),
    statutoryTasks: component(
      "office.statutory-task",
      true,
      "Zadania ustawowe",
      "Zadania ośrodka z podstawą prawną, w kolejności z oryginału.",
      { localized: true },
    ),
    areas: component(
      "office.area",
      true,
      "Obszar działania",
      "Gminy, kody pocztowe i miejscowości, które obsługuje ośrodek. Portal regionalny wyszukuje po nich ośrodek mieszkańca.",
      { localized: true },
    ),
    about: markdown("O ośrodku", "Opis ośrodka i jego placówek (Markdown).", { localized: true }),
    history: markdown("Historia", "Historia ośrodka i jego placówek (Markdown).", {
      localized: true,
    }),
    alerts: component(
      "office.alert",
      true,
      "Komunikaty",
      "Ogłoszenia pokazywane na stronie w podanym okresie.",
      { localized: true },
    ),
    accessibility: component(
      "office.accessibility",
      false,
      "Dostępność",
      "Dane do deklaracji dostępności (koordynator, daty, dostępność architektoniczna, ETR, PJM).",
      { localized: true },
    ),
    gdpr: component(
      "office.gdpr",
      false,
      "RODO",
      "Administrator danych i inspektor ochrony danych.",
      {
        localized: true,
      },
    ),
    editorEmails: text(
      "Redaktorzy ośrodka",
      "Adresy e-mail kont administracyjnych, które mogą redagować treści tego ośrodka, po jednym w wierszu. Widoczne i zmieniane tylko przez superadministratora.",
      { private: true },
    ),
  },
});
