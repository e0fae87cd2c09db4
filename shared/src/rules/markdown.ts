import { formatInteger } from "../format/money.ts";
import { ContentRuleError } from "../schemas/errors.ts";

/**
 * Longest Markdown text a field may hold, in characters. About 25 printed pages: more than any
 * seed page, small enough that one entry cannot bloat a static page.
 */
export const MARKDOWN_MAX_LENGTH = 50_000;

/** Markdown fields hold at most `MARKDOWN_MAX_LENGTH` characters (missing is fine). */
export function checkMarkdownSize(
  value: unknown,
  path = "body",
  max = MARKDOWN_MAX_LENGTH,
): ContentRuleError | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") {
    return new ContentRuleError(path, "Treść musi być tekstem", `${path} is not a string`);
  }
  if (value.length <= max) return undefined;
  const limit = formatInteger(max);
  return new ContentRuleError(
    path,
    `Tekst jest za długi: ${formatInteger(value.length)} znaków, dozwolone najwyżej ${limit}`,
    `${path} has ${value.length} characters, more than ${max}`,
  );
}
