// The GitHub Actions side of the pipeline (.github/workflows/rebuild.yml), on the same code as
// the rebuild service:
//   node publisher/src/rebuild/ci.ts plan             prints offices=["<slug>", …] and count=<n>
//                                                   for the matrix: $OFFICE when set, else every
//                                                   office in Strapi ($STRAPI_URL, $STRAPI_TOKEN);
//                                                   with $NIGHTLY_STATES (the nightly schedule),
//                                                   only the offices whose date state differs
//                                                   from the one in that file (the last nightly
//                                                   run's, from the Actions cache; nightly.ts),
//                                                   and the file is rewritten with tonight's
//   node publisher/src/rebuild/ci.ts build <slug> <dir>
//                                                   builds the office with the site's driver
//                                                   and checks it like the service does; the
//                                                   site ends up in <dir>/<slug>/
import { readFile, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { officeSlugSchema as officeSlug } from "@mops/shared/protocol/slug";
import { dateStateOptionsFrom } from "@mops/site/date-state";
import { siteBuildCommand } from "@mops/site/driver";
import { createCommandBuilder } from "./command-builder.ts";
import { createLogger } from "./log.ts";
import { cmsDateStates, planNightly } from "./nightly.ts";
import { readNightlyStates, writeNightlyStates } from "./nightly-states-file.ts";
import { fetchOfficeSlugs } from "./offices.ts";

class CiError extends Error {
  override name = "CiError";
}

const repoRoot = resolve(import.meta.dirname, "../../..");
const log = createLogger({ clock: { now: Date.now }, write: (line) => process.stderr.write(line) });

async function plan(): Promise<void> {
  const office = process.env.OFFICE?.trim();
  if (office) {
    if (!officeSlug.safeParse(office).success)
      throw new CiError(`"${office}" is not an office slug`);
    console.log(`offices=${JSON.stringify([office])}`);
    console.log("count=1");
    return;
  }
  const strapiUrl = process.env.STRAPI_URL;
  if (!strapiUrl) throw new CiError("set OFFICE, or STRAPI_URL to build every office");
  const { slugs, invalid } = await fetchOfficeSlugs(strapiUrl, process.env.STRAPI_TOKEN);
  if (invalid > 0)
    console.error(`ci: ${invalid} published office(s) have an invalid slug; skipped`);
  if (slugs.length === 0) throw new CiError(`Strapi at ${strapiUrl} has no published office`);
  const statesPath = process.env.NIGHTLY_STATES?.trim();
  const chosen = statesPath ? await nightly(strapiUrl, slugs, statesPath) : slugs;
  console.log(`offices=${JSON.stringify(chosen)}`);
  console.log(`count=${chosen.length}`);
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

async function build(slug: string | undefined, outRoot: string | undefined): Promise<void> {
  if (!slug || !officeSlug.safeParse(slug).success || !outRoot) {
    throw new CiError("usage: ci.ts build <office-slug> <out-dir>");
  }
  const builder = createCommandBuilder({
    command: siteBuildCommand,
    timeoutMs: 30 * 60_000,
    cwd: repoRoot,
    log,
  });
  const report = await builder.build({
    offices: [slug],
    outRoot: resolve(outRoot),
    signal: new AbortController().signal,
  });
  const failed = report?.results.find((result) => result.office === slug && !result.ok);
  if (failed) throw new CiError(`the build of ${slug} failed: ${failed.error ?? "no cause given"}`);
  const index = await stat(join(resolve(outRoot), slug, "index.html")).catch(() => undefined);
  if (!index?.isFile()) throw new CiError(`the build left no index.html for ${slug}`);
  log.info("ci.built", { office: slug, dir: join(resolve(outRoot), slug) });
}

const commands: Record<string, (args: string[]) => Promise<void>> = {
  plan: () => plan(),
  build: ([slug, outRoot]) => build(slug, outRoot),
};

const [name = "", ...args] = process.argv.slice(2);
const command = commands[name];
try {
  if (!command) throw new CiError("usage: ci.ts plan | ci.ts build <office-slug> <out-dir>");
  await command(args);
} catch (error) {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const tail =
    error instanceof Error && "outputTail" in error ? `\n${String(error.outputTail)}` : "";
  console.error(`${message}${tail}`);
  process.exit(1);
}
