// Built-output checks of an office's contacts: every e-mail address of its data is a mailto:
// link somewhere, every phone and e-mail written in its free text is found (to be checked like
// the listed ones), and every location shows on the contact page and in its JSON-LD.

/**
 * Phone numbers written anywhere in a text: runs of digits with spaces, dashes, slashes or
 * brackets that come to nine national digits (after an optional +48 or 0). Simpler than the
 * site's linker on purpose, so the two are not the same code checking itself.
 */
export function phonesInText(text: string): string[] {
  return [...text.matchAll(/(?<![\w@.+])(?:\+48[ \u00a0]?)?[\d(][\d ()/-]{7,16}\d(?![\w@])/g)]
    .map((match) => match[0].trim())
    .filter((run) => {
      const digits = run.replace(/\D/g, "").replace(/^(48|0)(?=\d{9}$)/, "");
      return /^[1-9]\d{8}$/.test(digits) && !/\d{4}-\d{2}-\d{2}/.test(run);
    });
}

export function emailsInText(text: string): string[] {
  return [...text.matchAll(/[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/gi)].map((match) => match[0]);
}

/** Every string value in some data (entries of the CMS), depth first. */
export function textsOf(data: unknown): string[] {
  if (typeof data === "string") return [data];
  if (Array.isArray(data)) return data.flatMap(textsOf);
  if (data !== null && typeof data === "object") return Object.values(data).flatMap(textsOf);
  return [];
}

/** The addresses no page links as `mailto:`. */
export function unlinkedEmails(
  addresses: readonly string[],
  pages: ReadonlyArray<{ html: string }>,
): string[] {
  const linked = new Set(
    pages.flatMap((page) =>
      [...page.html.matchAll(/<a\b[^>]*\bhref="mailto:([^"?]+)/g)].map((m) => m[1]!.toLowerCase()),
    ),
  );
  return [...new Set(addresses)].filter((address) => !linked.has(address.toLowerCase()));
}

/** The JSON-LD objects of a page. */
export function jsonLdOf(html: string): unknown[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    (match) => JSON.parse(match[1]!),
  );
}

/** Every `streetAddress` of the PostalAddresses in some JSON-LD. */
export function streetAddresses(data: unknown): string[] {
  if (Array.isArray(data)) return data.flatMap(streetAddresses);
  if (data === null || typeof data !== "object") return [];
  const own =
    (data as { "@type"?: string; streetAddress?: unknown })["@type"] === "PostalAddress"
      ? [String((data as { streetAddress?: unknown }).streetAddress)]
      : [];
  return [...own, ...Object.values(data).flatMap(streetAddresses)];
}

const decode = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&nbsp;|\u00a0/g, " ")
    .replaceAll("&quot;", '"')
    .replaceAll("&#39;", "'")
    .replaceAll("&amp;", "&")
    .replace(/\s+/g, " ");

/** The streets that the page's main content or its JSON-LD leaves out, with where. */
export function missingLocations(
  streets: readonly string[],
  html: string,
): Array<{ street: string; missingFrom: "main" | "json-ld" }> {
  const main = decode(html.slice(html.indexOf("<main"), html.indexOf("</main>")));
  const structured = new Set(jsonLdOf(html).flatMap(streetAddresses));
  return streets.flatMap((street) => [
    ...(main.includes(street) ? [] : [{ street, missingFrom: "main" as const }]),
    ...(structured.has(street) ? [] : [{ street, missingFrom: "json-ld" as const }]),
  ]);
}
