import { component, string } from "../../schema/fields";
import { componentSchema } from "../../schema/models";

export default componentSchema({
  category: "schedule",
  name: "season",
  displayName: "Okres sezonowy",
  description: "Inne godziny w części roku, np. w wakacje.",
  icon: "calendar",
  fields: {
    label: string("Nazwa okresu", "Np. „lipiec – sierpień”.", { required: true }),
    fromMonthDay: string("Od dnia", "Pierwszy dzień okresu w formacie MM-DD, np. 07-01.", {
      required: true,
    }),
    toMonthDay: string(
      "Do dnia",
      "Ostatni dzień okresu w formacie MM-DD, np. 08-31. Może przechodzić przez koniec roku.",
      { required: true },
    ),
    rules: component(
      "schedule.rule",
      true,
      "Godziny w okresie",
      "Godziny obowiązujące w tym okresie zamiast zwykłych.",
    ),
  },
});
