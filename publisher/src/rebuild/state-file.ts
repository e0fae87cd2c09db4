// What must survive a restart: the offices with work pending (including those whose build was
// cut short), the offices waiting for a retry after a failed build, and the record of each
// office's last builds (with the content version each was built from, for reconciliation). Written atomically (temporary file,
// fsync, rename, fsync of the directory), one write at a time, the latest state winning.
import { mkdir, open, readFile, rename } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { officeSlugSchema as officeSlug } from "@mops/shared/protocol/slug";
import { z } from "zod";

export const buildRecordSchema = z.object({
  buildId: z.string(),
  offices: z.array(officeSlug),
  startedAt: z.string(),
  finishedAt: z.string(),
  durationMs: z.number(),
  result: z.enum(["success", "failure"]),
  releaseId: z.string().optional(),
  error: z.string().optional(),
  cause: z.string().optional(),
  /** The CMS's content version of the office when the build started (see reconcile.ts). */
  contentVersion: z.number().int().min(0).optional(),
});

export type BuildRecord = z.infer<typeof buildRecordSchema>;

const officeHistorySchema = z.object({
  lastBuild: buildRecordSchema.optional(),
  lastSuccess: buildRecordSchema.optional(),
  consecutiveFailures: z.number().int().min(0).default(0),
});

export type OfficeHistory = z.infer<typeof officeHistorySchema>;

const retrySchema = z.object({
  failures: z.number().int().min(1),
  retryAt: z.iso.datetime(),
});

export const stateSchema = z.object({
  version: z.literal(2),
  pending: z.array(officeSlug),
  retrying: z.record(officeSlug, retrySchema),
  offices: z.record(officeSlug, officeHistorySchema),
});

/** The first format, without retries; read and upgraded. */
const stateV1Schema = z
  .object({
    version: z.literal(1),
    pending: z.array(officeSlug),
    offices: z.record(officeSlug, officeHistorySchema),
  })
  .transform((v1): ServiceState => ({ ...v1, version: 2, retrying: {} }));

export type ServiceState = z.infer<typeof stateSchema>;

export const emptyState = (): ServiceState => ({
  version: 2,
  pending: [],
  retrying: {},
  offices: {},
});

export class StateFileError extends Error {
  override name = "StateFileError";
}

export async function loadState(path: string): Promise<ServiceState> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return emptyState();
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new StateFileError(`${path} is not JSON: move it away to start from an empty state`);
  }
  const parsed = z.union([stateSchema, stateV1Schema]).safeParse(json);
  if (!parsed.success) {
    throw new StateFileError(`${path} has an unknown shape: move it away to start from scratch`);
  }
  return parsed.data;
}

export async function writeFileAtomic(path: string, content: string): Promise<void> {
  const directory = dirname(path);
  await mkdir(directory, { recursive: true });
  const temporary = join(directory, `.${basename(path)}.${process.pid}.tmp`);
  const file = await open(temporary, "w");
  try {
    await file.writeFile(content);
    await file.sync();
  } finally {
    await file.close();
  }
  await rename(temporary, path);
  const dir = await open(directory, "r");
  try {
    await dir.sync();
  } finally {
    await dir.close();
  }
}

/** Saves the state a snapshot function returns; calls made during a write collapse into one. */
export function createStateWriter(path: string, snapshot: () => ServiceState) {
  let running: Promise<void> | undefined;
  let again = false;

  async function loop(): Promise<void> {
    do {
      again = false;
      await writeFileAtomic(path, `${JSON.stringify(snapshot(), null, 2)}\n`);
    } while (again);
  }

  return {
    save(): Promise<void> {
      if (running) {
        again = true;
        return running;
      }
      running = loop().finally(() => {
        running = undefined;
      });
      return running;
    },
  };
}
