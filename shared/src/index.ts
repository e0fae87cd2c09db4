/**
 * @mops/shared: the framework-free domain core. Content schemas (zod) and their types, the
 * server-side content rules, the opening-hours engine, Polish holidays and formatting, and
 * machine-readable exports of schedules. Nothing here reads the clock: time is a parameter.
 */
export * from "./calendar/index.ts";
export * from "./editorial/index.ts";
export * from "./export/index.ts";
export * from "./format/index.ts";
export * from "./holidays/index.ts";
export * from "./hours/index.ts";
export * from "./i18n/index.ts";
export * from "./protocol/index.ts";
export * from "./rules/index.ts";
export * from "./schemas/index.ts";
