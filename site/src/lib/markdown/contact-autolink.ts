// Phone numbers and e-mail addresses in text become links at build time: Polish numbers as
// `tel:+48…` (an extension, "wew. 12", as RFC 3966 `;ext=12`), addresses as `mailto:`. Applied to
// the sanitised HTML of Markdown (text outside links and code only) and to plain-text fields.
// A careful pattern rather than a phone library: offices write a handful of formats ("32 22 15
// 520", "(44) 254 47 00", "24/2534309", "22 758-78-98", "+48 600 100 200"), all nine national
// digits; anything else (dates, postal codes, account numbers, NIP, REGON) stays text.

/** A run that may be a phone: optional +48/0048, optional (area code), digits with single separators. */
const PHONE =
  /(?<![\p{L}\p{N}+/.,-])((?:\+|00)48[ \u00a0]?)?(\(0?\d{2}\)[ \u00a0]?)?(\d(?:[ \u00a0/-]?\d){5,12})(?:,?[ \u00a0]*(?:wew\.|w\.)[ \u00a0]*(\d{1,5}))?(?![\p{L}\p{N}]|[.,/-]\d)/gu;

/** Identifiers with nine or ten digits that are never phones, written just before the number. */
const NOT_A_PHONE = /(?:REGON|NIP|KRS|PESEL|konta|rachunku)[\s:.]*$/i;

const EMAIL =
  /(?<![\p{L}\p{N}._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\p{L}\p{N}@-])/gu;

/** The tel: URL of a match, or undefined when the digits are not one Polish number. */
export function phoneHref(
  prefix: string | undefined,
  area: string | undefined,
  rest: string,
  extension?: string,
): string | undefined {
  const digits = `${area ?? ""}${rest}`.replace(/\D/g, "");
  const national = prefix ? digits : digits.replace(/^0(?=\d{9}$)/, "");
  if (!/^[1-9]\d{8}$/.test(national)) return undefined;
  return `tel:+48${national}${extension ? `;ext=${extension}` : ""}`;
}

const escapeText = (text: string) =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");

/** Links the phones and e-mails of a text that is already HTML-escaped (no markup inside). */
export function linkContactsInEscapedText(text: string): string {
  const withEmails = text.split(EMAIL);
  const emails = [...text.matchAll(EMAIL)].map((match) => match[0]);
  return withEmails
    .map((part, index) => {
      const phones = part.replace(PHONE, (match, prefix, area, rest, extension, offset) => {
        if (NOT_A_PHONE.test(part.slice(0, offset))) return match;
        const href = phoneHref(prefix, area, rest, extension);
        return href ? `<a href="${href}">${match}</a>` : match;
      });
      const email = emails[index];
      return email === undefined ? phones : `${phones}<a href="mailto:${email}">${email}</a>`;
    })
    .join("");
}

/** A plain-text field as HTML with its phones and e-mails linked. */
export function linkContactsInText(text: string): string {
  return linkContactsInEscapedText(escapeText(text));
}

/** Elements whose text is never linked: existing links and code. */
const SKIPPED = new Set(["a", "code", "pre"]);

/**
 * Links phones and e-mails in the text of sanitised HTML, outside links and code. Expects the
 * sanitiser's output: every `<` and `>` in text and attribute values escaped.
 */
export function linkContactsInHtml(html: string): string {
  let skipped = 0;
  return html
    .split(/(<[^>]*>)/)
    .map((part) => {
      const tag = /^<(\/?)([a-z][a-z0-9]*)/i.exec(part);
      if (tag) {
        if (SKIPPED.has(tag[2]!.toLowerCase())) skipped += tag[1] ? -1 : 1;
        return part;
      }
      return skipped > 0 || part === "" ? part : linkContactsInEscapedText(part);
    })
    .join("");
}
