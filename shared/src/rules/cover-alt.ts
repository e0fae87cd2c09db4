import { ContentRuleError } from "../schemas/errors.ts";

/** A news post with a cover image needs alternative text for it (`coverAlt`). */
export function checkCoverAlt(
  cover: unknown,
  coverAlt: unknown,
  path = "coverAlt",
): ContentRuleError | undefined {
  const hasCover =
    cover !== undefined && cover !== null && !(Array.isArray(cover) && cover.length === 0);
  if (!hasCover) return undefined;
  if (typeof coverAlt === "string" && coverAlt.trim() !== "") return undefined;
  return new ContentRuleError(
    path,
    "Okładka wymaga tekstu alternatywnego: opisz, co przedstawia zdjęcie",
    `${path} is required when a cover is set`,
  );
}
