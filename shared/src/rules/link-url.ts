import { ContentRuleError } from "../schemas/errors.ts";

/** URL schemes a link may use. */
export const LINK_SCHEMES = ["http:", "https:", "mailto:", "tel:"] as const;

/** Schemes for web addresses (site, BIP, video). */
export const WEB_SCHEMES = ["http:", "https:"] as const;

/**
 * A link URL must be absolute with one of `schemes` (default http, https, mailto, tel), so a
 * `javascript:` or `data:` URL can never reach a page.
 */
export function checkLinkUrl(
  value: unknown,
  path = "url",
  schemes: readonly string[] = LINK_SCHEMES,
): ContentRuleError | undefined {
  const url = typeof value === "string" ? value.trim() : "";
  let scheme = "";
  try {
    scheme = new URL(url).protocol;
  } catch {
    scheme = "";
  }
  const hostOk =
    scheme === "http:" || scheme === "https:"
      ? /^https?:\/\/[^/\s]+/i.test(url)
      : url.length > scheme.length;
  if (schemes.includes(scheme) && hostOk && !/\s/.test(url)) return undefined;
  const allowed = schemes.map((s) => s.replace(":", "")).join(", ");
  return new ContentRuleError(
    path,
    `Adres ${url ? `„${url}” ` : ""}musi być pełnym adresem zaczynającym się od: ${allowed}`,
    `${path} must be an absolute URL with scheme ${allowed}: ${JSON.stringify(value)}`,
  );
}
