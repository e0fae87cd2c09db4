import { HOME_ORDER_MAX } from "@mops/shared";
import {
  boolean,
  component,
  customField,
  date,
  integer,
  json,
  relation,
  string,
  text,
} from "../../../../schema/fields";
import { collectionType } from "../../../../schema/models";
import { officeField } from "../../../../schema/office-relation";

export default collectionType({
  singularName: "schedule",
  pluralName: "schedules",
  displayName: "Harmonogram",
  description:
    "Godziny przyjęć lub dyżurów ośrodka, działu albo programu. Bez działu i programu: ogólne godziny urzędowania ośrodka.",
  fields: {
    office: officeField,
    department: relation(
      "manyToOne",
      "api::department.department",
      "name",
      "Dział",
      "Dział, którego dotyczą godziny. Puste: ośrodek albo program.",
    ),
    programme: relation(
      "manyToOne",
      "api::programme.programme",
      "title",
      "Program",
      "Program, którego dotyczą godziny. Puste: ośrodek albo dział.",
    ),
    label: string(
      "Nazwa",
      "Np. „Przyjęcia interesantów”, „Dyżur telefoniczny”, „Dyżur prawnika”.",
      { required: true, localized: true },
    ),
    hoursEditor: customField(
      "global::opening-hours",
      "Godziny przyjęć",
      "Zaznacz dni, wpisz godziny „od” i „do” (np. 9:00), dodaj wyjątki. Pod tabelą widać, co zobaczą mieszkańcy.",
      { private: true },
    ),
    rules: component(
      "schedule.rule",
      true,
      "Godziny w tygodniu",
      "Przedziały godzin w dni tygodnia. Przedziały jednego dnia nie mogą na siebie zachodzić.",
      // Edited in the opening-hours editor above. Not localized: one copy of the hours that
      // Strapi keeps in step across languages; their texts are translated in `hoursTranslations`.
      { hidden: true },
    ),
    seasons: component(
      "schedule.season",
      true,
      "Okresy sezonowe",
      "Inne godziny w części roku (np. lipiec – sierpień) zamiast zwykłych. Wspólne dla wszystkich języków.",
      // Edited in the opening-hours editor above; not localized, like `rules`.
      { hidden: true },
    ),
    validFrom: date("Obowiązuje od", "Pierwszy dzień obowiązywania. Puste: od zawsze."),
    validTo: date(
      "Obowiązuje do",
      "Ostatni dzień obowiązywania, nie wcześniejszy niż początek. Puste: bez końca.",
    ),
    closedOnHolidays: boolean(
      "Nieczynne w święta",
      "Zaznaczone: w dni ustawowo wolne od pracy nie ma przyjęć.",
      true,
    ),
    exceptions: component(
      "schedule.exception",
      true,
      "Wyjątki",
      "Dni zamknięcia lub innych godzin, np. dzień wewnętrzny.",
      // Edited in the opening-hours editor above; not localized, like `rules`.
      { hidden: true },
    ),
    hoursTranslations: json(
      "Tłumaczenia uwag do godzin",
      "Tłumaczenia uwag, powodów wyjątków i nazw okresów w tej wersji językowej, wpisywane w edytorze godzin. Po polsku puste.",
      // Edited in the opening-hours editor of a translation.
      { localized: true, hidden: true },
    ),
    note: text("Uwagi", "Dodatkowa informacja pokazywana pod godzinami. Można pominąć.", {
      localized: true,
    }),
    homeOrder: integer(
      "Kolejność na stronie głównej",
      "Liczba od 1 do 99: 1 to godziny pokazywane na stronie głównej jako pierwsze (np. główna obsługa interesantów). Puste: po godzinach z numerem, w zwykłej kolejności.",
      {},
      { min: 1, max: HOME_ORDER_MAX },
    ),
  },
});
