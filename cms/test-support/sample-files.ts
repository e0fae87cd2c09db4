// Small files for upload tests: real files of the kinds offices publish, and files that must
// never run in a browser (a page, an SVG with a script, a script, a page named like an image).

/** A 1×1 PNG. */
export const tinyPng = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

/** A one-page PDF. */
export const tinyPdf = Buffer.from(
  [
    "%PDF-1.4",
    "1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj",
    "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj",
    "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj",
    "trailer<</Root 1 0 R>>",
    "%%EOF",
    "",
  ].join("\n"),
);

export const csv = "Imię;Nazwisko;Telefon\nJan;Kowalski;24 254 23 76\n";

/** What a script in the CMS's origin would do: take an admin access token. */
const payload =
  "fetch('/admin/access-token',{method:'POST',credentials:'include'}).then(r=>r.text()).then(t=>{document.title='PRZEJETE:'+t.length})";

export const hostileFiles = {
  "strona.html": `<!doctype html><html><head><title>strona</title></head><body><script>${payload}</script><script src="skrypt.js"></script></body></html>`,
  "grafika.svg": `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>${payload}</script></svg>`,
  "skrypt.js": payload,
  "zdjecie.png": `<html><body><script>${payload}</script></body></html>`,
  "dokument.pdf": `<html><body><script>${payload}</script></body></html>`,
  "tekst.txt": `<html><body><script>${payload}</script></body></html>`,
} as const;

export const hostilePayloadMarker = "PRZEJETE:";
