// The site's build driver as the rebuild service runs it (from the repository root): every
// office of a batch in one run, each into {outRoot}/<slug>/, with one JSON line of per-office
// results at the end (see command-builder.ts). STRAPI_URL and STRAPI_TOKEN come from the
// environment.
export const siteBuildCommand: readonly string[] = [
  "node",
  "site/scripts/build-offices.ts",
  "--quiet",
  "--json",
  "--out",
  "{outRoot}",
  "{offices...}",
];
