import {
  component,
  date,
  integer,
  markdown,
  relation,
  string,
  text,
} from "../../../../schema/fields";
import { collectionType } from "../../../../schema/models";
import { generatedSlugHelp, officeField } from "../../../../schema/office-relation";

export default collectionType({
  singularName: "programme",
  pluralName: "programmes",
  displayName: "Program",
  description:
    "Program, projekt lub akcja pomocowa: dla kogo, na jakich warunkach, jak się zgłosić.",
  indexed: ["slug"],
  fields: {
    office: officeField,
    title: string("Tytuł", "Np. „Wspieraj Seniora”.", { required: true, localized: true }),
    slug: string("Identyfikator", generatedSlugHelp("tytułu"), { required: true }),
    summary: text("Streszczenie", "Jedno lub dwa zdania: komu i w czym program pomaga.", {
      required: true,
      localized: true,
    }),
    body: markdown("Opis", "Pełny opis programu (Markdown).", { localized: true }),
    audience: string("Adresaci", "Do kogo skierowany, np. „seniorzy powyżej 70 roku życia”.", {
      localized: true,
    }),
    eligibility: markdown("Warunki", "Kto może skorzystać i na jakich warunkach (Markdown).", {
      localized: true,
    }),
    minimumAge: integer(
      "Minimalny wiek",
      "Wiek w latach, od którego można skorzystać. Można pominąć.",
    ),
    incomeThresholds: component(
      "programme.income-threshold",
      true,
      "Kryteria dochodowe",
      "Najwyższe dochody uprawniające do pomocy, w złotych.",
      { localized: true },
    ),
    howToApply: markdown("Jak się zgłosić", "Kroki zgłoszenia, telefony, dokumenty (Markdown).", {
      localized: true,
    }),
    phones: component("shared.phone", true, "Telefony", "Infolinia i telefony do zgłoszeń.", {
      localized: true,
    }),
    emails: component("shared.email", true, "Adresy e-mail", "Adresy do zgłoszeń.", {
      localized: true,
    }),
    startsOn: date("Początek", "Pierwszy dzień realizacji. Można pominąć."),
    endsOn: date("Koniec", "Ostatni dzień realizacji, nie wcześniejszy niż początek."),
    funding: component(
      "programme.funding",
      true,
      "Finansowanie",
      "Źródła finansowania z kwotami (EFS, POWER, budżet państwa, środki własne…).",
      { localized: true },
    ),
    department: relation(
      "manyToOne",
      "api::department.department",
      "name",
      "Dział",
      "Dział prowadzący program. Można pominąć.",
    ),
    links: component("shared.link", true, "Odnośniki", "Strony i dokumenty o programie.", {
      localized: true,
    }),
  },
});
