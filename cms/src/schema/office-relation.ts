import { relation } from "./fields";

/** The tenant relation every content type except the office itself carries. */
export const officeField = relation(
  "manyToOne",
  "api::office.office",
  "name",
  "Ośrodek",
  "Ośrodek, do którego należy wpis. Redaktor ośrodka może wybrać tylko swój ośrodek; redaktor jednego ośrodka może zostawić puste: przy zapisie wpis trafi do jego ośrodka.",
);

export const slugHelp =
  "Część adresu strony: małe litery bez polskich znaków, cyfry i łączniki, np. „wspieraj-seniora”. Niepowtarzalna w obrębie ośrodka.";

/** Help of a slug the server makes when it is left empty (`src/documents/slug-fill.ts`). */
export const generatedSlugHelp = (source: "tytułu" | "nazwy"): string =>
  `${slugHelp} Można zostawić puste: przy zapisie utworzy się z ${source}.`;
