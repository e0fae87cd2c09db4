// Structured logs: one JSON object per line, with the time, a level, a dotted event name and the
// event's fields, so that `jq` or any log shipper can read them.
import type { Clock } from "./clock.ts";

export type LogLevel = "debug" | "info" | "warn" | "error";
export type LogFields = Readonly<Record<string, unknown>>;

export interface Logger {
  debug(event: string, fields?: LogFields): void;
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

const rank: Readonly<Record<LogLevel, number>> = { debug: 10, info: 20, warn: 30, error: 40 };

export function createLogger(options: {
  clock: Pick<Clock, "now">;
  write: (line: string) => void;
  level?: LogLevel;
  base?: LogFields;
}): Logger {
  const threshold = rank[options.level ?? "info"];
  const at =
    (level: LogLevel) =>
    (event: string, fields: LogFields = {}) => {
      if (rank[level] < threshold) return;
      const time = new Date(options.clock.now()).toISOString();
      options.write(`${JSON.stringify({ time, level, event, ...options.base, ...fields })}\n`);
    };
  return { debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") };
}

/** An error as log fields: its class, message and, when there is one, its cause's message. */
export function errorFields(error: unknown): { error: string; cause?: string } {
  if (!(error instanceof Error)) return { error: String(error) };
  const cause = error.cause instanceof Error ? error.cause.message : undefined;
  return { error: `${error.name}: ${error.message}`, ...(cause ? { cause } : {}) };
}
