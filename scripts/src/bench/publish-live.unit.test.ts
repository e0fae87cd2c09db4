// The stream's publisher outlives Strapi's admin token: a real HTTP server on a free port stands
// in for the CMS's content manager and refuses the first token as an expired one would.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { adminPublisher, PublishError } from "./publish-live.ts";

let server: Server | undefined;
afterEach(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

/** A CMS that accepts only `valid` as bearer token; records every Authorization header. */
async function cms(valid: string, seen: string[]): Promise<string> {
  server = createServer((request, response) => {
    request.resume();
    request.on("end", () => {
      const auth = request.headers.authorization ?? "";
      seen.push(auth);
      const ok = auth === `Bearer ${valid}`;
      response.writeHead(ok ? 200 : 401, { "content-type": "application/json" });
      response.end(JSON.stringify(ok ? { data: {} } : { error: { status: 401 } }));
    });
  });
  await new Promise<void>((done) => server!.listen(0, "127.0.0.1", done));
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
}

describe("adminPublisher", () => {
  it("logs in again once when the token expired, and keeps the new token", async () => {
    const seen: string[] = [];
    const url = await cms("fresh", seen);
    let logins = 0;
    const publish = adminPublisher(url, "expired", async () => {
      logins += 1;
      return "fresh";
    });
    await publish("doc1", "Tytuł 1");
    await publish("doc1", "Tytuł 2");
    expect(logins).toBe(1);
    expect(seen).toEqual(["Bearer expired", "Bearer fresh", "Bearer fresh"]);
  });

  it("names the refusal when even a new login is refused", async () => {
    const url = await cms("never", []);
    const publish = adminPublisher(url, "expired", async () => "also-refused");
    const error = await publish("doc1", "Tytuł").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PublishError);
    expect((error as PublishError).status).toBe(401);
    expect((error as Error).message).toMatch(/publishing doc1 answered 401/);
  });
});
