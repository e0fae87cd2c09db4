import { string } from "../../schema/fields";
import { componentSchema } from "../../schema/models";

export default componentSchema({
  category: "shared",
  name: "person",
  displayName: "Osoba",
  description: "Imię i nazwisko osoby z jej funkcją.",
  icon: "user",
  fields: {
    name: string("Imię i nazwisko", "Np. „Danuta Lyra”.", { required: true }),
    title: string("Funkcja", "Stanowisko, np. „Kierownik Miejskiego Ośrodka Pomocy Społecznej”.", {
      required: true,
    }),
    honorific: string("Tytuł", "Tytuł zawodowy lub naukowy, np. „mgr”. Można pominąć."),
  },
});
