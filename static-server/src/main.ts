// Serves every office's live release at its own origin: node static-server/src/main.ts, then
// http://<slug>.localhost:4321/ (Chromium and curl resolve *.localhost to 127.0.0.1). Settings:
// SERVE_LIVE_DIR (default var/rebuild/live), SERVE_PORT (4321), SERVE_HOST (127.0.0.1),
// SERVE_BASE_DOMAIN (localhost). One JSON log line per response.
import { once } from "node:events";
import { resolve } from "node:path";
import { z } from "zod";
import { createStaticServer } from "./static-server.ts";

const settingsSchema = z.object({
  SERVE_LIVE_DIR: z.string().min(1).default("var/rebuild/live"),
  SERVE_PORT: z.coerce.number().int().min(0).max(65_535).default(4321),
  SERVE_HOST: z.string().min(1).default("127.0.0.1"),
  SERVE_BASE_DOMAIN: z
    .string()
    .regex(/^[a-z0-9.-]+$/, "must be a domain name")
    .default("localhost"),
});

const parsed = settingsSchema.safeParse(
  Object.fromEntries(Object.entries(process.env).filter(([, value]) => value !== "")),
);
if (!parsed.success) {
  const problems = parsed.error.issues.map((i) => `${String(i.path[0])} ${i.message}`);
  console.error(`ConfigError: static server configuration: ${problems.join("; ")}`);
  process.exit(2);
}
const settings = parsed.data;
const log = (event: string, fields: Record<string, unknown>) =>
  process.stdout.write(
    `${JSON.stringify({ time: new Date().toISOString(), level: "info", event, service: "serve", ...fields })}\n`,
  );

const server = createStaticServer({
  liveDir: resolve(settings.SERVE_LIVE_DIR),
  baseDomain: settings.SERVE_BASE_DOMAIN,
  onResponse: (entry) => log("http.response", { ...entry }),
});
server.listen(settings.SERVE_PORT, settings.SERVE_HOST);
await once(server, "listening");
log("serve.listening", {
  url: `http://${settings.SERVE_BASE_DOMAIN}:${settings.SERVE_PORT}/`,
  example: `http://<office>.${settings.SERVE_BASE_DOMAIN}:${settings.SERVE_PORT}/`,
  liveDir: resolve(settings.SERVE_LIVE_DIR),
});
const stop = () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
