import { z } from "zod";
import { dayOfIsoDate, fromWarsaw } from "../calendar/index.ts";
import { isoDate, optional, optionalText } from "./fields.ts";

/**
 * A department's service status (LocalGov Drupal's "service status"): whether it works as usual,
 * in a limited way or not at all, why, and until which day. Stored as flat fields of the
 * department: the state and dates are the same in every language, the reason is translated.
 */

/**
 * The states, as stored. `normal` is the default and is never shown to residents. The admin's
 * labels are in cms/src/schema/enum-labels.ts, the residents' words in the site's notice model.
 */
export const SERVICE_STATES = ["normal", "limited", "suspended"] as const;
export type ServiceState = (typeof SERVICE_STATES)[number];

/** The service-status fields of a department as Strapi 5 REST returns them. */
export const serviceStatusFields = {
  /** How the department works; missing (an entry saved before the field existed) reads as `normal`. */
  serviceStatus: z
    .enum(SERVICE_STATES)
    .nullish()
    .transform((value) => value ?? "normal"),
  /** Why it does not work normally (Polish text, translated). */
  serviceStatusReason: optionalText(),
  /** First day of the status (inclusive); missing: already in force. */
  serviceStatusFrom: optional(isoDate()),
  /** Last day of the status (inclusive); the day after, the department works normally again. Missing: until changed. */
  serviceStatusUntil: optional(isoDate()),
};

/** What a department's service-status fields hold after parsing. */
export interface ServiceStatusFields {
  readonly serviceStatus: ServiceState;
  readonly serviceStatusReason?: string | undefined;
  readonly serviceStatusFrom?: string | undefined;
  readonly serviceStatusUntil?: string | undefined;
}

/** The status in force on a day. */
export type ServiceStatusOnDay =
  | { readonly state: "normal" }
  | {
      readonly state: Exclude<ServiceState, "normal">;
      readonly reason?: string | undefined;
      /** Last day in force (inclusive), when set. */
      readonly until?: string | undefined;
      /** The instant it ends (midnight after `until`, Warsaw time), epoch ms, when set. */
      readonly endsAt?: number | undefined;
    };

const NORMAL: ServiceStatusOnDay = { state: "normal" };

/**
 * The department's status on `day` (`YYYY-MM-DD`, Warsaw): its own state between
 * `serviceStatusFrom` and `serviceStatusUntil` (both inclusive, either may be missing), otherwise
 * `normal`. So a status expires by itself: the day after its end date it reads as normal.
 */
export function serviceStatusOn(department: ServiceStatusFields, day: string): ServiceStatusOnDay {
  const { serviceStatus: state, serviceStatusFrom: from, serviceStatusUntil: until } = department;
  if (state === "normal") return NORMAL;
  if (from !== undefined && day < from) return NORMAL;
  if (until !== undefined && day > until) return NORMAL;
  return {
    state,
    reason: department.serviceStatusReason,
    until,
    endsAt: until === undefined ? undefined : fromWarsaw(dayOfIsoDate(until) + 1, 0),
  };
}
