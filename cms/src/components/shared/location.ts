import { component, string, text } from "../../schema/fields";
import { componentSchema } from "../../schema/models";

export default componentSchema({
  category: "shared",
  name: "location",
  displayName: "Lokalizacja",
  description: "Adres siedziby lub punktu obsługi z własnymi telefonami.",
  icon: "pinMap",
  fields: {
    label: string(
      "Nazwa lokalizacji",
      "Nazwa punktu, np. „Dzielnica Fabryczna”. Można pominąć przy jednej siedzibie.",
    ),
    street: string("Ulica i numer", "Np. „ul. Grunwaldzka 4A” lub „Al. Tysiąclecia 3b”.", {
      required: true,
    }),
    postalCode: string("Kod pocztowy", "W formacie NN-NNN, np. 05-804."),
    city: string("Miejscowość", "Np. „Kraśnik”.", { required: true }),
    phones: component(
      "shared.phone",
      true,
      "Telefony",
      "Numery telefonów tej lokalizacji (jeśli ma własne).",
    ),
    note: text("Uwagi", "Dodatkowe informacje, np. o wejściu do budynku. Można pominąć."),
  },
});
