// A scripted HTTP server for the loader's tests: answers each request with the next scripted
// response, records the requests, and can put itself in front of a real Strapi.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export type Scripted =
  | { status: number; body?: unknown }
  | { proxyTo: string; rewrite?: (body: unknown, url: string) => unknown }
  | { destroy: true };

export interface TestServer {
  url: string;
  requests: Array<{
    url: string;
    authorization: string | undefined;
    /** The preview's draft-read grant, when the request carried one. */
    draftGrant?: string | undefined;
  }>;
  close(): Promise<void>;
}

/** The CMS's answer: JSON parsed, anything else (an upload's bytes) as it came. */
async function proxy(
  request: IncomingMessage,
  target: string,
): Promise<{ status: number; body: unknown } | { status: number; bytes: Buffer; type: string }> {
  const response = await fetch(new URL(request.url ?? "/", target), {
    headers: { authorization: request.headers.authorization ?? "" },
  });
  const type = response.headers.get("content-type") ?? "application/octet-stream";
  if (!type.includes("json")) {
    return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()), type };
  }
  return { status: response.status, body: await response.json() };
}

/** Serves `script` in order on a free port; once it runs out, the last response repeats. */
export async function startTestServer(script: Scripted[]): Promise<TestServer> {
  const requests: TestServer["requests"] = [];
  const server: Server = createServer(async (request, response) => {
    const step = script[Math.min(requests.length, script.length - 1)];
    requests.push({
      url: request.url ?? "",
      authorization: request.headers.authorization,
      draftGrant: request.headers["x-mops-draft-grant"] as string | undefined,
    });
    if (!step || "destroy" in step) {
      request.socket.destroy();
      return;
    }
    // No keep-alive: a pooled connection must not outlive this server into the next test.
    const answer = (status: number, body: string | Buffer, type = "application/json") => {
      response.writeHead(status, { "content-type": type, connection: "close" });
      response.end(body);
    };
    const json = (body: unknown) => (body === undefined ? "" : JSON.stringify(body));
    if (!("proxyTo" in step)) return answer(step.status, json(step.body));
    const proxied = await proxy(request, step.proxyTo);
    if ("bytes" in proxied) return answer(proxied.status, proxied.bytes, proxied.type);
    const body = step.rewrite ? step.rewrite(proxied.body, request.url ?? "") : proxied.body;
    answer(proxied.status, json(body));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A Strapi-shaped page of entries, as Strapi answers with `pagination[withCount]=false`. */
export function restPage(data: unknown[], page: number, pageSize = 100) {
  return { data, meta: { pagination: { page, pageSize } } };
}

/** A proxy rewrite that gives one office's departments a service without a name (invalid). */
export function unnamedServiceOf(officeSlug: string): (body: unknown) => unknown {
  return (body) => {
    const page = body as { data: Array<Record<string, unknown>> };
    for (const entry of page.data) {
      const office = entry.office as { slug?: string } | undefined;
      if ("services" in entry && office?.slug === officeSlug) entry.services = [{ name: "" }];
    }
    return page;
  };
}
