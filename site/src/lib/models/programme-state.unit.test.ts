import { describe, expect, it } from "vitest";
import { programmeState } from "./programme-state.ts";

describe("programmeState", () => {
  it.each([
    { startsOn: undefined, endsOn: undefined, today: "2026-11-23", state: "active" },
    { startsOn: "2027-01-01", endsOn: undefined, today: "2026-11-23", state: "upcoming" },
    { startsOn: "2026-11-23", endsOn: undefined, today: "2026-11-23", state: "active" },
    { startsOn: "2019-10-01", endsOn: "2020-10-31", today: "2026-11-23", state: "ended" },
    { startsOn: undefined, endsOn: "2026-11-23", today: "2026-11-23", state: "active" },
    { startsOn: undefined, endsOn: "2026-11-22", today: "2026-11-23", state: "ended" },
  ])("$startsOn…$endsOn on $today is $state", ({ startsOn, endsOn, today, state }) => {
    expect(programmeState({ startsOn, endsOn }, today)).toBe(state);
  });
});
