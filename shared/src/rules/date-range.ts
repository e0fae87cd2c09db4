import { ContentRuleError } from "../schemas/errors.ts";

const polishDate = (value: string): string =>
  /^\d{4}-\d{2}-\d{2}/.test(value)
    ? `${value.slice(8, 10)}.${value.slice(5, 7)}.${value.slice(0, 4)}`
    : value;

/**
 * A "valid to" (or end) date or datetime must not be before its "valid from" (or start). Either
 * may be missing. Dates (`YYYY-MM-DD`) and ISO datetimes are compared as instants.
 */
export function checkDateRange(
  from: unknown,
  to: unknown,
  path = "validTo",
  fromPath = "validFrom",
): ContentRuleError | undefined {
  if (typeof from !== "string" || typeof to !== "string" || from === "" || to === "")
    return undefined;
  const start = Date.parse(from);
  const end = Date.parse(to);
  if (Number.isNaN(start) || Number.isNaN(end) || end >= start) return undefined;
  return new ContentRuleError(
    path,
    `Data końcowa (${polishDate(to)}) nie może być wcześniejsza niż data początkowa (${polishDate(from)})`,
    `${path} (${to}) is before ${fromPath} (${from})`,
  );
}
