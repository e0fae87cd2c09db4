// The record of each office's builds, kept in the state file: the last build (success or not,
// with its error and cause) and the last success, for the status page and for restarts.
import type { BuildRecord, OfficeHistory } from "./state-file.ts";

export function createHistory(initial: Readonly<Record<string, OfficeHistory>>) {
  const offices = new Map<string, OfficeHistory>(Object.entries(initial));
  return {
    record(slug: string, build: BuildRecord): void {
      const previous = offices.get(slug);
      const success = build.result === "success";
      offices.set(slug, {
        lastBuild: build,
        lastSuccess: success ? build : previous?.lastSuccess,
        consecutiveFailures: success ? 0 : (previous?.consecutiveFailures ?? 0) + 1,
      });
    },
    of: (slug: string): OfficeHistory | undefined => offices.get(slug),
    /** Drops the record of an office the CMS no longer publishes. */
    forget: (slug: string): void => {
      offices.delete(slug);
    },
    all: (): Record<string, OfficeHistory> => Object.fromEntries(offices),
  };
}

export type History = ReturnType<typeof createHistory>;

export function failureFields(error: unknown): { error: string; cause?: string } {
  if (!(error instanceof Error)) return { error: String(error) };
  const tail =
    "outputTail" in error && typeof error.outputTail === "string" ? error.outputTail : "";
  const cause = tail || (error.cause instanceof Error ? error.cause.message : "");
  return { error: `${error.name}: ${error.message}`, ...(cause ? { cause } : {}) };
}
