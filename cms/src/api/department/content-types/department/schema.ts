import { SERVICE_STATES } from "@mops/shared";
import { component, date, enumeration, markdown, string, text } from "../../../../schema/fields";
import { collectionType } from "../../../../schema/models";
import { generatedSlugHelp, officeField } from "../../../../schema/office-relation";

export default collectionType({
  singularName: "department",
  pluralName: "departments",
  displayName: "Dział",
  description: "Dział lub placówka ośrodka z własnymi kontaktami i sprawami.",
  indexed: ["slug"],
  fields: {
    office: officeField,
    name: string("Nazwa", "Np. „Dział Świadczeń Rodzinnych i Alimentacyjnych”.", {
      required: true,
      localized: true,
    }),
    slug: string("Identyfikator", generatedSlugHelp("nazwy"), { required: true }),
    description: markdown("Opis", "Czym zajmuje się dział (Markdown). Można pominąć.", {
      localized: true,
    }),
    location: component(
      "shared.location",
      false,
      "Lokalizacja",
      "Własny adres działu, jeśli inny niż siedziba ośrodka.",
      { localized: true },
    ),
    phones: component("shared.phone", true, "Telefony", "Numery telefonów działu.", {
      localized: true,
    }),
    emails: component("shared.email", true, "Adresy e-mail", "Adresy e-mail działu.", {
      localized: true,
    }),
    services: component("department.service", true, "Sprawy", "Sprawy załatwiane w dziale.", {
      localized: true,
    }),
    serviceStatus: enumeration(
      SERVICE_STATES,
      "Stan działania",
      "Czy dział przyjmuje mieszkańców jak zwykle. Inny stan niż zwykły pokazuje się na stronie działu i na stronie głównej, z powodem i datą końcową; po dacie końcowej znika sam.",
      { default: "normal" },
    ),
    serviceStatusReason: text(
      "Powód",
      "Wymagany przy ograniczeniu lub zawieszeniu, np. „Remont pomieszczeń – sprawy można załatwić telefonicznie lub w pokoju 12”.",
      { localized: true },
    ),
    serviceStatusFrom: date(
      "Stan obowiązuje od",
      "Pierwszy dzień ograniczenia lub zawieszenia. Puste: od razu.",
    ),
    serviceStatusUntil: date(
      "Stan obowiązuje do",
      "Ostatni dzień ograniczenia lub zawieszenia (włącznie); od następnego dnia strona pokazuje, że dział działa jak zwykle. Puste: do odwołania.",
    ),
  },
});
