import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  clockChangeInstantArb,
  GRID_MS,
  gridInstantArb,
  instantArb,
  scheduleArb,
  sundayNightScheduleArb,
} from "../../test-support/arbitraries.ts";
import { statusAt } from "./index.ts";
import type { Opening, Status } from "./types.ts";

type Closed = Extract<Status, { state: "closed" }>;
const isClosedWithNext = (s: Status): s is Closed & { next: Opening } =>
  s.state === "closed" && s.next !== undefined;
const isOpen = (s: Status): s is Exclude<Status, Closed> => s.state !== "closed";
const isClosedForGood = (s: Status): s is Closed => s.state === "closed" && s.next === undefined;

/** The status when it is of the kind a property is about; otherwise fast-check skips the run. */
function assume<S extends Status>(status: Status, kind: (s: Status) => s is S): S {
  fc.pre(kind(status));
  return status as S;
}

const MAX_PROBES = 2000;

/** Grid instants strictly between `from` and `to`: all of them, or the last MAX_PROBES and a spread. */
function probesBetween(from: number, to: number): number[] {
  const first = Math.floor(from / GRID_MS) * GRID_MS + GRID_MS;
  const count = Math.max(0, Math.ceil((to - first) / GRID_MS));
  if (count <= MAX_PROBES) return Array.from({ length: count }, (_, i) => first + i * GRID_MS);
  const step = Math.ceil(count / MAX_PROBES);
  const spread = Array.from({ length: MAX_PROBES }, (_, i) => first + i * step * GRID_MS);
  const last = Array.from({ length: MAX_PROBES }, (_, i) => to - (i + 1) * GRID_MS);
  return [...spread, ...last].filter((t) => t > from && t < to);
}

describe.each([
  ["any schedule, 2024–2027", scheduleArb, fc.oneof(instantArb, gridInstantArb), 300],
  ["Sunday nights, the clock-change nights", sundayNightScheduleArb, clockChangeInstantArb, 300],
])("statusAt properties: %s", (_name, schedules, instants, numRuns) => {
  it("reports a next opening that is open, with nothing open before it", () => {
    fc.assert(
      fc.property(schedules, instants, (schedule, at) => {
        const { next } = assume(statusAt(schedule, at), isClosedWithNext);
        expect(next.epochMs).toBeGreaterThan(at);
        expect(statusAt(schedule, next.epochMs).state).toBe(next.state);
        expect(statusAt(schedule, next.epochMs - 1).state).toBe("closed");
        for (const probe of probesBetween(at, next.epochMs)) {
          expect(statusAt(schedule, probe).state).toBe("closed");
        }
      }),
      { numRuns },
    );
  });

  it("reports an end of the open state that is later, with the state unchanged until it", () => {
    fc.assert(
      fc.property(schedules, instants, (schedule, at) => {
        const status = assume(statusAt(schedule, at), isOpen);
        expect(status.until.epochMs).toBeGreaterThan(at);
        expect(statusAt(schedule, status.until.epochMs - 1).state).toBe(status.state);
        expect(statusAt(schedule, status.until.epochMs).state).not.toBe(status.state);
        for (const probe of probesBetween(at, status.until.epochMs)) {
          expect(statusAt(schedule, probe).state).toBe(status.state);
        }
      }),
      { numRuns },
    );
  });
});

describe("statusAt properties", () => {
  it("finds no opening when it reports none, for the next 30 days", () => {
    fc.assert(
      fc.property(scheduleArb, gridInstantArb, (schedule, at) => {
        assume(statusAt(schedule, at), isClosedForGood);
        for (let t = at + GRID_MS; t < at + 30 * 86_400_000; t += GRID_MS) {
          expect(statusAt(schedule, t).state).toBe("closed");
        }
      }),
      { numRuns: 60 },
    );
  });
});
