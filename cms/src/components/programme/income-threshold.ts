import { decimal, enumeration, string } from "../../schema/fields";
import { componentSchema } from "../../schema/models";

export default componentSchema({
  category: "programme",
  name: "income-threshold",
  displayName: "Kryterium dochodowe",
  description: "Najwyższy dochód uprawniający do pomocy.",
  icon: "priceTag",
  fields: {
    basis: enumeration(
      ["single_person", "per_person_in_family", "household", "other"],
      "Podstawa",
      "Do czego odnosi się próg dochodu; przy „inne” opisz podstawę w nazwie.",
      { required: true },
    ),
    label: string("Nazwa", "Własny opis kryterium. Można pominąć."),
    amount: decimal(
      "Kwota (zł)",
      "Kwota w złotych, nieujemna, najwyżej dwa miejsca po przecinku, np. 1542,20.",
      { required: true },
    ),
  },
});
