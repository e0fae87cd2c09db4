// The dependency rule between workspace packages: a package reaches another only by its name
// (`@mops/site/driver`), through the entry points that package's `exports` lists, never by a
// relative path (`../../site/scripts/…`). Finds every import, export … from, import() and
// require() of the workspace's TypeScript, JavaScript and Astro sources whose relative specifier
// resolves into another package. Run by the check stage: node scripts/src/package-imports.ts
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import ts from "typescript";

export interface CrossImport {
  /** The importing file, relative to the workspace root. */
  file: string;
  specifier: string;
  /** The package the file belongs to and the one the specifier reaches into (folders). */
  from: string;
  into: string;
}

const sourceFile = /\.(ts|mts|cts|tsx|js|mjs|cjs|astro)$/;
const skipped = new Set(["node_modules", "dist", ".astro", ".tmp", ".cache", "build", "coverage"]);

/** The module specifiers a source names: static and dynamic imports, re-exports, require(). */
export function specifiersOf(text: string, fileName: string): string[] {
  const code = fileName.endsWith(".astro") ? astroScripts(text) : text;
  return ts.preProcessFile(code, true, true).importedFiles.map((file) => file.fileName);
}

/** The script parts of an .astro file: the frontmatter and every <script> element. */
function astroScripts(text: string): string {
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? "";
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  return [frontmatter, ...scripts].join("\n");
}

/** The folder of the package that holds `path`, the longest match; undefined outside all. */
function packageOf(path: string, packageDirs: readonly string[]): string | undefined {
  return packageDirs
    .filter((dir) => path === dir || path.startsWith(dir + sep))
    .sort((a, b) => b.length - a.length)[0];
}

function* sourcesUnder(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (skipped.has(entry.name) || entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourcesUnder(path);
    else if (sourceFile.test(entry.name)) yield path;
  }
}

/** Every relative import of the packages' sources that leaves its own package for another. */
export function crossPackageImports(
  root: string,
  packageFolders: readonly string[],
): CrossImport[] {
  const packageDirs = packageFolders.map((folder) => resolve(root, folder));
  const found: CrossImport[] = [];
  for (const packageDir of packageDirs) {
    for (const file of sourcesUnder(packageDir)) {
      const owner = packageOf(file, packageDirs);
      if (owner !== packageDir) continue; // a nested package's file is checked as its own
      for (const specifier of specifiersOf(readFileSync(file, "utf8"), file)) {
        if (!specifier.startsWith(".")) continue;
        const target = resolve(dirname(file), specifier);
        const into = packageOf(target, packageDirs);
        if (into === undefined || into === owner) continue;
        found.push({
          file: relative(root, file),
          specifier,
          from: relative(root, owner),
          into: relative(root, into),
        });
      }
    }
  }
  return found;
}

/** The package folders pnpm-workspace.yaml lists (plain entries, one per line). */
export function workspacePackages(root: string): string[] {
  const yaml = readFileSync(join(root, "pnpm-workspace.yaml"), "utf8");
  const block = /^packages:\n((?:[ \t]+-[^\n]*\n?)+)/m.exec(yaml)?.[1] ?? "";
  return [...block.matchAll(/-\s*["']?([^"'\n]+?)["']?\s*$/gm)].map((m) => m[1]!.trim());
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const root = resolve(import.meta.dirname, "../..");
  const found = crossPackageImports(root, workspacePackages(root));
  for (const { file, specifier, into } of found) {
    console.error(`${file}: "${specifier}" reaches into ${into}/: import it by package name`);
  }
  if (found.length > 0) {
    console.error(
      `package-imports: ${found.length} relative import(s) into another package; add the entry point to that package's "exports" and import "@mops/<name>/<entry>".`,
    );
    process.exit(1);
  }
  console.log("package-imports: every package imports the others by name");
}
