// The publishing outbox against a real CMS and a real HTTP receiver that checks every signature:
// a change and its rebuild request commit together (a refused write records nothing), requests
// are retried while the receiver fails, and a request recorded while the receiver was down
// survives a SIGKILL of the CMS and is delivered by the next start. Offices' content versions
// move with every change.
import { once } from "node:events";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { createVerifier, signatureHeader, timestampHeader } from "@mops/shared/protocol/signature";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminApi, contentApi, contentManager, type Entry } from "../test-support/cms-client.ts";
import {
  type StrapiDatabase,
  type StrapiProcess,
  startStrapi,
} from "../test-support/strapi-process.ts";
import { createPostgresDatabase, dropPostgresDatabase } from "../tooling/postgres.ts";
import { cmsInstances } from "./cms-instances.ts";

const secret = "outbox-test-secret-0123456789";
const department = "api::department.department";
const outbox = "api::rebuild-request.rebuild-request";

interface Notification {
  offices: string[] | "*";
}

/** A receiver that verifies the signature and answers with the status it is told. */
class Receiver {
  readonly received: Notification[] = [];
  status = 202;
  refusals = 0;
  private refusalWaiters: (() => void)[] = [];
  private server: Server | undefined;
  private waiters: { test: (n: Notification) => boolean; resolve: () => void }[] = [];
  port = 0;
  /** The rebuild service's own verifier: the CMS's signatures must pass it. */
  private readonly verify = createVerifier(secret, 300);

  async start(port = 0): Promise<void> {
    this.server = createServer(async (request, response) => {
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      const body = Buffer.concat(chunks).toString("utf8");
      const header = (name: string) => request.headers[name] as string | undefined;
      const verdict = this.verify({
        signature: header(signatureHeader),
        timestamp: header(timestampHeader),
        body: Buffer.from(body),
        nowMs: Date.now(),
      });
      if (verdict !== "valid") {
        response.writeHead(401).end(verdict);
        return;
      }
      if (this.status !== 202) {
        this.refusals += 1;
        response.writeHead(this.status).end();
        for (const resolve of this.refusalWaiters.splice(0)) resolve();
        return;
      }
      const notification = JSON.parse(body) as Notification;
      this.received.push(notification);
      response.writeHead(202).end("{}");
      for (const waiter of this.waiters.filter((w) => w.test(notification))) waiter.resolve();
    });
    this.server.listen(port, "127.0.0.1");
    await once(this.server, "listening");
    this.port = (this.server.address() as AddressInfo).port;
  }

  /** Resolves once a notification naming `office` arrived (counting those already in). */
  waitFor(office: string): Promise<void> {
    const test = (n: Notification) => n.offices === "*" || n.offices.includes(office);
    if (this.received.some(test)) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ test, resolve }));
  }

  /** Resolves at the next refused request. */
  nextRefusal(): Promise<void> {
    return new Promise((resolve) => this.refusalWaiters.push(resolve));
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    this.server.close();
    await once(this.server, "close");
    this.server = undefined;
  }
}

describe.each(cmsInstances().map((cms) => [cms.database] as const))(
  "the outbox on %s",
  (database) => {
    const work = mkdtempSync(path.join(tmpdir(), "mops-outbox-"));
    const publicDir = path.join(work, "public");
    const receiver = new Receiver();
    let db: StrapiDatabase;
    let cms: StrapiProcess;

    const start = () =>
      startStrapi({
        existingDatabase: db,
        publicDir,
        env: {
          REBUILD_URL: `http://127.0.0.1:${receiver.port}/hooks/rebuild`,
          REBUILD_SECRET: secret,
        },
      });

    const requests = async () =>
      (
        await adminApi(cms.url, cms.adminToken).get<{
          results: { offices: unknown; deliveredAt: string | null }[];
        }>(`/content-manager/collection-types/${outbox}?page=1&pageSize=100&sort=id:ASC`)
      ).body.results;

    const departmentOf = async (office: string) => {
      const [entry] = await contentApi(cms.url, cms.readToken).all(
        "departments",
        `filters[office][slug][$eq]=${office}`,
      );
      return entry!;
    };

    const rename = (entry: Entry, name: string) =>
      contentManager(cms.url, cms.adminToken).publish(department, entry.documentId, { name });

    beforeAll(async () => {
      db =
        database === "postgres"
          ? { client: "postgres", name: await createPostgresDatabase() }
          : { client: "sqlite", filename: path.join(work, "cms.db") };
      mkdirSync(path.join(publicDir, "uploads"), { recursive: true });
      await receiver.start();
      cms = await start();
    }, 300_000);

    afterAll(async () => {
      await cms?.stop();
      await receiver.stop();
      if (db?.client === "postgres") await dropPostgresDatabase(db.name);
      rmSync(work, { recursive: true, force: true });
    });

    it("records a change with its write and delivers it", async () => {
      const entry = await departmentOf("kutno");
      expect((await rename(entry, `${entry.name} (zmiana)`)).status).toBe(200);
      await receiver.waitFor("kutno");
      const rows = await requests();
      expect(rows.at(-1)?.offices).toEqual(["kutno"]);
    });

    it("records nothing for a write the rules refuse", async () => {
      const before = (await requests()).length;
      const [kutno] = await contentApi(cms.url, cms.readToken).all(
        "offices",
        "filters[slug][$eq]=kutno",
      );
      const refused = await contentManager(cms.url, cms.adminToken).create(department, {
        office: kutno!.documentId,
        name: "Zły dział",
        slug: "Zły Slug",
      });
      expect(refused.status).toBe(400);
      expect(await requests()).toHaveLength(before);
    });

    it("moves the content version of the office with every change", async () => {
      const versions = async () =>
        (
          await contentApi(cms.url, cms.readToken).get<{ data: Record<string, number> }>(
            "content-versions",
          )
        ).body.data;
      const before = await versions();
      const entry = await departmentOf("kalisz");
      await rename(entry, `${entry.name} (wersja)`);
      const after = await versions();
      expect(after.kalisz).toBeGreaterThan(before.kalisz ?? 0);
      expect(after.kutno).toBe(before.kutno);
    });

    it("keeps trying while the receiver fails, and delivers once it accepts", async () => {
      receiver.status = 503;
      const entry = await departmentOf("pruszkow");
      await rename(entry, `${entry.name} (awaria)`);
      const delivered = receiver.waitFor("pruszkow");
      receiver.status = 202;
      await delivered;
    });

    it("loses nothing when the CMS is killed while the receiver is down", async () => {
      await receiver.stop();
      const entry = await departmentOf("krasnik");
      expect((await rename(entry, `${entry.name} (przed awarią)`)).status).toBe(200);
      const pending = (await requests()).filter((row) => row.deliveredAt === null);
      expect(pending.map((row) => row.offices)).toContainEqual(["krasnik"]);
      await cms.kill();
      await receiver.start(receiver.port);
      cms = await start();
      await receiver.waitFor("krasnik");
      const rows = await requests();
      expect(rows.filter((row) => row.deliveredAt === null)).toEqual([]);
    });
  },
);
