import { string, text } from "../../schema/fields";
import { componentSchema } from "../../schema/models";

export default componentSchema({
  category: "department",
  name: "service",
  displayName: "Sprawa",
  description: "Sprawa, którą można załatwić w dziale.",
  icon: "briefcase",
  fields: {
    name: string("Nazwa sprawy", "Np. „stypendia szkolne”, „dodatek mieszkaniowy”.", {
      required: true,
    }),
    description: text("Opis", "Krótkie wyjaśnienie. Można pominąć."),
  },
});
