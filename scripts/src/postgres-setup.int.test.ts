// The test command's PostgreSQL step (scripts/lib/postgres.sh) with stand-ins for Debian's
// cluster tools on PATH: an installed but stopped cluster is started; with no server, no
// cluster and no way to install one, the run stops with one sentence that says what to do.
import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";

const script = resolve(import.meta.dirname, "../lib/postgres.sh");
const sandboxes: string[] = [];

afterEach(() => {
  for (const dir of sandboxes.splice(0)) {
    const pidFile = join(dir, "server.pid");
    try {
      process.kill(Number(readFileSync(pidFile, "utf8")));
    } catch {
      // no stand-in server was started, or it is gone
    }
    rmSync(dir, { recursive: true, force: true });
  }
});

/** A port nothing listens on (the system's pick, released again). */
async function closedPort(): Promise<number> {
  const server = createServer().listen(0, "127.0.0.1");
  await new Promise((done) => server.once("listening", done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

function sandbox(tools: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "mops-pg-sh-"));
  sandboxes.push(dir);
  for (const [name, body] of Object.entries(tools)) {
    writeFileSync(join(dir, name), `#!/usr/bin/env bash\n${body}\n`);
    chmodSync(join(dir, name), 0o755);
  }
  return dir;
}

function ensurePostgres(bin: string, port: number) {
  return spawnSync("bash", ["-c", `source "${script}" && ensure_postgres && echo answered`], {
    encoding: "utf8",
    env: {
      ...process.env,
      PATH: `${bin}:${process.env.PATH}`,
      PGHOST: "127.0.0.1",
      PGPORT: String(port),
    },
  });
}

describe("the test command's PostgreSQL step", () => {
  it("starts a cluster that is installed but stopped, and waits until it answers", async () => {
    const port = await closedPort();
    const bin = sandbox({
      pg_lsclusters: `echo "15 main ${port} down postgres /var/lib/postgresql/15/main /var/log/postgresql.log"`,
      // The stand-in "cluster": a process that listens on the port, started in the background.
      pg_ctlcluster: `echo "$@" > "$(dirname "$0")/started"
nohup "${process.execPath}" -e 'require("net").createServer().listen(${port}, "127.0.0.1")' >/dev/null 2>&1 &
echo $! > "$(dirname "$0")/server.pid"`,
    });
    const run = ensurePostgres(bin, port);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.trim()).toBe("answered");
    expect(run.stderr).toContain("test: starting PostgreSQL cluster 15/main");
    expect(readFileSync(join(bin, "started"), "utf8").trim()).toBe(
      "--skip-systemctl-redirect 15 main start",
    );
  });

  it("stops the run with what to do when there is no server and no way to get one", async () => {
    const port = await closedPort();
    const bin = sandbox({ pg_lsclusters: "exit 0", id: "echo 1000" });
    const run = ensurePostgres(bin, port);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr.trim().split("\n")).toEqual([
      `test: PostgreSQL does not answer on 127.0.0.1:${port}, and it cannot be started or installed here (that needs root and apt): start a PostgreSQL server (or point PGHOST, PGPORT, PGUSER and PGPASSWORD at one) and run again; the integration tests run the CMS on it.`,
    ]);
  });
});
