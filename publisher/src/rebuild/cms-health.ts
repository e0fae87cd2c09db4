// Watches whether the CMS answers (`GET /_health`, Strapi's own liveness route) every
// `intervalMs`. When it comes back after being unreachable, `onRecovered` runs at once, so
// offices that failed during the outage are rebuilt within seconds instead of at their next
// retry slot. The last answer is kept for /health; nothing here is asked per request.
import type { Clock, TimerHandle } from "./clock.ts";
import type { Logger } from "./log.ts";

export interface CmsHealthOptions {
  clock: Clock;
  log: Logger;
  intervalMs: number;
  /** Resolves when the CMS answers, rejects when it does not. */
  probe(): Promise<void>;
  onRecovered(): void;
}

export async function probeStrapi(strapiUrl: string, timeoutMs = 2_000): Promise<void> {
  const response = await fetch(new URL("/_health", strapiUrl), {
    signal: AbortSignal.timeout(timeoutMs),
  });
  await response.arrayBuffer();
  if (response.status >= 500) throw new Error(`Strapi answered ${response.status} to /_health`);
}

export function watchCms(options: CmsHealthOptions) {
  const { clock, log } = options;
  let reachable: boolean | undefined;
  let since = clock.now();
  let timer: TimerHandle | undefined;
  let stopped = false;

  async function check(): Promise<void> {
    const ok = await options.probe().then(
      () => true,
      () => false,
    );
    if (stopped) return;
    if (ok !== reachable) {
      const was = reachable;
      reachable = ok;
      since = clock.now();
      if (!ok) log.warn("cms.unreachable", {});
      else if (was === false) {
        log.info("cms.recovered", {});
        options.onRecovered();
      }
    }
    timer = clock.setTimeout(() => void check(), options.intervalMs);
  }

  void check();

  return {
    /** undefined until the first probe has answered. */
    reachable: () => reachable,
    since: () => since,
    stop(): void {
      stopped = true;
      clock.clearTimeout(timer);
    },
  };
}

export type CmsWatch = ReturnType<typeof watchCms>;
