// Service categories residents filter offices by on the regional portal ("pomoc żywnościowa",
// "świadczenia rodzinne"…), derived from the names of an office's programmes, departments and
// department services by word stems: a lookup table, one row per category, in display order.

export interface ServiceCategory {
  /** URL-safe id, e.g. `"pomoc-zywnosciowa"` (the portal's page is `/uslugi/<slug>/`). */
  readonly slug: string;
  /** Polish label, e.g. `"Pomoc żywnościowa"`. */
  readonly label: string;
  /** Lower-case stems; a name containing any of them is in the category. */
  readonly stems: readonly string[];
}

export const SERVICE_CATEGORIES: readonly ServiceCategory[] = [
  {
    slug: "pomoc-zywnosciowa",
    label: "Pomoc żywnościowa",
    stems: ["żywnoś", "posiłk", "bank żywności"],
  },
  {
    slug: "swiadczenia-rodzinne",
    label: "Świadczenia rodzinne i wychowawcze",
    stems: ["świadcze", "rodzinn", "wychowawcz", "dobry start", "za życiem"],
  },
  { slug: "fundusz-alimentacyjny", label: "Fundusz alimentacyjny", stems: ["alimenta"] },
  { slug: "dodatki-mieszkaniowe", label: "Dodatki mieszkaniowe", stems: ["mieszkaniow"] },
  { slug: "stypendia-szkolne", label: "Stypendia szkolne", stems: ["stypendi"] },
  {
    slug: "seniorzy",
    label: "Wsparcie seniorów",
    stems: ["senior", "domu pomocy", "zakupach"],
  },
  {
    slug: "przeciwdzialanie-przemocy",
    label: "Przeciwdziałanie przemocy",
    stems: ["przemoc", "psycholog", "prawnik"],
  },
  {
    slug: "aktywizacja-i-integracja",
    label: "Aktywizacja i integracja społeczna",
    stems: ["integracj", "aktywizacj", "samodzielno", "wolontari"],
  },
  { slug: "pomoc-srodowiskowa", label: "Pomoc środowiskowa", stems: ["środowiskow"] },
];

/** The categories whose stems occur in any of `names`, in the table's order. */
export function serviceCategoriesOf(names: readonly string[]): ServiceCategory[] {
  const text = names.join("\n").toLocaleLowerCase("pl");
  return SERVICE_CATEGORIES.filter((category) =>
    category.stems.some((stem) => text.includes(stem)),
  );
}
