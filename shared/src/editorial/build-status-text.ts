// An office's build status in the editor's words, for the admin's homepage widget and edit-view
// panel: "w kolejce", "buduje się", "opublikowano o 10:42:05 (1,4 s)", or why the last build
// failed, naming the entry and field when the build said which, and that the previous version
// stays online. Times are Warsaw wall-clock; `now` decides whether the day must be said.
import { civilFromDays } from "../calendar/days.ts";
import { toWarsaw } from "../calendar/warsaw-time.ts";
import { MONTHS_GENITIVE } from "../format/phrases.ts";
import type { BuildState, OfficeStatus } from "../protocol/office-status.ts";

export const PREVIOUS_VERSION_STAYS = "Poprzednia wersja strony pozostaje w sieci.";

/** The site's content types as the admin names them. */
export const CONTENT_TYPE_LABELS: Readonly<Record<string, string>> = {
  office: "Ośrodek",
  department: "Dział",
  schedule: "Harmonogram",
  programme: "Program",
  "news-post": "Aktualność",
};

const STATE_HEADLINES: Readonly<Record<Exclude<BuildState, "published" | "failed">, string>> = {
  idle: "jeszcze nie opublikowano",
  queued: "w kolejce",
  building: "buduje się",
};

const pad = (value: number) => String(value).padStart(2, "0");

/** "o 10:42:05" in Warsaw time; "3 grudnia o 10:42:05" when not on the day of `nowMs`. */
export function formatBuildTime(atMs: number, nowMs: number): string {
  const at = toWarsaw(atMs);
  const seconds = Math.floor(at.msOfDay / 1000);
  const time = `${Math.floor(seconds / 3600)}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
  if (at.day === toWarsaw(nowMs).day) return `o ${time}`;
  const [, month, day] = civilFromDays(at.day);
  return `${day}\u00a0${MONTHS_GENITIVE[month - 1]} o ${time}`;
}

/** "0,4 s", "1,4 s", "59,9 s", "2 min 5 s": a duration as Polish writes it. */
export function formatBuildDuration(durationMs: number): string {
  const tenths = Math.round(durationMs / 100);
  if (tenths < 600) return `${Math.floor(tenths / 10)},${tenths % 10}\u00a0s`;
  const seconds = Math.round(durationMs / 1000);
  return `${Math.floor(seconds / 60)}\u00a0min ${seconds % 60}\u00a0s`;
}

const VALIDATION = /(?:^|\s)([a-z-]+) (\S+): field "([^"]+)": ([^\n]*)/;

/** The build's reason in Polish: the entry and field when the build named them. */
export function failureReason(failure: NonNullable<OfficeStatus["failure"]>): string {
  const text = `${failure.error}\n${failure.cause ?? ""}`;
  const match = VALIDATION.exec(text);
  if (match) {
    const [, type = "", documentId, field, problem] = match;
    const label = CONTENT_TYPE_LABELS[type] ?? type;
    return `wpis „${label}” (${documentId}), pole „${field}”: ${problem}`;
  }
  return failure.error;
}

export interface BuildStatusText {
  /** One short line: "opublikowano o 10:42:05 (1,4 s)". */
  headline: string;
  /** For a failure: the reason and that the previous version stays online. */
  detail?: string;
}

export function buildStatusText(status: OfficeStatus, nowMs: number): BuildStatusText {
  if (status.state === "failed" && status.failure) {
    return {
      headline: `nie opublikowano (próba ${formatBuildTime(Date.parse(status.failure.at), nowMs)})`,
      detail: `Błąd budowania: ${failureReason(status.failure)}. ${PREVIOUS_VERSION_STAYS}`,
    };
  }
  if (status.state === "published" && status.published) {
    const { at, durationMs } = status.published;
    const time = formatBuildTime(Date.parse(at), nowMs);
    return { headline: `opublikowano ${time} (${formatBuildDuration(durationMs)})` };
  }
  if (status.state === "failed" || status.state === "published") {
    return { headline: STATE_HEADLINES.idle };
  }
  return { headline: STATE_HEADLINES[status.state] };
}
