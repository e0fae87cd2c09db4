import { ContentRuleError } from "../schemas/errors.ts";
import type { ServiceState } from "../schemas/service-status.ts";
import { checkDateRange } from "./date-range.ts";

type Entry = Readonly<Record<string, unknown>>;

const blank = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === "string" && value.trim() === "");

const isLimiting = (state: unknown): state is Exclude<ServiceState, "normal"> =>
  state === "limited" || state === "suspended";

/** Why a reason is needed, per state that needs one. */
const REASON_NEEDED: Readonly<Record<Exclude<ServiceState, "normal">, string>> = {
  limited:
    "Podaj powód, np. „remont pomieszczeń”: mieszkańcy zobaczą, że dział działa w ograniczonym zakresie, i powinni wiedzieć dlaczego",
  suspended:
    "Podaj powód, np. „awaria systemu”: mieszkańcy zobaczą, że działalność działu jest zawieszona, i powinni wiedzieć dlaczego",
};

/**
 * The rules of a department's service status: a status other than "działa normalnie" needs a
 * reason, and its end date is not before its start date. An end date in the past is allowed: it
 * is an expired status, which reads as "działa normalnie" (a rule against it would need today's
 * date and would refuse every later edit of the department until someone cleared the old dates).
 */
export function serviceStatusErrors(department: Entry): (ContentRuleError | undefined)[] {
  const state = department.serviceStatus;
  return [
    isLimiting(state) && blank(department.serviceStatusReason)
      ? new ContentRuleError(
          "serviceStatusReason",
          REASON_NEEDED[state],
          `serviceStatusReason is empty while serviceStatus is ${state}`,
        )
      : undefined,
    checkDateRange(
      department.serviceStatusFrom,
      department.serviceStatusUntil,
      "serviceStatusUntil",
      "serviceStatusFrom",
    ),
  ];
}
