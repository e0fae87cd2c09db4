// README command 1 as a resident and an operator meet it: every seed office's site is served at
// its own origin, Ctrl-C stops every child process, and a second start keeps the data.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { getFromHost } from "@mops/static-server/testing";
import { afterAll, describe, expect, it } from "vitest";
import { waitUntil } from "../test-support/wait-until.ts";

const repoRoot = resolve(import.meta.dirname, "../..");
const dataDir = mkdtempSync(join(tmpdir(), "mops-main-"));
// Port 0: the main job picks free ports and prints them.
const offices = ["kalisz", "krasnik", "kutno", "orzesze", "pruszkow"];

interface MainRun {
  child: ChildProcess;
  output: () => string;
}

function startMain(): MainRun {
  const child = spawn(process.execPath, [join(import.meta.dirname, "main.ts")], {
    cwd: repoRoot,
    env: {
      ...process.env,
      CMS_PORT: "0",
      REBUILD_PORT: "0",
      SERVE_PORT: "0",
      PREVIEW_PORT: "0",
      MAIN_DATA_DIR: dataDir,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString("utf8");
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString("utf8");
  });
  return { child, output: () => output };
}

/** The ports a running main job printed: the admin panel's, the sites' and the service's. */
interface Ports {
  cms: number;
  serve: number;
  rebuild: number;
  preview: number;
}

function printedPorts(output: string): Ports {
  const port = (pattern: RegExp) => Number(pattern.exec(output)?.[1]);
  return {
    cms: port(/Admin panel +http:\/\/localhost:(\d+)\/admin/),
    serve: port(/Sites +http:\/\/localhost:(\d+)\//),
    rebuild: port(/Rebuild +http:\/\/127\.0\.0\.1:(\d+)\/status/),
    preview: port(/Preview +http:\/\/localhost:(\d+) /),
  };
}

let ports: Ports = { cms: 0, serve: 0, rebuild: 0, preview: 0 };

const site = (slug: string, path = "/") => getFromHost(ports.serve, `${slug}.localhost`, path);

async function started(run: MainRun): Promise<void> {
  await waitUntil("the main job says it is running", () => run.output().includes("main: running"), {
    timeout: 600_000,
  });
  ports = printedPorts(run.output());
}

async function stopWithCtrlC(run: MainRun): Promise<number | null> {
  run.child.kill("SIGINT");
  const [code] = (await once(run.child, "exit")) as [number | null];
  return code;
}

async function portIsClosed(port: number): Promise<boolean> {
  try {
    await fetch(`http://127.0.0.1:${port}/`);
    return false;
  } catch {
    return true;
  }
}

describe("main job (README command 1)", () => {
  let run: MainRun | undefined;

  afterAll(async () => {
    if (run && run.child.exitCode === null) run.child.kill("SIGKILL");
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("prints the admin URL, the demo logins and every office's site address", async () => {
    run = startMain();
    const current = run;
    await started(current);
    const out = current.output();
    expect(Object.values(ports).every((port) => port > 0)).toBe(true);
    expect(out).toContain(`http://localhost:${ports.cms}/admin`);
    expect(out).toContain("admin@example.org");
    expect(out).toContain("read-only token: STRAPI_READ_TOKEN in");
    for (const slug of offices) {
      expect(out).toContain(`http://${slug}.localhost:${ports.serve}/`);
      expect(out).toContain(`redaktor.${slug}@example.org`);
    }
  });

  it("serves every seed office's own site at its own origin root", async () => {
    for (const slug of offices) {
      await waitUntil(`${slug}'s site is live`, async () => (await site(slug)).status === 200, {
        timeout: 300_000,
        interval: 500,
      });
    }
    const kutno = await site("kutno");
    expect(kutno.body).toContain("Miejski Ośrodek Pomocy Społecznej w Kutnie");
    expect(kutno.body).toContain('<link rel="canonical" href="https://mops.kutno.pl/">');
    const orzesze = await site("orzesze");
    expect(orzesze.body).toContain("Orzesz");
    expect(orzesze.body).not.toContain("Kutnie");
  });

  it("serves the regional portal of every office at region.localhost", async () => {
    await waitUntil("the portal is live", async () => (await site("region")).status === 200, {
      timeout: 300_000,
      interval: 500,
    });
    const portal = await site("region");
    for (const slug of offices) expect(portal.body).toContain(`id="urzad-${slug}"`);
    expect(portal.body).toContain(
      `<link rel="canonical" href="http://region.localhost:${ports.serve}/">`,
    );
  });

  it("runs the preview service with a secret kept for the CMS", async () => {
    const health = await fetch(`http://127.0.0.1:${ports.preview}/health`);
    expect(health.status).toBe(200);
    expect(health.headers.get("content-security-policy")).toContain(
      `http://localhost:${ports.cms}`,
    );
    const secrets = JSON.parse(readFileSync(join(dataDir, "secrets.json"), "utf8"));
    expect(secrets.PREVIEW_SECRET).toMatch(/^[0-9a-f]{64}$/);
  });

  it("stops every child process on Ctrl-C", async () => {
    const code = await stopWithCtrlC(run!);
    expect(code).toBe(0);
    for (const port of Object.values(ports)) expect(await portIsClosed(port)).toBe(true);
  });

  it("keeps the data on a second start and serves the sites it built before", async () => {
    run = startMain();
    const current = run;
    await started(current);
    // Served at once from the release the first start built, not rebuilt from scratch.
    expect((await site("krasnik")).status).toBe(200);
    // The same database: the seed offices once each, readable with the kept token.
    const secrets = JSON.parse(readFileSync(join(dataDir, "secrets.json"), "utf8"));
    const response = await fetch(
      `http://127.0.0.1:${ports.cms}/api/offices?fields[0]=slug&pagination[pageSize]=100`,
      { headers: { authorization: `Bearer ${secrets.STRAPI_READ_TOKEN}` } },
    );
    const body = (await response.json()) as { data: { slug: string }[] };
    expect(body.data.map((office) => office.slug).sort()).toEqual(offices);
    expect(await stopWithCtrlC(current)).toBe(0);
  });
});
