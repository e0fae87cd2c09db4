// A programme as lists show it: title, summary, and its period with upcoming/active/ended state.
import { formatDateRange, type Programme } from "@mops/shared";
import { routes } from "../routes.ts";
import { type ProgrammeState, programmeState, STATE_LABELS } from "./programme-state.ts";

export interface ProgrammeSummaryView {
  title: string;
  href: string;
  summary: string;
  state?: { key: ProgrammeState; label: string };
  period?: string;
}

export function programmeSummary(programme: Programme, today: string): ProgrammeSummaryView {
  const dated = programme.startsOn !== undefined || programme.endsOn !== undefined;
  const key = programmeState(programme, today);
  return {
    title: programme.title,
    href: routes.programme(programme.slug),
    summary: programme.summary,
    ...(dated
      ? {
          state: { key, label: STATE_LABELS[key] },
          period: formatDateRange(programme.startsOn, programme.endsOn),
        }
      : {}),
  };
}
