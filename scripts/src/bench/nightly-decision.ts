// The nightly run's decision at N offices (publisher/src/rebuild/nightly.ts): the releases are
// built at the bench's instant (--now); then for NIGHTS nights in a row, each office's date state
// is read from the running CMS and compared with the previous one (as if each night's builds had
// succeeded); reports how many offices
// each night would rebuild, why, and the decision's wall time (reading the CMS included). The
// content does not change between nights here: what is rebuilt is what the date alone changes.
import { cmsDateStates, decideNightly } from "@mops/publisher";
import { fromWarsaw, toWarsaw, warsawDate } from "@mops/shared";

export const NIGHTS = 7;

export interface NightResult {
  /** Warsaw date of the night's 00:05 run. */
  date: string;
  rebuilt: number;
  seconds: number;
  /** Reasons with their quoted names left out (`alert "…" expired`), with how many offices. */
  reasons: Array<{ reason: string; offices: number }>;
}

/** 00:05 Warsaw time of the `index`-th night after `start` (the first: the next day's). */
function nightAt(start: number, index: number): number {
  return fromWarsaw(toWarsaw(start).day + index, 5);
}

export async function measureNightly(options: {
  url: string;
  token: string;
  offices: readonly string[];
  now: string;
  nights?: number;
}): Promise<NightResult[]> {
  const states = cmsDateStates({ url: options.url, token: options.token }, {});
  const start = Date.parse(options.now);
  let recorded = await states(options.offices, start);
  const results: NightResult[] = [];
  for (let index = 1; index <= (options.nights ?? NIGHTS); index += 1) {
    const at = nightAt(start, index);
    const began = performance.now();
    const tonight = await states(options.offices, at);
    const decisions = options.offices.map((office) => {
      const state = tonight.get(office);
      const live = recorded.get(office);
      if (!state) return { office, build: true, reasons: ["content not read"] };
      return decideNightly(office, live ? { state: live } : undefined, state);
    });
    const seconds = (performance.now() - began) / 1000;
    const counts = new Map<string, number>();
    for (const decision of decisions) {
      const kinds = new Set(decision.reasons.map((reason) => reason.replace(/"[^"]*"/g, "…")));
      for (const kind of kinds) counts.set(kind, (counts.get(kind) ?? 0) + 1);
    }
    results.push({
      date: warsawDate(new Date(at)),
      rebuilt: decisions.filter((decision) => decision.build).length,
      seconds,
      reasons: [...counts]
        .map(([reason, offices]) => ({ reason, offices }))
        .sort((a, b) => b.offices - a.offices || a.reason.localeCompare(b.reason)),
    });
    recorded = tonight;
  }
  return results;
}
