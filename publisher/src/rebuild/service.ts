// The rebuild service, assembled: configuration → office directory, releases, builder, scheduler,
// state file and HTTP API. `startRebuildService` returns once it listens; `stop` aborts running
// builds (their offices stay pending in the state file) and closes the server.
import { once } from "node:events";
import { mkdir } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join, resolve } from "node:path";
import { createVerifier } from "@mops/shared/protocol/signature";
import { localBuildRun, relayRun } from "./build-runs.ts";
import { type Clock, systemClock, type TimerHandle } from "./clock.ts";
import { createCommandBuilder } from "./command-builder.ts";
import type { RebuildConfig } from "./config.ts";
import { createHistory } from "./history.ts";
import { createApi } from "./http-api.ts";
import { errorFields, type Logger } from "./log.ts";
import { type OfficeDirectory, staticDirectory, strapiDirectory } from "./offices.ts";
import { createReleases } from "./releases.ts";
import { createScheduler } from "./scheduler.ts";
import { createStateWriter, loadState } from "./state-file.ts";
import { createWarmBuilder } from "./warm-builder.ts";

const initialRetryMs = 5_000;

export interface ServiceDeps {
  log: Logger;
  clock?: Clock;
  /** Environment of the build command (STRAPI_URL, STRAPI_TOKEN, …); default: this process's. */
  buildEnv?: NodeJS.ProcessEnv;
  /** Working directory of the build command; default: this process's. */
  buildCwd?: string;
  /** Driver options for the warm build server (e.g. --cache, --now); default none. */
  warmDriverArgs?: readonly string[];
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
      ? strapiDirectory({ url: config.strapi?.url ?? "", token: config.strapi?.token })
      : staticDirectory(config.offices);

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
      builder,
      releases,
      requiredFile: config.requiredFile,
      keep: config.keepReleases,
    });
  } else {
    run = relayRun({ clock, log, history, relay: config.build.relay });
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
    run,
    onChange: () => {
      writer.save().catch((error: unknown) => log.error("state.write_failed", errorFields(error)));
    },
  });
  const writer = createStateWriter(statePath, () => ({
    version: 1,
    pending: scheduler.pending(),
    offices: history.all(),
  }));

  async function status() {
    const known = await directory.list().catch(() => [] as readonly string[]);
    const slugs = [...new Set([...known, ...Object.keys(history.all()), ...scheduler.pending()])];
    const offices: Record<string, unknown> = {};
    for (const slug of slugs.sort()) {
      const due = scheduler.dueAt(slug);
      offices[slug] = {
        phase: scheduler.phaseOf(slug),
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
    return { mode: config.build.mode, pending: scheduler.pending(), offices };
  }

  const api = createApi({
    clock,
    log,
    maxBodyBytes: config.maxBodyBytes,
    toleranceSeconds: config.timestampToleranceS,
    verify: createVerifier(config.secret, config.timestampToleranceS),
    directory,
    enqueue: (offices) => scheduler.enqueue(offices),
    status,
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
  if (missing.length > 0) log.info("rebuild.initial", { offices: missing });
  scheduler.enqueue([...new Set([...state.pending, ...missing])]);
  log.info("rebuild.listening", { url, mode: config.build.mode, dataDir });

  return {
    url,
    port,
    dataDir,
    releases,
    status,
    enqueue: (offices: readonly string[]) => scheduler.enqueue(offices),
    idle: () => scheduler.idle(),
    async stop(): Promise<void> {
      stopped = true;
      clock.clearTimeout(initialTimer);
      server.close();
      server.closeAllConnections();
      await scheduler.stop();
      await closeBuilder();
      await writer.save();
      log.info("rebuild.stopped", { pending: scheduler.pending() });
    },
  };
}

export type RebuildService = Awaited<ReturnType<typeof startRebuildService>>;
