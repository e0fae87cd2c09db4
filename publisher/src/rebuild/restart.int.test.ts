// The service as a real process (node publisher/src/rebuild/main.ts): killed outright or stopped
// with a signal while work is pending or a build is running, it does that work after a restart.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { operatorStatusToken } from "@mops/shared/protocol/signature";
import { afterEach, describe, expect, it } from "vitest";
import {
  createWorkspace,
  notification,
  postSigned,
  testSecret,
  type Workspace,
} from "../../test-support/workspace.ts";

/** The address of the service process started last (a free port it picks on each start). */
let url = "";
const mainScript = resolve(import.meta.dirname, "main.ts");

let workspace: Workspace | undefined;
const children: ChildProcess[] = [];

afterEach(async () => {
  for (const child of children.splice(0)) {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGKILL");
      await once(child, "exit");
    }
  }
  workspace?.remove();
  workspace = undefined;
});

async function startProcess(ws: Workspace, env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [mainScript], {
    env: { PATH: process.env.PATH, ...ws.env(env) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
    ws.log(chunk.toString());
  });
  child.stderr?.on("data", (chunk: Buffer) => ws.log(chunk.toString()));
  await expect.poll(() => output, { timeout: 20_000 }).toContain('"event":"rebuild.listening"');
  const listening = output.split("\n").find((line) => line.includes('"rebuild.listening"'));
  url = (JSON.parse(listening ?? "{}") as { url: string }).url;
  return child;
}

type Status = { pending: string[]; offices: Record<string, { lastBuild?: { buildId: string } }> };
const status = async (): Promise<Status> =>
  (
    await fetch(`${url}/status`, {
      headers: { authorization: `Bearer ${operatorStatusToken(testSecret)}` },
    })
  ).json() as Promise<Status>;
const state = (ws: Workspace) => JSON.parse(readFileSync(join(ws.dataDir, "state.json"), "utf8"));

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe("rebuild service restarts", () => {
  it("builds after a restart what was notified but not yet built when it was killed", async () => {
    workspace = createWorkspace();
    const ws = workspace;
    let child = await startProcess(ws, {
      REBUILD_DEBOUNCE_MS: "60000",
      REBUILD_MAX_WAIT_MS: "60000",
      REBUILD_LEADING_EDGE: "false",
    });
    ws.setPosts("krasnik", ["Przed restartem"]);
    expect((await postSigned(url, notification(["krasnik"]))).status).toBe(202);
    await expect.poll(() => state(ws).pending).toContain("krasnik");
    child.kill("SIGKILL");
    await once(child, "exit");
    expect(ws.builds()).toEqual([]);

    child = await startProcess(ws, { REBUILD_DEBOUNCE_MS: "50" });
    await expect.poll(async () => (await status()).pending, { timeout: 20_000 }).toEqual([]);
    expect(ws.liveHtml("krasnik")).toContain("<li>Przed restartem</li>");
  });

  it("builds again after a restart an office whose build was cut short by a kill", async () => {
    workspace = createWorkspace();
    const ws = workspace;
    ws.hold();
    const child = await startProcess(ws);
    await expect.poll(() => ws.builds().length, { timeout: 20_000 }).toBe(1);
    const [interrupted] = ws.builds();
    expect(state(ws).pending).toEqual(["kalisz", "krasnik", "kutno"]);
    child.kill("SIGKILL");
    await once(child, "exit");
    // A kill -9 cannot stop the build's own process group; do what the machine's reboot would.
    if (interrupted && isRunning(interrupted.pid)) process.kill(interrupted.pid, "SIGKILL");

    ws.release();
    ws.setPosts("kutno", ["Po awarii"]);
    await startProcess(ws);
    await expect.poll(async () => (await status()).pending, { timeout: 20_000 }).toEqual([]);
    expect(ws.builds()).toHaveLength(2);
    expect(ws.liveHtml("kutno")).toContain("<li>Po awarii</li>");
  });

  it.each(["SIGKILL", "SIGTERM"] as const)(
    "retries after a restart (%s) an office that was waiting for a retry",
    async (signal) => {
      workspace = createWorkspace();
      const ws = workspace;
      // A retry slot far beyond the test: only the restored retry, made due, can build it.
      const env = { REBUILD_RETRY_FAILED_MS: "2000" };
      let child = await startProcess(ws, env);
      await expect.poll(async () => (await status()).pending, { timeout: 20_000 }).toEqual([]);
      ws.breakCms();
      ws.setPosts("kalisz", ["Po naprawie"]);
      expect((await postSigned(url, notification(["kalisz"]))).status).toBe(202);
      await expect
        .poll(() => Object.keys(state(ws).retrying), { timeout: 20_000 })
        .toEqual(["kalisz"]);
      child.kill(signal);
      await once(child, "exit");
      ws.fixCms();
      const builds = ws.builds().length;
      child = await startProcess(ws, env);
      await expect
        .poll(() => ws.liveHtml("kalisz"), { timeout: 30_000 })
        .toContain("<li>Po naprawie</li>");
      expect(ws.builds().length).toBeGreaterThan(builds);
      await expect.poll(() => state(ws).retrying, { timeout: 20_000 }).toEqual({});
    },
  );

  it("on SIGTERM stops the running build, keeps it pending and exits cleanly", async () => {
    workspace = createWorkspace();
    const ws = workspace;
    ws.hold();
    const child = await startProcess(ws);
    await expect.poll(() => ws.builds().length, { timeout: 20_000 }).toBe(1);
    const buildPid = ws.builds()[0]?.pid ?? 0;
    child.kill("SIGTERM");
    const [code] = await once(child, "exit");
    expect(code).toBe(0);
    expect(isRunning(buildPid)).toBe(false);
    expect(state(ws).pending).toEqual(["kalisz", "krasnik", "kutno"]);
    expect(state(ws).offices).toEqual({});
  });

  it("stops at start-up with one message naming every bad setting", async () => {
    const child = spawn(process.execPath, [mainScript], {
      env: { PATH: process.env.PATH, REBUILD_SECRET: "short", REBUILD_OFFICES: "Kutno" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const [code] = await once(child, "exit");
    expect(code).toBe(2);
    expect(stderr.trim().split("\n")).toEqual([
      "ConfigError: rebuild service configuration: REBUILD_SECRET must be at least 16 characters; " +
        "REBUILD_OFFICES has a slug that is not lowercase-kebab; " +
        'REBUILD_BUILD_COMMAND is missing: needed in local mode with the command builder, e.g. ["node","site/scripts/build-offices.ts","--out","{outRoot}","{offices...}"]',
    ]);
  });
});
