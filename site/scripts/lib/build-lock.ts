// One build driver at a time per checkout: Astro shares site/.astro between builds.
import { open, readFile, rm } from "node:fs/promises";

export class BuildLockError extends Error {
  override name = "BuildLockError";
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Takes the lock file, or throws when a live process holds it; a stale lock is taken over. */
export async function acquireBuildLock(path: string): Promise<() => Promise<void>> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(path, "wx");
      await handle.writeFile(String(process.pid));
      await handle.close();
      return () => rm(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number((await readFile(path, "utf8").catch(() => "")).trim());
      if (Number.isInteger(holder) && holder > 0 && isAlive(holder)) {
        throw new BuildLockError(`another build (pid ${holder}) is running: ${path}`);
      }
      await rm(path, { force: true });
    }
  }
  throw new BuildLockError(`cannot take the build lock ${path}`);
}
