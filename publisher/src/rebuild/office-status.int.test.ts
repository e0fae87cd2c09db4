// GET /offices/<slug>/status on the real service: the office's bearer token opens that office
// only, and the answer follows real builds (a success, then a failure that keeps the last one).
import { officeStatusSchema } from "@mops/shared/protocol/office-status";
import { officeStatusToken } from "@mops/shared/protocol/signature";
import { afterEach, describe, expect, it } from "vitest";
import {
  createWorkspace,
  notification,
  postSigned,
  testSecret,
  type Workspace,
} from "../../test-support/workspace.ts";
import { parseConfig } from "./config.ts";
import { createLogger } from "./log.ts";
import { type RebuildService, startRebuildService } from "./service.ts";

let workspace: Workspace | undefined;
let service: RebuildService | undefined;

afterEach(async () => {
  await service?.stop();
  workspace?.remove();
  service = undefined;
  workspace = undefined;
});

async function start() {
  workspace = createWorkspace();
  const ws = workspace;
  service = await startRebuildService(parseConfig(ws.env()), {
    log: createLogger({ clock: { now: Date.now }, write: ws.log }),
  });
  await service.idle();
  return { ws, service };
}

async function getStatus(
  base: string,
  slug: string,
  authorization?: string,
  method = "GET",
): Promise<{ status: number; json: unknown }> {
  const response = await fetch(new URL(`/offices/${slug}/status`, base), {
    method,
    headers: authorization ? { authorization } : {},
  });
  return { status: response.status, json: await response.json() };
}

const bearer = (slug: string, secret = testSecret) => `Bearer ${officeStatusToken(secret, slug)}`;

describe("GET /offices/<slug>/status", () => {
  it("answers the office's token with its last publication, and refuses every other token", async () => {
    const { service } = await start();
    const before = Date.now();
    const kutno = await getStatus(service.url, "kutno", bearer("kutno"));
    expect(kutno.status).toBe(200);
    const status = officeStatusSchema.parse(kutno.json);
    expect(status).toMatchObject({ office: "kutno", state: "published" });
    expect(status.failure).toBeUndefined();
    expect(Date.parse(status.published?.at ?? "")).toBeLessThanOrEqual(before);
    expect(status.published?.durationMs).toBeGreaterThan(0);

    expect(await getStatus(service.url, "kutno", bearer("krasnik"))).toEqual({
      status: 401,
      json: { error: "missing or wrong bearer token for this office" },
    });
    expect((await getStatus(service.url, "kutno")).status).toBe(401);
    expect(
      (await getStatus(service.url, "kutno", bearer("kutno", "another-secret-0123"))).status,
    ).toBe(401);
    expect(
      (await getStatus(service.url, "kutno", `Basic ${officeStatusToken(testSecret, "kutno")}`))
        .status,
    ).toBe(401);
    expect((await getStatus(service.url, "kutno", bearer("kutno"), "POST")).status).toBe(405);
  });

  it("answers 404 for an office the service does not know, only to that office's token", async () => {
    const { service } = await start();
    expect((await getStatus(service.url, "opole")).status).toBe(401);
    expect(await getStatus(service.url, "opole", bearer("opole"))).toEqual({
      status: 404,
      json: { error: "no such office: opole" },
    });
  });

  it("reports a failed build with its cause and keeps the last publication", async () => {
    const { ws, service } = await start();
    const published = officeStatusSchema.parse(
      (await getStatus(service.url, "kalisz", bearer("kalisz"))).json,
    ).published;
    ws.breakCms();
    expect((await postSigned(service.url, notification(["kalisz"]))).status).toBe(202);
    await service.idle();

    const status = officeStatusSchema.parse(
      (await getStatus(service.url, "kalisz", bearer("kalisz"))).json,
    );
    expect(status).toMatchObject({
      office: "kalisz",
      state: "failed",
      published,
      failure: {
        error: expect.stringContaining("cannot reach the CMS for kalisz"),
        cause: expect.stringContaining("cannot reach the CMS"),
      },
    });
    expect(Date.parse(status.failure?.at ?? "")).toBeGreaterThan(Date.parse(published?.at ?? ""));
  });
});
