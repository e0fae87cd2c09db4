// The dependency rule on a small workspace written for the test: a relative import into another
// package is found in every form a source can import in; imports by package name, relative
// imports inside a package (nested package.json files included) and text that only looks like an
// import are not.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { crossPackageImports, workspacePackages } from "./package-imports.ts";

function workspace(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "mops-imports-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const packages = {
  "pnpm-workspace.yaml":
    'packages:\n  - shared\n  - site\n  - "cms"\n\nallowBuilds:\n  esbuild: true\n',
  "shared/package.json": "{}",
  "shared/src/index.ts": "export const x = 1;\n",
  "site/package.json": "{}",
  "cms/package.json": "{}",
  "cms/tooling/package.json": '{ "type": "module" }',
  "cms/tooling/launcher.ts": 'import { x } from "../src/env.ts";\n',
  "cms/src/env.ts": "export const y = 1;\n",
};

describe("workspacePackages", () => {
  it("reads the package folders of pnpm-workspace.yaml", () => {
    expect(workspacePackages(workspace(packages))).toEqual(["shared", "site", "cms"]);
  });
});

describe("crossPackageImports", () => {
  it.each([
    ["a static import", 'import { x } from "../../shared/src/index.ts";\n'],
    ["a type import", 'import type { X } from "../../shared/src/index.ts";\n'],
    ["a re-export", 'export { x } from "../../shared/src/index.ts";\n'],
    ["an import for effect", 'import "../../shared/src/index.ts";\n'],
    ["a dynamic import", 'const m = await import("../../shared/src/index.ts");\n'],
    ["a require", 'const m = require("../../shared/src/index.ts");\n'],
  ])("finds %s into another package", (_name, text) => {
    const root = workspace({ ...packages, "site/src/page.ts": text });
    expect(crossPackageImports(root, workspacePackages(root))).toEqual([
      {
        file: "site/src/page.ts",
        specifier: "../../shared/src/index.ts",
        from: "site",
        into: "shared",
      },
    ]);
  });

  it("reads the frontmatter and scripts of .astro files", () => {
    const root = workspace({
      ...packages,
      "site/src/Page.astro": `---
import { x } from "../../cms/src/env.ts";
---
<p>import { y } from "../../shared/src/index.ts"</p>
<script>
  import { z } from "../../shared/src/index.ts";
</script>
`,
    });
    expect(crossPackageImports(root, workspacePackages(root)).map((found) => found.into)).toEqual([
      "cms",
      "shared",
    ]);
  });

  it("allows imports by package name, within a package, and words in comments and strings", () => {
    const root = workspace({
      ...packages,
      "site/src/page.ts": [
        'import { x } from "@mops/shared";',
        'import { y } from "./local.ts";',
        '// import { z } from "../../shared/src/index.ts";',
        "const text = \"import { z } from '../../shared/src/index.ts'\";",
      ].join("\n"),
      "site/src/local.ts": "export const y = 1;\n",
    });
    expect(crossPackageImports(root, workspacePackages(root))).toEqual([]);
  });
});
