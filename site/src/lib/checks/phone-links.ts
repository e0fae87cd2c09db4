// Built-output check: every phone number in an office's data is a tel: link somewhere on its
// site, with the href the contact list gives it.
import { telHref } from "../models/contact-links.ts";

/** The numbers (as written in the data) that no page links as `tel:`. */
export function unlinkedPhones(
  numbers: readonly string[],
  pages: ReadonlyArray<{ html: string }>,
): string[] {
  const linked = new Set(
    pages.flatMap((page) =>
      [...page.html.matchAll(/<a\b[^>]*\bhref="(tel:[^";]+)[^"]*"/g)].map((match) => match[1]),
    ),
  );
  return [...new Set(numbers)].filter((number) => !linked.has(telHref(number)));
}
