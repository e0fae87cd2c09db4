// Deleting a build's folder tree, for the driver and its kept processes.
import { rm } from "node:fs/promises";

/**
 * Deletes a directory tree (or a link), retrying while something still writes into it (an Astro
 * build being killed can add files during the delete: ENOTEMPTY, EBUSY).
 */
export function removeTree(dir: string): Promise<void> {
  return rm(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
}
