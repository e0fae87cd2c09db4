// The preview service's own pages, in Polish: what an editor sees in the edit view's frame when
// there is no preview to show, and why.
const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function previewMessagePage(title: string, detail: string): string {
  return `<!doctype html>
<html lang="pl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex,nofollow"><title>${escapeHtml(title)}</title>
<style>body{font:1.1rem/1.5 system-ui,sans-serif;margin:2rem;max-width:40rem;color:#1a1a1a}</style></head>
<body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(detail)}</p></main></body></html>
`;
}

/** A page the preview has not built (lib/content/preview-scope in the site says which). */
export const notInPreviewText =
  "Tej strony nie ma w podglądzie. Podgląd zawiera stronę tego wpisu, dziesięć najnowszych aktualności i pozostałe strony ośrodka. Starsze aktualności i dalsze strony listy aktualności są na opublikowanej stronie.";

/** Why a link was refused, by the signature check's verdict. */
export const refusalText: Readonly<Record<"malformed" | "mismatch" | "expired", string>> = {
  malformed: "Ten link podglądu jest niepełny. Otwórz podgląd ponownie z panelu edycji wpisu.",
  mismatch: "Ten link podglądu jest nieprawidłowy. Otwórz podgląd ponownie z panelu edycji wpisu.",
  expired: "Ten link podglądu wygasł. Otwórz podgląd ponownie z panelu edycji wpisu.",
};
