import {
  component,
  datetime,
  markdown,
  media,
  relation,
  string,
  text,
} from "../../../../schema/fields";
import { collectionType } from "../../../../schema/models";
import { generatedSlugHelp, officeField } from "../../../../schema/office-relation";

export default collectionType({
  singularName: "news-post",
  pluralName: "news-posts",
  displayName: "Aktualność",
  description: "Wpis w aktualnościach ośrodka.",
  indexed: ["slug"],
  fields: {
    office: officeField,
    title: string("Tytuł", "Tytuł wpisu.", { required: true, localized: true }),
    slug: string("Identyfikator", generatedSlugHelp("tytułu"), { required: true }),
    date: datetime("Data", "Data i godzina publikacji wpisu w oryginale.", { required: true }),
    author: string("Autor", "Kto dodał wpis, np. „MOPS Kalisz”. Można pominąć."),
    lead: text("Wstęp", "Jedno lub dwa zdania streszczenia, pokazywane na liście wpisów.", {
      required: true,
      localized: true,
    }),
    body: markdown("Treść", "Pełna treść wpisu (Markdown).", { required: true, localized: true }),
    cover: media(["images"], "Zdjęcie", "Zdjęcie wpisu. Wymaga tekstu alternatywnego."),
    coverAlt: string(
      "Tekst alternatywny zdjęcia",
      "Opis tego, co widać na zdjęciu, dla osób niewidomych. Wymagany, gdy jest zdjęcie.",
      { localized: true },
    ),
    attachments: component(
      "news.attachment",
      true,
      "Załączniki",
      "Pliki do pobrania, każdy z opisową nazwą.",
      { localized: true },
    ),
    sourceUrl: string(
      "Źródło",
      "Adres oryginalnej publikacji, jeśli wpis ją przytacza (https://…).",
    ),
    programmes: relation(
      "manyToMany",
      "api::programme.programme",
      "title",
      "Programy",
      "Programy, których dotyczy wpis.",
    ),
  },
});
