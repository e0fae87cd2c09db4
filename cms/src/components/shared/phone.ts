import { string } from "../../schema/fields";
import { componentSchema } from "../../schema/models";

export default componentSchema({
  category: "shared",
  name: "phone",
  displayName: "Telefon",
  description: "Numer telefonu z opcjonalnym opisem.",
  icon: "phone",
  fields: {
    number: string("Numer", "Numer w zapisie z oryginału, np. „81 825 15 81” lub „24/2537847”.", {
      required: true,
    }),
    label: string(
      "Opis",
      "Czego dotyczy numer, np. „Dzielnica Fabryczna”, „kom.”, „infolinia”. Można pominąć.",
    ),
  },
});
