// A department's service status as residents read it: the state in words (not only colour), until
// when ("do 15 grudnia 2026", else "do odwołania") and why. Nothing when it works normally on the
// build day, so the daily rebuild drops an expired status; `endsAt` lets the open-now island hide
// the notice from the status's end instant when the page is older than that.
import { type Department, formatDate, serviceStatusOn } from "@mops/shared";

export interface ServiceStatusNotice {
  /** E.g. "Dział działa w ograniczonym zakresie". */
  word: string;
  /** The last day (ISO date), for `<time datetime>`; missing: "do odwołania". */
  until?: string;
  /** The last day in words, e.g. "15 grudnia 2026". */
  untilDate?: string;
  reason?: string;
  /** Epoch ms of the end (midnight after `until`, Warsaw), for the island. */
  endsAt?: number;
  /** `limited` or `suspended`, for the notice's style (the words carry the meaning). */
  state: "limited" | "suspended";
}

const WORDS = {
  limited: "Dział działa w ograniczonym zakresie",
  suspended: "Działalność działu jest zawieszona",
} as const;

export function serviceStatusNotice(
  department: Department,
  today: string,
): ServiceStatusNotice | undefined {
  const status = serviceStatusOn(department, today);
  if (status.state === "normal") return undefined;
  return {
    state: status.state,
    word: WORDS[status.state],
    ...(status.until ? { until: status.until, untilDate: formatDate(status.until) } : {}),
    ...(status.reason ? { reason: status.reason } : {}),
    ...(status.endsAt !== undefined ? { endsAt: status.endsAt } : {}),
  };
}

/** The notice as one plain sentence (or two), for data exports: "… do 30 listopada 2026. Powód: …". */
export function serviceStatusSentence(notice: ServiceStatusNotice): string {
  const until = notice.untilDate ? `do ${notice.untilDate}` : "do odwołania";
  return [`${notice.word} ${until}.`, notice.reason && `Powód: ${notice.reason}`]
    .filter(Boolean)
    .join(" ");
}
