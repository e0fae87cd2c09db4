// The GitHub Actions side of the pipeline (.github/workflows/rebuild.yml), on the same code as
// the rebuild service:
//   node publisher/src/rebuild/ci.ts plan             prints offices=["<slug>", …], count=<n>
//                                                   and shards=[{name, offices}, …] for the
//                                                   matrix (at most $REBUILD_RUNNERS jobs,
//                                                   default 20; shards.ts): $OFFICE when set,
//                                                   else every office in Strapi ($STRAPI_URL,
//                                                   $STRAPI_TOKEN); with $NIGHTLY_STATES (the
//                                                   nightly schedule), only the offices whose
//                                                   date state differs from the one in that file
//                                                   (the last nightly run's, from the Actions
//                                                   cache; nightly.ts), and the file is
//                                                   rewritten with tonight's
//   node publisher/src/rebuild/ci.ts build <dir> <slug>…
//                                                   builds the offices with the site's driver
//                                                   (batches, one astro build per core) and
//                                                   checks them like the service does; each site
//                                                   ends up in <dir>/<slug>/
import { readFile, stat } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { join, resolve } from "node:path";
import { officeSlugSchema as officeSlug } from "@mops/shared/protocol/slug";
import { dateStateOptionsFrom } from "@mops/site/date-state";
import { siteBuildCommand } from "@mops/site/driver";
import { createCommandBuilder } from "./command-builder.ts";
import { createLogger } from "./log.ts";
import { cmsDateStates, planNightly } from "./nightly.ts";
import { readNightlyStates, writeNightlyStates } from "./nightly-states-file.ts";
import { fetchOfficeSlugs } from "./offices.ts";
import { parseRunners, planShards } from "./shards.ts";

class CiError extends Error {
  override name = "CiError";
}

const repoRoot = resolve(import.meta.dirname, "../../..");
const log = createLogger({ clock: { now: Date.now }, write: (line) => process.stderr.write(line) });

/** Astro builds at once in a CI job: one per core, at most four (about 1 GiB each). */
const CI_JOBS = Math.min(4, availableParallelism());

function printPlan(offices: string[]): void {
  const shards = planShards(offices, parseRunners(process.env.REBUILD_RUNNERS));
  console.log(`offices=${JSON.stringify(offices)}`);
  console.log(`count=${offices.length}`);
  console.log(`shards=${JSON.stringify(shards)}`);
}

async function plan(): Promise<void> {
  const office = process.env.OFFICE?.trim();
  if (office) {
    if (!officeSlug.safeParse(office).success)
      throw new CiError(`"${office}" is not an office slug`);
    printPlan([office]);
    return;
  }
  const strapiUrl = process.env.STRAPI_URL;
  if (!strapiUrl) throw new CiError("set OFFICE, or STRAPI_URL to build every office");
  const { slugs, invalid } = await fetchOfficeSlugs(strapiUrl, process.env.STRAPI_TOKEN);
  if (invalid > 0)
    console.error(`ci: ${invalid} published office(s) have an invalid slug; skipped`);
  if (slugs.length === 0) throw new CiError(`Strapi at ${strapiUrl} has no published office`);
  const statesPath = process.env.NIGHTLY_STATES?.trim();
  printPlan(statesPath ? await nightly(strapiUrl, slugs, statesPath) : slugs);
}

/** The nightly decision against the states the last nightly run recorded (none: build all). */
async function nightly(strapiUrl: string, slugs: string[], statesPath: string): Promise<string[]> {
  const recorded = await readNightlyStates(statesPath, (path) => readFile(path, "utf8"));
  const tonight = await cmsDateStates(
    { url: strapiUrl, token: process.env.STRAPI_TOKEN },
    dateStateOptionsFrom(process.env),
  )(slugs, Date.now());
  const { build } = await planNightly(
    {
      log,
      tonight: async () => tonight,
      live: async (slug) => (recorded[slug] ? { state: recorded[slug] } : undefined),
    },
    slugs,
  );
  await writeNightlyStates(statesPath, Object.fromEntries(tonight));
  return build;
}

const BUILD_USAGE = "usage: ci.ts build <out-dir> <office-slug>…";

async function build(outRoot: string | undefined, slugs: string[]): Promise<void> {
  if (!outRoot || slugs.length === 0) throw new CiError(BUILD_USAGE);
  const invalid = slugs.find((slug) => !officeSlug.safeParse(slug).success);
  if (invalid !== undefined) throw new CiError(`"${invalid}" is not an office slug`);
  const builder = createCommandBuilder({
    command: [...siteBuildCommand.slice(0, -1), "--jobs", String(CI_JOBS), "{offices...}"],
    // A shard of a full build holds up to hundreds of offices: a minute each, at the least 30.
    timeoutMs: Math.max(30, slugs.length) * 60_000,
    cwd: repoRoot,
    log,
  });
  const report = await builder.build({
    offices: slugs,
    outRoot: resolve(outRoot),
    signal: new AbortController().signal,
  });
  const failed = new Map(
    (report?.results ?? [])
      .filter((result) => !result.ok)
      .map((result) => [result.office, result.error ?? "no cause given"]),
  );
  for (const slug of slugs) {
    const dir = join(resolve(outRoot), slug);
    const index = await stat(join(dir, "index.html")).catch(() => undefined);
    if (!failed.has(slug) && !index?.isFile()) failed.set(slug, "the build left no index.html");
    if (!failed.has(slug)) log.info("ci.built", { office: slug, dir });
  }
  if (failed.size > 0) {
    const causes = [...failed].map(([slug, cause]) => `${slug}: ${cause}`);
    throw new CiError(`the build of ${failed.size} office(s) failed: ${causes.join("; ")}`);
  }
}

const commands: Record<string, (args: string[]) => Promise<void>> = {
  plan: () => plan(),
  build: ([outRoot, ...slugs]) => build(outRoot, slugs),
};

const [name = "", ...args] = process.argv.slice(2);
const command = commands[name];
try {
  if (!command) throw new CiError(`usage: ci.ts plan | ${BUILD_USAGE.slice("usage: ".length)}`);
  await command(args);
} catch (error) {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const tail =
    error instanceof Error && "outputTail" in error ? `\n${String(error.outputTail)}` : "";
  console.error(`${message}${tail}`);
  process.exit(1);
}
