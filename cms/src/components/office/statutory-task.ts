import { string, text } from "../../schema/fields";
import { componentSchema } from "../../schema/models";

export default componentSchema({
  category: "office",
  name: "statutory-task",
  displayName: "Zadanie ustawowe",
  description: "Jedno zadanie ośrodka z jego podstawą prawną.",
  icon: "check",
  fields: {
    text: text("Zadanie", "Treść zadania, np. „organizowanie pracy socjalnej”.", {
      required: true,
    }),
    basis: string(
      "Podstawa prawna",
      "Np. „Ustawa z dnia 12 marca 2004 r. o pomocy społecznej” albo „Inne ustawy”.",
      { required: true },
    ),
  },
});
