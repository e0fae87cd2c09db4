import { email, string } from "../../schema/fields";
import { componentSchema } from "../../schema/models";

export default componentSchema({
  category: "shared",
  name: "email",
  displayName: "Adres e-mail",
  description: "Adres e-mail z opcjonalnym opisem.",
  icon: "envelop",
  fields: {
    address: email("Adres", "Pełny adres e-mail, np. sekretariat@mops.kutno.pl.", {
      required: true,
    }),
    label: string("Opis", "Czego dotyczy adres, np. „sekretariat”. Można pominąć."),
  },
});
