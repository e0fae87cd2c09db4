// The Polish labels of the Markdown fields the accessibility check reads (as the edit view shows
// them), by the field path the check reports: "alerts[0].body" → "Komunikaty 1: Treść".
const FIELD_LABELS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  "news-post": { body: "Treść" },
  programme: { body: "Opis", eligibility: "Warunki", howToApply: "Jak się zgłosić" },
  department: { description: "Opis" },
  office: {
    about: "O ośrodku",
    history: "Historia",
    "accessibility.nonAccessibleContent": "Dostępność: Treści niedostępne",
    "accessibility.architecturalAccessibility": "Dostępność: Dostępność architektoniczna",
    "accessibility.easyToRead": "Dostępność: Tekst łatwy do czytania (ETR)",
  },
};

export function fieldLabel(contentType: string, path: string): string {
  const alert = /^alerts\[(\d+)\]\.body$/.exec(path);
  if (contentType === "office" && alert) return `Komunikaty ${Number(alert[1]) + 1}: Treść`;
  return FIELD_LABELS[contentType]?.[path] ?? path;
}
