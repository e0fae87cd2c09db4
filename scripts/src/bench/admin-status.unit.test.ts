// The admin-status watch against a real HTTP server on a free port that answers as the CMS's
// build-status route does, one scripted answer per poll; time is the test's own clock.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { OfficeStatus } from "@mops/shared/protocol/office-status";
import { afterEach, describe, expect, it } from "vitest";
import {
  AdminStatusError,
  publishedSince,
  secondsUntilAdminShowsPublished,
} from "./admin-status.ts";

const since = Date.parse("2026-12-03T10:00:00.000Z");
const at = (offsetMs: number) => new Date(since + offsetMs).toISOString();
const status = (state: OfficeStatus["state"], publishedAt?: string): OfficeStatus => ({
  office: "kutno",
  state,
  ...(publishedAt ? { published: { at: publishedAt, durationMs: 1_400 } } : {}),
});

describe("publishedSince", () => {
  it.each<[string, OfficeStatus | null, number | undefined]>([
    ["no status (service down)", null, undefined],
    ["queued, an older build published", status("queued", at(-5_000)), undefined],
    ["published before the publish was sent", status("published", at(-1)), undefined],
    ["published exactly at the send", status("published", at(0)), since],
    ["published after the send", status("published", at(1_250)), since + 1_250],
    ["building again after a newer build", status("building", at(1_250)), undefined],
    ["failed", status("failed", at(1_250)), undefined],
  ])("%s", (_name, answer, expected) => {
    expect(publishedSince(answer, since)).toBe(expected);
  });
});

let server: Server | undefined;
afterEach(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

/** A CMS whose build-status route gives `answers` in turn (the last one for ever after). */
async function cms(answers: readonly { code: number; body: unknown }[], paths: string[]) {
  let next = 0;
  server = createServer((request, response) => {
    paths.push(`${request.headers.authorization} ${request.url}`);
    const answer = answers[Math.min(next++, answers.length - 1)]!;
    response.writeHead(answer.code, { "content-type": "application/json" });
    response.end(JSON.stringify(answer.body));
  });
  await new Promise<void>((done) => server!.listen(0, "127.0.0.1", done));
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
}

/** A clock that moves `stepMs` at each reading, from the publish's send. */
const steppingClock = (stepMs: number) => {
  let now = since;
  return () => {
    now += stepMs;
    return now;
  };
};

const ok = (answer: OfficeStatus | null) => ({
  code: 200,
  body: { data: { office: "kutno", name: "MOPS Kutno", status: answer } },
});

/** A watch of `office` on `url` from the publish's send, polling without delay. */
const watch = (url: string, office: string, timeoutMs: number, now: () => number) =>
  secondsUntilAdminShowsPublished({
    url,
    adminToken: "admin-jwt",
    office,
    sinceMs: since,
    pollMs: 1,
    timeoutMs,
    now,
  });

describe("secondsUntilAdminShowsPublished", () => {
  it("measures from the build's end to the first poll that shows it", async () => {
    const paths: string[] = [];
    const url = await cms(
      [
        ok(status("published", at(-60_000))),
        ok(status("building", at(-60_000))),
        ok(status("published", at(900))),
      ],
      paths,
    );
    // Readings: +400 ms (the deadline's), then one per poll: +800, +1200, +1600 ms; the build
    // ended at +900 ms, so the third poll shows it 0.7 s later.
    const seconds = await watch(url, "kutno", 60_000, steppingClock(400));
    expect(seconds).toBeCloseTo(0.7, 6);
    expect(paths).toEqual(Array(3).fill("Bearer admin-jwt /admin/build-status/kutno"));
  });

  it("names the office and the answer when the route refuses", async () => {
    const url = await cms([{ code: 404, body: { error: { message: "no such office" } } }], []);
    const error = await watch(url, "kalisz", 60_000, steppingClock(1)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AdminStatusError);
    expect((error as Error).message).toMatch(/build status of kalisz answered 404.*no such office/);
  });

  it("gives up after the timeout when the build never shows", async () => {
    const url = await cms([ok(status("queued"))], []);
    const error = await watch(url, "kutno", 5_000, steppingClock(1_000)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AdminStatusError);
    expect((error as Error).message).toMatch(
      /did not show a build of kutno as published within 5 s/,
    );
  });
});
