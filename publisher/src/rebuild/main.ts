// Starts the rebuild service: `node publisher/src/rebuild/main.ts`, configured by the environment
// (see publisher/README.md). Logs are JSON lines on stdout. SIGINT or SIGTERM stops it
// cleanly: running builds are aborted and stay pending for the next start.
import { ConfigError, parseConfig } from "./config.ts";
import { createLogger, errorFields } from "./log.ts";
import { startRebuildService } from "./service.ts";
import { StateFileError } from "./state-file.ts";

const log = createLogger({
  clock: { now: Date.now },
  write: (line) => process.stdout.write(line),
  level: process.env.REBUILD_LOG_LEVEL === "debug" ? "debug" : "info",
  base: { service: "rebuild" },
});

try {
  const service = await startRebuildService(parseConfig(process.env), { log });
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info("rebuild.stopping", { signal });
    await service.stop();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
} catch (error) {
  if (error instanceof ConfigError || error instanceof StateFileError) {
    console.error(`${error.name}: ${error.message}`);
    process.exit(2);
  }
  log.error("rebuild.crashed", errorFields(error));
  process.exit(1);
}
