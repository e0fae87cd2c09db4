// A real, tiny stand-in for the site build, for the rebuild service's tests: it reads each
// office's "CMS" (a JSON file) and writes a small static site, the way the Astro build reads
// Strapi and writes HTML. Usage: node tiny-site-build.ts <contentDir> <outRoot> <slug>...
// Controls, as files in <contentDir>:
//   builds.jsonl        one line appended per run: {"offices":[…],"pid":…}
//   hold                while it exists, the build waits after reading the content
//   fail                the "CMS" is unreachable: write part of the output, then exit 1
//   fail-<slug>         only that office fails; the run reports each office's outcome on its
//                       last stdout line ({"results":[…]}) and exits 1, like build-offices --json
//   <slug>.json         {"posts":["title", …]}; missing means an office with no posts
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

const [contentDir, outRoot, ...offices] = process.argv.slice(2);
if (!contentDir || !outRoot || offices.length === 0) {
  console.error("usage: tiny-site-build.ts <contentDir> <outRoot> <slug>...");
  process.exit(2);
}

appendFileSync(
  join(contentDir, "builds.jsonl"),
  `${JSON.stringify({ offices, pid: process.pid })}\n`,
);

function postsOf(slug: string): string[] {
  const file = join(contentDir as string, `${slug}.json`);
  if (!existsSync(file)) return [];
  const parsed: unknown = JSON.parse(readFileSync(file, "utf8"));
  const posts =
    typeof parsed === "object" && parsed !== null && "posts" in parsed ? parsed.posts : [];
  return Array.isArray(posts) ? posts.map(String) : [];
}

const content = new Map(offices.map((slug) => [slug, postsOf(slug)]));

while (existsSync(join(contentDir, "hold"))) await sleep(10);

const results: { office: string; ok: boolean; error?: string }[] = [];
for (const [slug, posts] of content) {
  if (existsSync(join(contentDir, `fail-${slug}`))) {
    results.push({
      office: slug,
      ok: false,
      error: `OfficeDataError: ${slug} has a broken schedule`,
    });
    continue;
  }
  results.push({ office: slug, ok: true });
  const dir = join(outRoot, slug);
  mkdirSync(join(dir, "aktualnosci"), { recursive: true });
  if (existsSync(join(contentDir, "fail"))) {
    writeFileSync(join(dir, "aktualnosci", "index.html"), "<p>half</p>");
    console.error(`tiny build: cannot reach the CMS for ${slug} (ECONNREFUSED)`);
    process.exit(1);
  }
  const items = posts.map((title) => `<li>${title}</li>`).join("");
  writeFileSync(join(dir, "index.html"), `<h1>${slug}</h1><ul>${items}</ul>`);
  writeFileSync(join(dir, "aktualnosci", "index.html"), `<p>${posts.length} posts</p>`);
}
console.log(`tiny build: ${offices.join(", ")} done`);
if (results.some((result) => !result.ok)) {
  console.log(JSON.stringify({ results }));
  process.exit(1);
}
