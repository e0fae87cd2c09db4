// What "build these offices" means in each mode. Local: run the build command into a staging
// directory, check each office's output, move it into a new release and switch the live pointer,
// then prune old releases. Relay: dispatch one GitHub Actions run per office. Either way each
// office's outcome is recorded; a failure leaves its live release untouched.
import { mkdir, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import type { DateState } from "@mops/site/date-state";
import type { Clock } from "./clock.ts";
import { BuildError, type Builder, type BuildReport } from "./command-builder.ts";
import type { RelaySettings } from "./config.ts";
import { type ContentVersions, versionOf } from "./content-versions.ts";
import { failureFields, type History } from "./history.ts";
import { errorFields, type Logger } from "./log.ts";
import { dispatchOffice } from "./relay.ts";
import { newReleaseId, ReleaseError, type Releases } from "./releases.ts";
import type { BatchOutcome } from "./scheduler.ts";

interface RunDeps {
  clock: Clock;
  log: Logger;
  history: History;
  /**
   * The CMS's content versions, read as a build starts and recorded with its results, so that
   * reconciliation knows what each live site was built from. undefined: not known.
   */
  versions?: () => Promise<ContentVersions | undefined>;
}

function recorder(
  { clock, log, history }: RunDeps,
  buildId: string,
  offices: readonly string[],
  versions: ContentVersions | undefined,
) {
  const startedAt = clock.now();
  const outcome = new Map<string, boolean>();
  return {
    outcome: outcome as BatchOutcome,
    done(slug: string, error: unknown, releaseId?: string) {
      const finishedAt = clock.now();
      const failure = error === undefined ? undefined : failureFields(error);
      history.record(slug, {
        buildId,
        offices: [...offices],
        startedAt: new Date(startedAt).toISOString(),
        finishedAt: new Date(finishedAt).toISOString(),
        durationMs: finishedAt - startedAt,
        result: failure ? "failure" : "success",
        ...(releaseId ? { releaseId } : {}),
        ...failure,
        ...(versions ? { contentVersion: versionOf(versions, slug) } : {}),
      });
      outcome.set(slug, !failure);
      const fields = { office: slug, buildId, durationMs: finishedAt - startedAt };
      if (failure) log.error("build.failed", { ...fields, ...failure });
      else log.info("build.succeeded", { ...fields, releaseId });
    },
  };
}

/** Deletes a staging tree, retrying while a killed build may still write into it. */
const removeTree = (dir: string) =>
  rm(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });

async function checkOutput(dir: string, requiredFile: string, slug: string): Promise<void> {
  const info = await stat(join(dir, requiredFile)).catch(() => undefined);
  if (!info?.isFile()) {
    throw new ReleaseError(`the build left no ${requiredFile} for ${slug} (in ${dir})`);
  }
}

/**
 * The offices' date states at an instant (nightly.ts), read as a build starts (before the build
 * reads the CMS, so a later change is never taken for built) and kept beside each new release.
 */
export type DateStates = (
  offices: readonly string[],
  at: number,
) => Promise<ReadonlyMap<string, DateState>>;

export function localBuildRun(
  deps: RunDeps & {
    builder: Builder;
    releases: Releases;
    requiredFile: string;
    keep: number;
    dateStates?: DateStates;
  },
) {
  return async (offices: readonly string[], signal: AbortSignal): Promise<BatchOutcome> => {
    const buildId = newReleaseId(deps.clock.now());
    const outRoot = deps.releases.stagingDir(buildId);
    const versions = await deps.versions?.().catch(() => undefined);
    // Read alongside the build (which takes longer), so it adds no time to a publish.
    const reading = deps.dateStates?.(offices, deps.clock.now()).catch((error: unknown) => {
      deps.log.warn("build.date_states_unread", { buildId, ...errorFields(error) });
      return undefined;
    });
    const record = recorder(deps, buildId, offices, versions);
    deps.log.info("build.started", { buildId, offices });
    let batchError: unknown;
    let report: BuildReport | undefined;
    try {
      await mkdir(outRoot, { recursive: true });
      report = await deps.builder.build({ offices, outRoot, signal });
    } catch (error) {
      batchError = error;
    }
    const states = await reading;
    if (signal.aborted) {
      // Not a failure of the content or the code: the service is stopping and will redo it.
      await removeTree(outRoot);
      deps.log.info("build.aborted", { buildId, offices });
      return new Map(offices.map((slug) => [slug, false]));
    }
    for (const slug of offices) {
      if (batchError !== undefined) {
        record.done(slug, batchError);
        continue;
      }
      const reported = report?.results.find((result) => result.office === slug);
      if (reported && !reported.ok) {
        const cause = reported.error ?? "no cause given";
        record.done(slug, new BuildError(`the build of ${slug} failed: ${cause}`, ""));
        continue;
      }
      try {
        const built = join(outRoot, slug);
        await checkOutput(built, deps.requiredFile, slug);
        await deps.releases.adopt(slug, built, buildId);
        const state = states?.get(slug);
        if (state) await deps.releases.writeDateState(slug, buildId, state);
        await deps.releases.activate(slug, buildId);
        record.done(slug, undefined, buildId);
        const pruned = await deps.releases.prune(slug, deps.keep);
        if (pruned.length > 0) deps.log.info("releases.pruned", { office: slug, pruned });
      } catch (error) {
        record.done(slug, error);
      }
    }
    await removeTree(outRoot);
    return record.outcome;
  };
}

export function relayRun(deps: RunDeps & { relay: RelaySettings }) {
  return async (offices: readonly string[], signal: AbortSignal): Promise<BatchOutcome> => {
    const buildId = newReleaseId(deps.clock.now());
    const versions = await deps.versions?.().catch(() => undefined);
    const record = recorder(deps, buildId, offices, versions);
    for (const slug of offices) {
      try {
        await dispatchOffice(deps.relay, slug, signal);
        record.done(slug, undefined);
      } catch (error) {
        record.done(slug, error);
      }
    }
    return record.outcome;
  };
}
