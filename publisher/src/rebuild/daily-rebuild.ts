// The daily rebuild: once a day, at a set Warsaw wall-clock time (default 00:05), the offices are
// rebuilt so that what depends on the date is current without a publish: alerts and programme
// periods that start or end, departments' service statuses that start or expire, news that
// leaves the home page. With `select` (the nightly decision, nightly.ts) only the offices whose
// output would differ from their live release are rebuilt; without it, every office. When the
// office list or the decision's input cannot be read then, it tries again every few minutes.
import { fromWarsaw, toWarsaw } from "@mops/shared";
import type { Clock, TimerHandle } from "./clock.ts";
import { errorFields, type Logger } from "./log.ts";

const retryMs = 5 * 60_000;

/** The first instant after `now` at which Warsaw's clocks show `minutes` after midnight. */
export function nextDailyAt(now: number, minutes: number): number {
  const { day } = toWarsaw(now);
  for (let next = day; ; next += 1) {
    const at = fromWarsaw(next, minutes, now + 1);
    if (at > now) return at;
  }
}

export interface DailyRebuildOptions {
  clock: Clock;
  log: Logger;
  /** Minutes after Warsaw midnight. */
  minutes: number;
  offices(): Promise<readonly string[]>;
  /** Picks the offices to rebuild (and logs why); default: all of them. */
  select?(offices: readonly string[]): Promise<readonly string[]>;
  rebuild(offices: readonly string[]): void;
}

export function scheduleDailyRebuild(options: DailyRebuildOptions) {
  const { clock, log } = options;
  let timer: TimerHandle | undefined;
  let stopped = false;

  const arm = (at: number) => {
    if (stopped) return;
    timer = clock.setTimeout(() => void fire(), Math.max(0, at - clock.now()));
  };

  async function fire(): Promise<void> {
    try {
      const listed = await options.offices();
      const offices = options.select ? await options.select(listed) : listed;
      if (stopped) return;
      log.info("rebuild.daily", { offices, skipped: listed.length - offices.length });
      if (offices.length > 0) options.rebuild(offices);
      arm(nextDailyAt(clock.now(), options.minutes));
    } catch (error) {
      log.warn("rebuild.daily_deferred", { ...errorFields(error), retryInMs: retryMs });
      arm(clock.now() + retryMs);
    }
  }

  arm(nextDailyAt(clock.now(), options.minutes));
  return {
    stop(): void {
      stopped = true;
      clock.clearTimeout(timer);
    },
  };
}
