// The rebuild service, assembled: configuration → office directory, releases, builder, scheduler,
// state file, CMS watch, reconciler and HTTP API. `startRebuildService` returns once it listens;
// `stop` aborts running builds (their offices stay pending in the state file) and closes the
// server. What a restart resumes: pending offices and offices waiting for a retry.
import { once } from "node:events";
import { mkdir } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join, resolve } from "node:path";
import {
  createVerifier,
  officeStatusAuthorized,
  operatorStatusAuthorized,
} from "@mops/shared/protocol/signature";
import { dateStateOptionsFrom } from "@mops/site/date-state";
import { localBuildRun, relayRun } from "./build-runs.ts";
import { type Clock, systemClock, type TimerHandle } from "./clock.ts";
import { type CmsWatch, probeStrapi, watchCms } from "./cms-health.ts";
import { createCommandBuilder } from "./command-builder.ts";
import type { RebuildConfig } from "./config.ts";
import { fetchContentVersions } from "./content-versions.ts";
import { scheduleDailyRebuild } from "./daily-rebuild.ts";
import { createHistory } from "./history.ts";
import { createApi } from "./http-api.ts";
import { errorFields, type Logger } from "./log.ts";
import { cmsDateStates, planNightly } from "./nightly.ts";
import { officeStatusOf } from "./office-status.ts";
import { type OfficeDirectory, staticDirectory, strapiDirectory } from "./offices.ts";
import { reportingPublished } from "./published-hook.ts";
import { createReconciler } from "./reconcile.ts";
import { createReleases } from "./releases.ts";
import { createScheduler, type Retry } from "./scheduler.ts";
import { createStateWriter, loadState } from "./state-file.ts";
import { createWarmBuilder } from "./warm-builder.ts";

const initialRetryMs = 5_000;
/** Builds failed in a row after which /health reports the office. */
const failingAfter = 3;

export interface ServiceDeps {
  log: Logger;
  clock?: Clock;
  /** Environment of the build command (STRAPI_URL, STRAPI_TOKEN, …); default: this process's. */
  buildEnv?: NodeJS.ProcessEnv;
  /** Working directory of the build command; default: this process's. */
  buildCwd?: string;
  /** Driver options for the warm build server (e.g. --cache, --now); default none. */
  warmDriverArgs?: readonly string[];
  /** Called after a batch with the offices whose build succeeded (e.g. to rebuild the portal). */
  onPublished?: (offices: readonly string[]) => void;
}

export async function startRebuildService(config: RebuildConfig, deps: ServiceDeps) {
  const clock = deps.clock ?? systemClock;
  const { log } = deps;
  const dataDir = resolve(config.dataDir);
  await mkdir(dataDir, { recursive: true });
  const statePath = join(dataDir, "state.json");
  const state = await loadState(statePath);
  const history = createHistory(state.offices);
  const releases = createReleases(dataDir);
  await releases.clearStaging();

  const directory: OfficeDirectory =
    config.offices === "strapi"
      ? strapiDirectory({
          url: config.strapi?.url ?? "",
          token: config.strapi?.token,
          onInvalid: (count) => log.warn("offices.invalid_slugs", { count }),
        })
      : staticDirectory(config.offices);
  const strapi = config.strapi;
  const versions = strapi
    ? () => fetchContentVersions(strapi.url, strapi.token)
    : () => Promise.resolve(undefined);
  // The nightly decision (nightly.ts): each release keeps its date state; the daily run builds
  // only the offices whose state tonight differs. Needs the CMS and local releases.
  const dateStates =
    strapi && config.build.mode === "local" && config.nightly === "changed"
      ? cmsDateStates(strapi, dateStateOptionsFrom(deps.buildEnv ?? process.env))
      : undefined;

  let run: Parameters<typeof createScheduler>[0]["run"];
  let closeBuilder = (): Promise<void> => Promise.resolve();
  let maxBatch = config.maxBatch;
  if (config.build.mode === "local") {
    const builder = config.build.warm
      ? createWarmBuilder({
          cwd: resolve(deps.buildCwd ?? "."),
          env: deps.buildEnv,
          timeoutMs: config.buildTimeoutMs,
          recycleMib: config.build.warm.recycleMib,
          servers: config.concurrency,
          driverArgs: deps.warmDriverArgs,
          log,
        })
      : createCommandBuilder({
          command: config.build.command,
          timeoutMs: config.buildTimeoutMs,
          cwd: deps.buildCwd,
          env: deps.buildEnv,
          log,
        });
    closeBuilder = () => builder.close?.() ?? Promise.resolve();
    maxBatch = Math.min(maxBatch, builder.maxBatch);
    run = localBuildRun({
      clock,
      log,
      history,
      versions,
      builder,
      releases,
      requiredFile: config.requiredFile,
      keep: config.keepReleases,
      dateStates,
    });
  } else {
    run = relayRun({ clock, log, history, versions, relay: config.build.relay });
  }

  const scheduler = createScheduler({
    clock,
    log,
    debounceMs: config.debounceMs,
    maxWaitMs: config.maxWaitMs,
    leadingEdge: config.leadingEdge,
    concurrency: config.concurrency,
    maxBatch,
    retryFailedMs: config.retryFailedMs,
    run: reportingPublished(run, deps.onPublished),
    onChange: () => {
      writer.save().catch((error: unknown) => log.error("state.write_failed", errorFields(error)));
    },
  });
  const writer = createStateWriter(statePath, () => ({
    version: 2,
    pending: scheduler.pending(),
    retrying: Object.fromEntries(
      Object.entries(scheduler.retries()).map(([slug, retry]) => [
        slug,
        { failures: retry.failures, retryAt: new Date(retry.retryAt).toISOString() },
      ]),
    ),
    offices: history.all(),
  }));
  const restored: Record<string, Retry> = Object.fromEntries(
    Object.entries(state.retrying).map(([slug, retry]) => [
      slug,
      { failures: retry.failures, retryAt: Date.parse(retry.retryAt) },
    ]),
  );

  // The offices the service serves or has work for: what retiring an office takes away.
  async function heldOffices(): Promise<string[]> {
    const live = config.build.mode === "local" ? await releases.liveSlugs() : [];
    return [
      ...new Set([...live, ...scheduler.pending(), ...Object.keys(scheduler.retries())]),
    ].sort();
  }

  async function knownSlugs(): Promise<string[]> {
    return [
      ...new Set([
        ...(directory.cached() ?? []),
        ...Object.keys(history.all()),
        ...(await heldOffices()),
      ]),
    ];
  }

  async function officeStatus(slug: string) {
    if (!(await knownSlugs()).includes(slug)) return undefined;
    return officeStatusOf(slug, scheduler.phaseOf(slug), history.of(slug));
  }

  async function status() {
    const slugs = await knownSlugs();
    const offices: Record<string, unknown> = {};
    for (const slug of slugs.sort()) {
      const due = scheduler.dueAt(slug);
      offices[slug] = {
        phase: scheduler.phaseOf(slug),
        failures: scheduler.failures(slug),
        ...(due !== undefined ? { dueAt: new Date(due).toISOString() } : {}),
        ...(config.build.mode === "local"
          ? {
              liveRelease: (await releases.live(slug)) ?? null,
              releases: await releases.list(slug),
            }
          : {}),
        ...history.of(slug),
      };
    }
    return {
      mode: config.build.mode,
      cms: cmsReachability(),
      pending: scheduler.pending(),
      retrying: Object.keys(scheduler.retries()),
      offices,
    };
  }

  let cms: CmsWatch | undefined;
  function cmsReachability(): "reachable" | "unreachable" | "unknown" | "not watched" {
    if (!cms) return "not watched";
    const reachable = cms.reachable();
    if (reachable === undefined) return "unknown";
    return reachable ? "reachable" : "unreachable";
  }

  function problems(): string[] {
    const found: string[] = [];
    if (cms?.reachable() === false) {
      found.push(`the CMS has not answered since ${new Date(cms.since()).toISOString()}`);
    }
    const failing = Object.entries(history.all())
      .filter(([, office]) => office.consecutiveFailures >= failingAfter)
      .map(([slug, office]) => `${slug} (${office.consecutiveFailures} failed builds in a row)`);
    if (failing.length > 0) found.push(`offices failing: ${failing.join(", ")}`);
    return found;
  }

  const reconciler = strapi
    ? createReconciler({
        clock,
        log,
        intervalMs: config.reconcileMs,
        read: async () => ({
          cmsOffices: await directory.list(),
          incomplete: directory.invalid() > 0,
          versions: await fetchContentVersions(strapi.url, strapi.token),
        }),
        held: heldOffices,
        view: async (slug) => ({
          live: config.build.mode !== "local" || (await releases.live(slug)) !== undefined,
          builtVersion: history.of(slug)?.lastSuccess?.contentVersion,
          idle: scheduler.phaseOf(slug) === "idle" || scheduler.phaseOf(slug) === "failed",
        }),
        rebuild: (slugs) => scheduler.enqueue(slugs),
        retire: async (slug) => {
          scheduler.forget(slug);
          history.forget(slug);
          if (config.build.mode === "local") await releases.retire(slug);
          await writer.save();
        },
      })
    : undefined;

  const api = createApi({
    clock,
    log,
    maxBodyBytes: config.maxBodyBytes,
    toleranceSeconds: config.timestampToleranceS,
    verify: createVerifier(config.secret, config.timestampToleranceS),
    directory,
    accept: async (offices) => {
      scheduler.enqueue(offices);
      await writer.save();
    },
    // An office renamed or deleted a moment ago: the reconciler retires its site now.
    onUnknown: () => void reconciler?.run(),
    status,
    operatorAuthorized: (authorization) => operatorStatusAuthorized(config.secret, authorization),
    statusAuthorized: (slug, authorization) =>
      officeStatusAuthorized(config.secret, slug, authorization),
    officeStatus,
    problems,
  });
  const server = createServer((request, response) => {
    void api(request, response);
  });
  server.requestTimeout = 30_000;
  server.listen(config.port, config.host);
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.host}:${port}`;

  // Work left from the previous run and offices that have never been built, in one go (one
  // batch). When the office list cannot be read yet (the CMS is not up), the missing offices are
  // asked for again every few seconds until it can.
  let initialTimer: TimerHandle | undefined;
  let stopped = false;
  async function missingOffices(): Promise<string[] | undefined> {
    if (!config.buildOnStart || config.build.mode !== "local") return [];
    try {
      const missing: string[] = [];
      for (const slug of await directory.list()) {
        if ((await releases.live(slug)) === undefined) missing.push(slug);
      }
      return missing.filter((slug) => !scheduler.pending().includes(slug));
    } catch (error) {
      if (stopped) return undefined;
      log.warn("rebuild.initial_deferred", { ...errorFields(error), retryInMs: initialRetryMs });
      initialTimer = clock.setTimeout(async () => {
        const missing = await missingOffices();
        if (missing && missing.length > 0 && !stopped) {
          log.info("rebuild.initial", { offices: missing });
          scheduler.enqueue(missing);
        }
      }, initialRetryMs);
      return undefined;
    }
  }
  const missing = (await missingOffices()) ?? [];
  if (state.pending.length > 0) log.info("rebuild.resumed", { offices: state.pending });
  if (Object.keys(restored).length > 0) {
    log.info("rebuild.retries_resumed", { offices: Object.keys(restored) });
  }
  if (missing.length > 0) log.info("rebuild.initial", { offices: missing });
  scheduler.restoreRetries(restored);
  scheduler.enqueue([...new Set([...state.pending, ...missing])]);
  await writer.save();
  if (strapi && config.cmsProbeMs > 0) {
    cms = watchCms({
      clock,
      log,
      intervalMs: config.cmsProbeMs,
      probe: () => probeStrapi(strapi.url),
      onRecovered: () => {
        const due = scheduler.retryNow();
        if (due.length > 0) log.info("rebuild.retry_now", { offices: due });
        void reconciler?.run();
      },
    });
  }
  reconciler?.start();
  const daily =
    config.dailyAtMinutes === undefined
      ? undefined
      : scheduleDailyRebuild({
          clock,
          log,
          minutes: config.dailyAtMinutes,
          offices: () => directory.list(),
          ...(dateStates
            ? {
                select: async (offices: readonly string[]) =>
                  (
                    await planNightly(
                      {
                        log,
                        tonight: (slugs) => dateStates(slugs, clock.now()),
                        live: (slug) => releases.liveDateState(slug),
                      },
                      offices,
                    )
                  ).build,
              }
            : {}),
          rebuild: (offices) => scheduler.enqueue(offices),
        });
  log.info("rebuild.listening", { url, mode: config.build.mode, dataDir });

  return {
    url,
    port,
    dataDir,
    releases,
    status,
    enqueue: (offices: readonly string[]) => scheduler.enqueue(offices),
    idle: () => scheduler.idle(),
    reconcile: () => reconciler?.run(),
    async stop(): Promise<void> {
      stopped = true;
      clock.clearTimeout(initialTimer);
      cms?.stop();
      daily?.stop();
      server.close();
      server.closeAllConnections();
      await reconciler?.stop();
      await scheduler.stop();
      await closeBuilder();
      await writer.save();
      log.info("rebuild.stopped", {
        pending: scheduler.pending(),
        retrying: Object.keys(scheduler.retries()),
      });
    },
  };
}

export type RebuildService = Awaited<ReturnType<typeof startRebuildService>>;
