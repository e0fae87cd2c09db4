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

/** `"HH:MM"` → minutes after midnight; `NaN` when malformed. */
export function hhmmToMinutes(hhmm: string): number {
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(hhmm)) return Number.NaN;
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}
