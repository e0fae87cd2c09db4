import { datetime, enumeration, markdown, string } from "../../schema/fields";
import { componentSchema } from "../../schema/models";

export default componentSchema({
  category: "office",
  name: "alert",
  displayName: "Komunikat",
  description: "Ogłoszenie wyświetlane na stronie ośrodka w podanym okresie.",
  icon: "bell",
  fields: {
    title: string(
      "Tytuł",
      "Krótki tytuł komunikatu, np. „Komunikat w sprawie obsługi interesantów”.",
      {
        required: true,
      },
    ),
    body: markdown("Treść", "Treść komunikatu (Markdown).", { required: true }),
    level: enumeration(
      ["info", "warning", "urgent"],
      "Waga",
      "Jak mocno wyróżnić komunikat; pilne pokazują się na górze strony.",
      { required: true, default: "info" },
    ),
    validFrom: datetime("Widoczny od", "Od kiedy pokazywać komunikat. Puste: od razu."),
    validTo: datetime("Widoczny do", "Do kiedy pokazywać komunikat. Puste: bez końca."),
  },
});
