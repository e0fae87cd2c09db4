// Reconciliation: heals a lost notification, whatever lost it. On start and every `intervalMs`
// the service reads the CMS's published offices and content versions (two small requests) and
//   - rebuilds each idle office whose live site is missing or was built from an older version;
//   - retires the live site of an office the CMS no longer publishes (deleted, unpublished or
//     renamed: a rename builds the new slug and retires the old one) and forgets its work.
// Offices that are waiting, building or retrying are left to the scheduler.
import type { Clock, TimerHandle } from "./clock.ts";
import { type ContentVersions, versionOf } from "./content-versions.ts";
import { errorFields, type Logger } from "./log.ts";

export interface OfficeView {
  /** Whether the office has a live release. */
  live: boolean;
  /** The content version its live release was built from, when known. */
  builtVersion: number | undefined;
  /** Nothing scheduled for it: not waiting, building or retrying. */
  idle: boolean;
}

export interface ReconcilePlan {
  rebuild: string[];
  retire: string[];
}

/** What to do, from the CMS's offices and versions and what the service holds. */
export function planReconcile(input: {
  cmsOffices: readonly string[];
  /**
   * The CMS listed offices it holds with an invalid slug: one of them may be an office this
   * service serves, so nothing is retired until they are fixed.
   */
  incomplete?: boolean;
  versions: ContentVersions;
  /** Every office the service holds anything for (live sites, history, queue). */
  held: readonly string[];
  view(slug: string): OfficeView;
}): ReconcilePlan {
  const inCms = new Set(input.cmsOffices);
  const rebuild = input.cmsOffices.filter((slug) => {
    const office = input.view(slug);
    if (!office.idle) return false;
    if (!office.live) return true;
    return (office.builtVersion ?? -1) < versionOf(input.versions, slug);
  });
  // An empty list is more likely a broken read than a CMS without offices: retire nothing then.
  const retire =
    inCms.size === 0 || input.incomplete
      ? []
      : [...new Set(input.held)].filter((slug) => !inCms.has(slug));
  return { rebuild: [...rebuild].sort(), retire: retire.sort() };
}

export interface ReconcilerOptions {
  clock: Clock;
  log: Logger;
  intervalMs: number;
  read(): Promise<{
    cmsOffices: readonly string[];
    incomplete?: boolean;
    versions: ContentVersions;
  }>;
  held(): Promise<readonly string[]>;
  view(slug: string): Promise<OfficeView>;
  rebuild(slugs: readonly string[]): void;
  retire(slug: string): Promise<void>;
}

export function createReconciler(options: ReconcilerOptions) {
  const { clock, log } = options;
  let timer: TimerHandle | undefined;
  let running: Promise<ReconcilePlan | undefined> | undefined;
  let stopped = false;

  async function once(): Promise<ReconcilePlan | undefined> {
    let plan: ReconcilePlan;
    try {
      const { cmsOffices, incomplete, versions } = await options.read();
      const held = await options.held();
      const views = new Map<string, OfficeView>();
      for (const slug of cmsOffices) views.set(slug, await options.view(slug));
      plan = planReconcile({
        cmsOffices,
        incomplete,
        versions,
        held,
        view: (slug) => views.get(slug)!,
      });
    } catch (error) {
      log.warn("reconcile.skipped", errorFields(error));
      return undefined;
    }
    if (stopped) return plan;
    for (const slug of plan.retire) {
      try {
        await options.retire(slug);
        log.info("office.retired", { office: slug });
      } catch (error) {
        log.error("office.retire_failed", { office: slug, ...errorFields(error) });
      }
    }
    if (plan.rebuild.length > 0) {
      log.info("reconcile.behind", { offices: plan.rebuild });
      options.rebuild(plan.rebuild);
    }
    return plan;
  }

  /** Runs a pass now (or joins the one running) and returns what it decided. */
  function run(): Promise<ReconcilePlan | undefined> {
    running ??= once().finally(() => {
      running = undefined;
    });
    return running;
  }

  function schedule(): void {
    if (stopped || options.intervalMs <= 0) return;
    timer = clock.setTimeout(() => {
      void run().finally(schedule);
    }, options.intervalMs);
  }

  return {
    run,
    start(): void {
      void run().finally(schedule);
    },
    async stop(): Promise<void> {
      stopped = true;
      clock.clearTimeout(timer);
      await running;
    },
  };
}
