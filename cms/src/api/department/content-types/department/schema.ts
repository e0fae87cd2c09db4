import { component, markdown, string } from "../../../../schema/fields";
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
  },
});
