/**
 * Libraries that evaluate schedules in the process's local time (opening_hours) need the
 * process in Europe/Warsaw. Import this module first in such a test file: Node applies a
 * changed `TZ` at once. The engine itself never reads the process time zone.
 */
// shared/ is typed without Node globals; this test helper is the one place that needs one.
declare const process: { env: Record<string, string | undefined> };

process.env.TZ = "Europe/Warsaw";

if (new Date(Date.UTC(2025, 6, 1, 12)).getHours() !== 14) {
  throw new Error("could not switch the process time zone to Europe/Warsaw");
}
