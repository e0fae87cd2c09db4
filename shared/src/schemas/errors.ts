/**
 * A content rule the CMS enforces was broken. `message` is Polish, for the Strapi admin;
 * `detail` is English, for logs; `path` names the field, e.g. `"rules[1].closes"`.
 */
export class ContentRuleError extends Error {
  override name = "ContentRuleError";
  /** Field path in the entry, dots and `[index]`, e.g. `"incomeThresholds[0].amount"`. */
  readonly path: string;
  /** English description of the cause, for logs. */
  readonly detail: string;

  constructor(path: string, message: string, detail: string) {
    super(message);
    this.path = path;
    this.detail = detail;
  }

  /** The path split into keys and indexes, e.g. `["rules", 1, "closes"]` (Strapi's error `path`). */
  get pathSegments(): (string | number)[] {
    return pathSegments(this.path);
  }
}

/** A schedule is invalid: its hours cannot be evaluated without guessing. */
export class ScheduleError extends ContentRuleError {
  override name = "ScheduleError";
}

/** Splits `"rules[1].closes"` into `["rules", 1, "closes"]` (the `path` of a Strapi validation error). */
export function pathSegments(path: string): (string | number)[] {
  return (path.match(/[^.[\]]+/g) ?? []).map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** Joins keys and indexes back into a path, e.g. `["rules", 1, "closes"]` → `"rules[1].closes"`. */
export function joinPath(segments: readonly PropertyKey[]): string {
  let path = "";
  for (const segment of segments) {
    if (typeof segment === "number") path += `[${segment}]`;
    else path += path === "" ? String(segment) : `.${String(segment)}`;
  }
  return path;
}
