import { isReservedOfficeSlug, SLUG_PATTERN } from "../protocol/slug.ts";
import { ContentRuleError } from "../schemas/errors.ts";

/** Slug: lower-case ASCII letters and digits in words joined by single hyphens, e.g. `"wspieraj-seniora"`. */
export function checkSlug(value: unknown, path = "slug"): ContentRuleError | undefined {
  if (typeof value === "string" && SLUG_PATTERN.test(value)) return undefined;
  return new ContentRuleError(
    path,
    `Adres (slug) ${typeof value === "string" ? `„${value}” ` : ""}może zawierać tylko małe litery bez polskich znaków, cyfry i pojedyncze łączniki, np. „wspieraj-seniora”`,
    `${path} is not a slug: ${JSON.stringify(value)}`,
  );
}

/** An office's slug: a slug (above) that is not reserved for the portal or the region's hosts. */
export function checkOfficeSlug(value: unknown, path = "slug"): ContentRuleError | undefined {
  const notSlug = checkSlug(value, path);
  if (notSlug || typeof value !== "string" || !isReservedOfficeSlug(value)) return notSlug;
  return new ContentRuleError(
    path,
    `Adres (slug) „${value}” jest zarezerwowany dla portalu regionu: wybierz inny, np. nazwę miejscowości`,
    `office slug "${value}" is reserved`,
  );
}
