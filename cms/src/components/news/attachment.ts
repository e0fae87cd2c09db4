import { media, string } from "../../schema/fields";
import { componentSchema } from "../../schema/models";

export default componentSchema({
  category: "news",
  name: "attachment",
  displayName: "Załącznik",
  description: "Plik do pobrania z opisową nazwą.",
  icon: "attachment",
  fields: {
    title: string(
      "Nazwa załącznika",
      "Co zawiera plik, np. „Porozumienie wolontarystyczne (DOC)”.",
      { required: true },
    ),
    file: media(["files", "images"], "Plik", "Plik do pobrania (PDF, DOC, DOCX, ODT…).", {
      required: true,
    }),
  },
});
