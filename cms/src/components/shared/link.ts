import { string } from "../../schema/fields";
import { componentSchema } from "../../schema/models";

export default componentSchema({
  category: "shared",
  name: "link",
  displayName: "Odnośnik",
  description: "Odnośnik z czytelną nazwą.",
  icon: "link",
  fields: {
    label: string(
      "Nazwa odnośnika",
      "Tekst odnośnika mówiący, dokąd prowadzi, np. „Regulamin programu”.",
      { required: true },
    ),
    url: string("Adres", "Adres zaczynający się od https://, http://, mailto: lub tel:.", {
      required: true,
    }),
  },
});
