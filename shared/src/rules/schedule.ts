import type { z } from "zod";
import { timeHint } from "../calendar/clock.ts";
import { joinPath, ScheduleError } from "../schemas/errors.ts";
import { scheduleInputSchema } from "../schemas/schedule.ts";
import { fieldLabel } from "./field-labels.ts";

/** A valid schedule in the domain shape, with the label and note editors wrote. */
export type ValidSchedule = z.output<typeof scheduleInputSchema>;

/** Where an issue sits, in Polish, e.g. `"Reguła 2"`, `"Sezon 1, reguła 3"`, `"Wyjątek 1"`. */
function placeOf(path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  const names: Record<string, string> = {
    rules: "reguła",
    seasons: "sezon",
    exceptions: "wyjątek",
  };
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i];
    const next = path[i + 1];
    if (typeof key === "string" && typeof next === "number" && names[key]) {
      parts.push(`${names[key]} ${next + 1}`);
    }
  }
  const text = parts.join(", ");
  return text ? `${text.charAt(0).toUpperCase()}${text.slice(1)}: ` : "";
}

const shown = (value: unknown): string =>
  typeof value === "string" ? `„${value}”` : (JSON.stringify(value) ?? "brak");

/** Turns one zod issue of the schedule input schema into a `ScheduleError`. */
function issueToError(issue: z.core.$ZodIssue): ScheduleError {
  const path = joinPath(issue.path);
  const place = placeOf(issue.path);
  const label = fieldLabel(issue.path);
  const params = (issue.code === "custom" ? issue.params : undefined) ?? {};
  if (typeof params.detail === "string")
    return new ScheduleError(path, issue.message, params.detail);
  if (params.kind === "unknown_day") {
    return new ScheduleError(
      path,
      `${place}nieznany dzień tygodnia „${String(params.day)}”`,
      `${path}: unknown day "${String(params.day)}"`,
    );
  }
  const input = "input" in issue ? issue.input : undefined;
  const last = issue.path.at(-1);
  if (
    issue.code === "invalid_value" &&
    typeof issue.path.at(-2) === "string" &&
    issue.path.at(-2) === "days"
  ) {
    return new ScheduleError(
      path,
      `${place}nieznany dzień tygodnia ${shown(input)}`,
      `${path}: unknown day ${JSON.stringify(input)}`,
    );
  }
  if (input === undefined || input === null) {
    return new ScheduleError(path, `${place}brak wymaganego pola „${label}”`, `${path}: required`);
  }
  const hint = last === "opens" || last === "closes" ? timeHint(input) : "";
  return new ScheduleError(
    path,
    `${place}nieprawidłowa wartość pola „${label}”: ${shown(input)}${hint}`,
    `${path}: ${issue.message} (got ${JSON.stringify(input)})`,
  );
}

/**
 * Every problem of a schedule as editors or fixtures write it (weekday booleans, `"HH:MM"` or
 * `"HH:MM:SS.mmm"`), structural first. Empty when the schedule is valid.
 */
export function scheduleErrors(input: unknown): ScheduleError[] {
  const result = scheduleInputSchema.safeParse(input, { reportInput: true });
  return result.success ? [] : result.error.issues.map(issueToError);
}

/**
 * Parses and checks a schedule as editors or fixtures write it and returns it in the domain
 * shape. The CMS calls it on every write; the engine relies on what it guarantees: every rule
 * has known days and closes after it opens, ranges of one day do not overlap, seasons do not
 * overlap, validity and exception dates are in order.
 * @throws {ScheduleError} the first problem, with `path` (e.g. `"rules[1].closes"`), a Polish
 *   `message` for the admin and an English `detail` for logs.
 */
export function validateSchedule(input: unknown): ValidSchedule {
  const result = scheduleInputSchema.safeParse(input, { reportInput: true });
  if (result.success) return result.data;
  throw issueToError(result.error.issues[0]!);
}
