// The publishing pipeline for the main job and the end-to-end tests, in one call: the rebuild
// service (offices read from Strapi, built with the site's warm build server) and the static
// server that serves each office's live release at http://<slug>.localhost:<servePort>/ (and the
// regional portal, when given, at http://region.localhost:<servePort>/, rebuilt after publishes).
// The CMS must run with REBUILD_URL = hookUrl and REBUILD_SECRET = secret for its notifications to
// arrive. Port 0 picks a free port; the returned URLs carry the ports in use.
import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { join, resolve } from "node:path";
import { PORTAL_HOST } from "@mops/shared/protocol/slug";
import { siteBuildCommand } from "@mops/site/driver";
import { createStaticServer } from "@mops/static-server";
import { keepPortalBuilt, type PortalKeeper, type PortalOptions } from "./portal.ts";
import { parseConfig } from "./rebuild/config.ts";
import type { Logger } from "./rebuild/log.ts";
import { startRebuildService } from "./rebuild/service.ts";

export interface PipelineOptions {
  repoRoot: string;
  /** Releases, live pointers and the state file; kept between runs. */
  dataDir: string;
  strapiUrl: string;
  strapiToken: string;
  secret: string;
  rebuildPort: number;
  servePort: number;
  log: Logger;
  /** Further REBUILD_* settings (see README), e.g. REBUILD_DEBOUNCE_MS. */
  settings?: Readonly<Record<string, string>>;
  /** Driver options for the warm build server (e.g. --cache, --now). */
  warmDriverArgs?: readonly string[];
  /**
   * The regional portal's directory, served at http://region.localhost:<servePort>/ and built
   * there at start, after publishes and every few minutes (publisher/src/portal.ts).
   */
  portalDir?: string;
  /** The portal build's timing and builder, for tests (see PortalOptions). */
  portal?: Pick<PortalOptions, "clock" | "delayMs" | "everyMs" | "build">;
}

export async function startPublishing(options: PipelineOptions) {
  const dataDir = resolve(options.dataDir);
  const config = parseConfig({
    REBUILD_SECRET: options.secret,
    REBUILD_PORT: String(options.rebuildPort),
    REBUILD_DATA_DIR: dataDir,
    REBUILD_OFFICES: "strapi",
    STRAPI_URL: options.strapiUrl,
    STRAPI_TOKEN: options.strapiToken,
    REBUILD_BUILD_COMMAND: JSON.stringify(siteBuildCommand),
    REBUILD_BUILDER: "warm-site",
    ...options.settings,
  });
  let portal: PortalKeeper | undefined;
  const service = await startRebuildService(config, {
    log: options.log,
    onPublished: () => portal?.request(),
    buildCwd: options.repoRoot,
    warmDriverArgs: options.warmDriverArgs,
    buildEnv: { ...process.env, STRAPI_URL: options.strapiUrl, STRAPI_TOKEN: options.strapiToken },
  });
  const server = createStaticServer({
    liveDir: join(dataDir, "live"),
    baseDomain: "localhost",
    ...(options.portalDir ? { sites: { [PORTAL_HOST]: resolve(options.portalDir) } } : {}),
  });
  server.listen(options.servePort, "127.0.0.1");
  await once(server, "listening");
  const servePort = (server.address() as AddressInfo).port;
  const siteUrl = (slug: string) => `http://${slug}.localhost:${servePort}/`;
  options.log.info("serve.listening", { example: siteUrl("<office>") });
  if (options.portalDir) {
    portal = keepPortalBuilt({
      outDir: resolve(options.portalDir),
      portalUrl: siteUrl(PORTAL_HOST),
      strapiUrl: options.strapiUrl,
      token: options.strapiToken,
      log: options.log,
      ...options.portal,
    });
  }

  return {
    service,
    hookUrl: `${service.url}/hooks/rebuild`,
    servePort,
    indexUrl: `http://localhost:${servePort}/`,
    siteUrl,
    portalUrl: siteUrl(PORTAL_HOST),
    /** The portal's builds (undefined without portalDir). */
    portal,
    async stop(): Promise<void> {
      await portal?.stop();
      server.close();
      server.closeAllConnections();
      await service.stop();
    },
  };
}

export type Publishing = Awaited<ReturnType<typeof startPublishing>>;
