// Where a programme's period stands on the build's day: upcoming, active or ended.
import type { Programme } from "@mops/shared";

export type ProgrammeState = "upcoming" | "active" | "ended";

export const STATE_LABELS: Readonly<Record<ProgrammeState, string>> = {
  upcoming: "wkrótce",
  active: "trwa",
  ended: "zakończony",
};

/**
 * The state on `today` ("YYYY-MM-DD", Warsaw). Both ends are inclusive; a programme without an
 * end is active from its start on. ISO dates compare as strings.
 */
export function programmeState(
  programme: Pick<Programme, "startsOn" | "endsOn">,
  today: string,
): ProgrammeState {
  if (programme.startsOn !== undefined && today < programme.startsOn) return "upcoming";
  if (programme.endsOn !== undefined && today > programme.endsOn) return "ended";
  return "active";
}
