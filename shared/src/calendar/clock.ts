// Wall-clock times of day: `"HH:MM"` (the stored form), minutes after midnight, and the way
// Polish offices write them.

/** `"07:30"` → `"7:30"`: hours without a leading zero, as Polish offices write them. */
export function formatTime(hhmm: string): string {
  return hhmm.charCodeAt(0) === 48 && hhmm.length === 5 ? hhmm.slice(1) : hhmm;
}

/** Minutes after midnight → `"HH:MM"` (zero-padded, the stored form). */
export function minutesToHhmm(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${h < 10 ? "0" : ""}${h}:${m < 10 ? "0" : ""}${m}`;
}

/** `"HH:MM"` → minutes after midnight (`"24:00"`, the end of the day, is 1440); `NaN` when malformed. */
export function hhmmToMinutes(hhmm: string): number {
  if (!/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/.test(hhmm)) return Number.NaN;
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

/**
 * The `"HH:MM"` an editor most likely meant by a malformed time (`"9:00"`, `"9.00"`, `"900"` →
 * `"09:00"`), or `undefined` when none is recognisable.
 */
export function suggestHhmm(value: string): string | undefined {
  const match = /^\s*(\d{1,2})\s*[:.,\s]?\s*(\d{2})\s*$/.exec(value);
  if (!match) return undefined;
  const guess = `${match[1]!.padStart(2, "0")}:${match[2]}`;
  return Number.isNaN(hhmmToMinutes(guess)) ? undefined : guess;
}

/** The hint after a malformed time in Polish messages: the likely fix, or the expected form. */
export function timeHint(value: unknown): string {
  const guess = typeof value === "string" ? suggestHhmm(value) : undefined;
  return guess && guess !== value
    ? ` (oczekiwano GG:MM, np. „${guess}”)`
    : " (oczekiwano GG:MM, np. „09:00”)";
}
