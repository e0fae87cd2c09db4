import { string, text } from "../../schema/fields";
import { componentSchema } from "../../schema/models";

export default componentSchema({
  category: "office",
  name: "area",
  displayName: "Obszar działania",
  description:
    "Gmina (lub jej część), którą obsługuje ośrodek, z kodami pocztowymi i miejscowościami.",
  icon: "earth",
  fields: {
    municipality: string("Gmina", "Nazwa gminy lub miasta, np. „Kraśnik” albo „gmina Orzesze”.", {
      required: true,
    }),
    postalCodes: string(
      "Kody pocztowe",
      "Kody pocztowe obszaru w formacie NN-NNN, oddzielone przecinkami, np. „23-200, 23-204, 23-210”.",
    ),
    places: text(
      "Miejscowości i osiedla",
      "Wsie, osiedla lub dzielnice, których mieszkańcy szukają ośrodka, oddzielone przecinkami lub każda w osobnym wierszu. Można pominąć.",
    ),
  },
});
