// GET (or another method) against 127.0.0.1 with the Host header a browser sends for
// http://<office>.localhost:<port>/: Node's resolver does not map *.localhost to loopback.
import { request as httpRequest, type IncomingHttpHeaders } from "node:http";

export interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
  /** The body's bytes as received (still encoded when the reply has a Content-Encoding). */
  bytes: Buffer;
}

export function getFromHost(
  port: number,
  host: string,
  path: string,
  init: { method?: string; headers?: Record<string, string> } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      {
        host: "127.0.0.1",
        port,
        path,
        method: init.method ?? "GET",
        headers: { host: `${host}:${port}`, ...init.headers },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          const bytes = Buffer.concat(chunks);
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: bytes.toString(),
            bytes,
          });
        });
      },
    );
    request.on("error", reject);
    request.end();
  });
}
