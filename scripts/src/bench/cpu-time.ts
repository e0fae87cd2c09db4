// CPU time of a process tree, from /proc (Linux): the user and system time of every live process
// of the tree plus the time of the children each has already reaped (cutime, cstime), so that a
// build process that ended between two readings still counts. The difference of two readings is
// the CPU the tree used in between.
import { readFileSync } from "node:fs";
import { processTree } from "./memory-sampler.ts";

/** Clock ticks per second of /proc's times (USER_HZ, 100 on every Linux the bench runs on). */
const TICKS_PER_SECOND = 100;

/** utime, stime, cutime, cstime: fields 14–17 of /proc/<pid>/stat, after the command's ")". */
export function statCpuTicks(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return [11, 12, 13, 14].reduce((sum, index) => sum + Number(fields[index] ?? 0), 0);
}

/** CPU seconds used so far by `root` and its descendants (reaped ones included). */
export function treeCpuSeconds(root: number): number {
  let ticks = 0;
  for (const pid of processTree(root)) {
    try {
      ticks += statCpuTicks(readFileSync(`/proc/${pid}/stat`, "utf8"));
    } catch {
      // ended between listing and reading: its parent's cutime/cstime has it
    }
  }
  return ticks / TICKS_PER_SECOND;
}
