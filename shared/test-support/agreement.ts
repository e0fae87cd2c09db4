import { statusAt } from "../src/hours/index.ts";
import type { ScheduleHours } from "../src/schemas/schedule.ts";

/**
 * Throws at the first probed instant where an export's evaluator (`openAt`) and the engine
 * disagree on whether `schedule` is open, naming the instant and both answers.
 */
export function assertSameOpenInstants(
  name: string,
  schedule: ScheduleHours,
  openAt: (epochMs: number) => boolean,
  probes: { from: number; to: number; stepMs: number },
): void {
  for (let t = probes.from; t < probes.to; t += probes.stepMs) {
    const engineOpen = statusAt(schedule, t).state !== "closed";
    if (openAt(t) !== engineOpen) {
      throw new Error(`${new Date(t).toISOString()}: engine ${engineOpen}, ${name} ${!engineOpen}`);
    }
  }
}
