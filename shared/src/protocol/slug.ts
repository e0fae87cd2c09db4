// The slug format of every collection type, offices included: an office's slug names its site
// (<slug>.localhost, live/<slug>), its notifications and its builds, so every package checks it
// with this one pattern.
import { z } from "zod";

/** Lower-case ASCII letters and digits in words joined by single hyphens, e.g. `"wspieraj-seniora"`. */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** An office's slug, e.g. `"kutno"`, `"stare-miasto"`. */
export const officeSlugSchema = z.string().regex(SLUG_PATTERN, "is not an office slug");

/** The host label of the regional portal beside the offices' sites (region.localhost). */
export const PORTAL_HOST = "region";

/**
 * Slugs no office may take: the portal's host label (an office "region" would be shadowed by the
 * portal at region.<domain>) and host labels a region's domain keeps for itself.
 */
export const RESERVED_OFFICE_SLUGS: readonly string[] = [PORTAL_HOST, "www", "api", "admin"];

/** Whether an office may not take this slug (see RESERVED_OFFICE_SLUGS). */
export function isReservedOfficeSlug(value: string): boolean {
  return RESERVED_OFFICE_SLUGS.includes(value);
}

/** Whether a string is a slug (of an office or any entry). */
export function isSlug(value: string): boolean {
  return SLUG_PATTERN.test(value);
}
