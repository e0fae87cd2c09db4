/** Polish names of fields, as the Strapi admin shows them, for error messages. */
export const FIELD_LABELS: Readonly<Record<string, string>> = {
  label: "nazwa",
  rules: "reguły",
  seasons: "sezony",
  exceptions: "wyjątki",
  days: "dni tygodnia",
  opens: "godzina otwarcia",
  closes: "godzina zamknięcia",
  mode: "tryb",
  note: "uwagi",
  fromMonthDay: "początek sezonu",
  toMonthDay: "koniec sezonu",
  validFrom: "obowiązuje od",
  validTo: "obowiązuje do",
  closedOnHolidays: "nieczynne w święta",
  from: "data początkowa",
  to: "data końcowa",
  closed: "nieczynne",
  reason: "powód",
  slug: "adres (slug)",
  url: "adres URL",
  amount: "kwota",
  body: "treść",
  cover: "okładka",
  coverAlt: "tekst alternatywny okładki",
  startsOn: "data rozpoczęcia",
  endsOn: "data zakończenia",
  serviceStatus: "stan działania",
  serviceStatusReason: "powód",
  serviceStatusFrom: "stan obowiązuje od",
  serviceStatusUntil: "stan obowiązuje do",
};

/** Polish name of the last key in a path, e.g. `"rules[1].closes"` → `"godzina zamknięcia"`. */
export function fieldLabel(path: readonly PropertyKey[]): string {
  for (let i = path.length - 1; i >= 0; i--) {
    const key = path[i];
    if (typeof key === "string") return FIELD_LABELS[key] ?? key;
  }
  return "wpis";
}
