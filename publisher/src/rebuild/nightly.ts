// The nightly run's decision: which offices' output would differ from their live release. Each
// office's date state (content digest and date-dependent states, @mops/site/date-state) is
// computed for the new day and compared with the state its live release was built at; only the
// offices that differ are built, each with its reasons (`alert "…" expired`, `content changed`,
// `site code changed`, `no release yet`), and the others are skipped with a log line. Used by the service's daily run
// (daily-rebuild.ts) and by the CI's nightly plan (ci.ts).
import {
  type DateState,
  type DateStateOptions,
  kindOf,
  officeDateState,
  readDateInputs,
  type StateKind,
  siteCodeVersion,
} from "@mops/site/date-state";
import { z } from "zod";
import type { Logger } from "./log.ts";

export const dateStateSchema = z.object({
  content: z.string(),
  code: z.string().optional(),
  states: z.record(z.string(), z.string()),
});

export interface NightlyDecision {
  office: string;
  build: boolean;
  reasons: string[];
}

/** What a state's change reads as, by kind: `alert "…"` + ` expired`. */
const CHANGE_WORDS: Readonly<Record<StateKind, (after: string) => string>> = {
  alert: (after) => (after === "shown" ? "started" : "expired"),
  programme: (after) =>
    ({ active: "opened", ended: "ended", upcoming: "became upcoming" })[after] ?? `is ${after}`,
  "service status": (after) => (after === "normal" ? "ended" : `began (${after})`),
  "schedule validity": (after) => `became ${after}`,
  "schedule exceptions": () => "changed its listed exceptions",
  "home news": () => "changed",
  "holiday year": (after) => `became ${after}`,
  "dated items": () => "changed",
};

const titles = (value: string | undefined): string[] => {
  const parsed = z.array(z.string()).safeParse(JSON.parse(value ?? "[]"));
  return parsed.success ? parsed.data : [];
};

/** The home page's news that left and came, as reasons. */
function newsReasons(key: string, before: string | undefined, after: string): string[] {
  const [old, now] = [titles(before), titles(after)];
  const suffix = key.slice("home news".length);
  const left = old.filter((title) => !now.includes(title));
  const came = now.filter((title) => !old.includes(title));
  const reasons = [
    ...left.map((title) => `news "${title}"${suffix} left the home page`),
    ...came.map((title) => `news "${title}"${suffix} came onto the home page`),
  ];
  return reasons.length > 0 ? reasons : [`${key} changed order`];
}

function stateReasons(before: DateState, after: DateState): string[] {
  const reasons: string[] = [];
  const keys = [...new Set([...Object.keys(before.states), ...Object.keys(after.states)])];
  for (const key of keys) {
    const [old, now] = [before.states[key], after.states[key]];
    if (old === now) continue;
    if (now === undefined) reasons.push(`${key} is no longer listed`);
    else if (kindOf(key) === "home news") reasons.push(...newsReasons(key, old, now));
    else {
      const kind = kindOf(key);
      reasons.push(kind ? `${key} ${CHANGE_WORDS[kind](now)}` : `${key} became ${now}`);
    }
  }
  return reasons;
}

/** What is known of an office's live release: none, or the date state it was built at (if recorded). */
export type LiveRelease = { state: DateState | undefined } | undefined;

/** Whether an office must be built tonight, and why. */
export function decideNightly(
  office: string,
  release: LiveRelease,
  tonight: DateState,
): NightlyDecision {
  if (!release) return { office, build: true, reasons: ["no release yet"] };
  const live = release.state;
  if (!live)
    return { office, build: true, reasons: ["no date state recorded for the live release"] };
  const reasons = [
    ...((live.code ?? "") === (tonight.code ?? "") ? [] : ["site code changed"]),
    ...(live.content === tonight.content ? [] : ["content changed"]),
    ...stateReasons(live, tonight),
  ];
  return { office, build: reasons.length > 0, reasons };
}

export interface NightlyPlanDeps {
  log: Logger;
  /** Tonight's date state of each office; an office left out is built ("content not read"). */
  tonight(offices: readonly string[]): Promise<ReadonlyMap<string, DateState>>;
  /** The office's live release and the date state it was built at. */
  live(office: string): Promise<LiveRelease>;
}

/** Decides for each office and logs it; returns the offices to build. Throws when the CMS fails. */
export async function planNightly(
  deps: NightlyPlanDeps,
  offices: readonly string[],
): Promise<{ build: string[]; decisions: NightlyDecision[] }> {
  const states = await deps.tonight(offices);
  const decisions: NightlyDecision[] = [];
  for (const office of offices) {
    const tonight = states.get(office);
    const decision = tonight
      ? decideNightly(office, await deps.live(office), tonight)
      : { office, build: true, reasons: ["content not read"] };
    decisions.push(decision);
    if (decision.build) deps.log.info("nightly.build", { office, reasons: decision.reasons });
    else deps.log.info("nightly.skip", { office, reason: "no content change and no state flip" });
  }
  const build = decisions.filter((d) => d.build).map((d) => d.office);
  deps.log.info("nightly.planned", { offices: offices.length, build: build.length });
  return { build, decisions };
}

/**
 * How long a read of date states may take: a build waits for it before its release goes live,
 * and a failed read only costs an extra build some night, so it is not retried for long.
 */
const patience = { attempts: 2, timeoutMs: 10_000 };

/** Offices' date states from the CMS's content, read like a build reads it. */
export function cmsDateStates(
  strapi: { url: string; token?: string | undefined },
  options: DateStateOptions,
) {
  return async (offices: readonly string[], at: number): Promise<Map<string, DateState>> => {
    const inputs = await readDateInputs({
      strapiUrl: strapi.url,
      token: strapi.token ?? "",
      offices,
      ...patience,
    });
    const now = new Date(at);
    const code = await siteCodeVersion();
    return new Map(
      [...inputs].map(([slug, versions]) => [
        slug,
        { ...officeDateState(versions, now, options), code },
      ]),
    );
  };
}
