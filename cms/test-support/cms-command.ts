// Runs a CMS command (the Strapi CLI or a script in cms/scripts) in cms/ with a given environment,
// e.g. the one of a running test CMS, and collects its output.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { cmsDir } from "../tooling/compiled-cms.ts";

export interface CommandResult {
  code: number | null;
  output: string;
}

const strapiBin = path.join(
  path.dirname(createRequire(import.meta.url).resolve("@strapi/strapi/package.json")),
  "bin",
  "strapi.js",
);

function run(args: string[], env: Readonly<Record<string, string>>): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: cmsDir,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString("utf8");
    });
    child.stderr.on("data", (chunk: Buffer) => {
      output += chunk.toString("utf8");
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, output }));
  });
}

/** `strapi <args>` (e.g. `export`, `import`); Strapi compiles cms/ into cms/dist first. */
export const runStrapiCli = (args: string[], env: Readonly<Record<string, string>>) =>
  run([strapiBin, ...args], env);

/** `node <script> <args>` for any script path, e.g. a test-support entry. */
export const runNodeScript = (
  script: string,
  args: string[],
  env: Readonly<Record<string, string>>,
) => run([script, ...args], env);

/** `node scripts/<script>.ts <args>`. */
export const runCmsScript = (
  script: string,
  args: string[],
  env: Readonly<Record<string, string>>,
) => run([path.join(cmsDir, "scripts", `${script}.ts`), ...args], env);
