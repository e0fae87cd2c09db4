import { date, email, enumeration, markdown, string } from "../../schema/fields";
import { componentSchema } from "../../schema/models";

export default componentSchema({
  category: "office",
  name: "accessibility",
  displayName: "Dostępność",
  description:
    "Dane do deklaracji dostępności wymaganej ustawą z dnia 4 kwietnia 2019 r. o dostępności cyfrowej.",
  icon: "eye",
  fields: {
    coordinatorName: string("Koordynator dostępności", "Imię i nazwisko koordynatora.", {
      required: true,
    }),
    coordinatorEmail: email(
      "E-mail koordynatora",
      "Adres do zgłaszania problemów z dostępnością.",
      {
        required: true,
      },
    ),
    coordinatorPhone: string(
      "Telefon koordynatora",
      "Numer do zgłaszania problemów z dostępnością. Można pominąć.",
    ),
    statementPublishedOn: date("Data publikacji deklaracji", "Data pierwszej publikacji strony.", {
      required: true,
    }),
    statementUpdatedOn: date(
      "Data aktualizacji deklaracji",
      "Data ostatniej aktualizacji deklaracji.",
      {
        required: true,
      },
    ),
    complianceStatus: enumeration(
      ["full", "partial", "none"],
      "Stan zgodności",
      "Zgodność strony z ustawą o dostępności cyfrowej.",
      { required: true, default: "partial" },
    ),
    nonAccessibleContent: markdown(
      "Treści niedostępne",
      "Lista treści niedostępnych i powody wyłączenia (Markdown). Można pominąć.",
    ),
    architecturalAccessibility: markdown(
      "Dostępność architektoniczna",
      "Opis wejść, pochylni, wind, toalet i miejsc parkingowych (Markdown).",
      { required: true },
    ),
    easyToRead: markdown(
      "Tekst łatwy do czytania (ETR)",
      "Informacja o ośrodku w tekście łatwym do czytania i zrozumienia (Markdown).",
    ),
    pjmVideoUrl: string(
      "Film w PJM",
      "Adres filmu z informacją o ośrodku w polskim języku migowym (https://…).",
    ),
  },
});
