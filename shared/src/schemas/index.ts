export * from "./components.ts";
export * from "./department.ts";
export * from "./document.ts";
export { ContentRuleError, joinPath, pathSegments, ScheduleError } from "./errors.ts";
export {
  amount,
  isoDate,
  isoDateTime,
  MONTH_DAY_PATTERN,
  TIME_PATTERN,
  time,
} from "./fields.ts";
export * from "./media.ts";
export * from "./news-post.ts";
export * from "./office.ts";
export * from "./programme.ts";
export * from "./schedule.ts";
export { assertValidHours, scheduleProblems } from "./schedule-checks.ts";
export * from "./service-status.ts";
export * from "./strapi.ts";
