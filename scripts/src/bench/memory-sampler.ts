// Peak memory of process trees, sampled from /proc (Linux). Every `intervalMs` it finds the roots
// and all their descendants (parent pid from /proc/<pid>/stat), sums their resident set
// (VmRSS of /proc/<pid>/status) and keeps the highest sum; it also keeps the highest VmHWM (the
// kernel's own peak RSS of one process) seen for any process of the tree. The tree sum can miss a
// peak shorter than the interval; VmHWM cannot, but counts one process only.
import { readdirSync, readFileSync } from "node:fs";

export interface MemoryPeak {
  /** Highest sum of VmRSS over the tree at one sample, in bytes. */
  treeRssBytes: number;
  /** Highest VmHWM of any single process of the tree, in bytes. */
  processHwmBytes: number;
  /** Most processes seen in the tree at once. */
  processes: number;
  samples: number;
}

const kib = (status: string, field: string): number => {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status);
  return match ? Number(match[1]) * 1024 : 0;
};

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined; // the process ended between listing and reading
  }
}

/** Parent pid of every process, from /proc/<pid>/stat (the field after the command in parens). */
function parentMap(): Map<number, number> {
  const parents = new Map<number, number>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    const stat = readText(`/proc/${name}/stat`);
    if (!stat) continue;
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    parents.set(Number(name), Number(fields[1]));
  }
  return parents;
}

/** The root and its descendants (`parents`: a snapshot of the process table). */
export function processTree(root: number, parents = parentMap()): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, parent] of parents) {
    const list = children.get(parent) ?? [];
    list.push(pid);
    children.set(parent, list);
  }
  const tree: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/** The command line of a process, or "" when it is gone. */
export function commandLine(pid: number): string {
  return (readText(`/proc/${pid}/cmdline`) ?? "").split("\0").join(" ").trim();
}

export interface MemorySampler {
  /** Takes one sample now. */
  sample(): void;
  /** Stops sampling (after one last sample) and returns the peaks. */
  stop(): MemoryPeak;
}

/**
 * Samples the trees of `roots()` (a function: a root may be known only once it started; pids that
 * are undefined are left out, and with none nothing is sampled).
 */
export function sampleMemory(
  roots: () => readonly (number | undefined)[],
  options: { intervalMs?: number } = {},
): MemorySampler {
  const peak: MemoryPeak = { treeRssBytes: 0, processHwmBytes: 0, processes: 0, samples: 0 };
  const sample = () => {
    const pids = roots().filter((pid): pid is number => pid !== undefined);
    if (pids.length === 0) return;
    const parents = parentMap();
    const tree = new Set(pids.flatMap((pid) => processTree(pid, parents)));
    let sum = 0;
    let alive = 0;
    for (const member of tree) {
      const status = readText(`/proc/${member}/status`);
      if (!status) continue;
      alive++;
      sum += kib(status, "VmRSS");
      peak.processHwmBytes = Math.max(peak.processHwmBytes, kib(status, "VmHWM"));
    }
    if (alive === 0) return;
    peak.samples++;
    peak.treeRssBytes = Math.max(peak.treeRssBytes, sum);
    peak.processes = Math.max(peak.processes, alive);
  };
  const timer = setInterval(sample, options.intervalMs ?? 250);
  timer.unref();
  sample();
  return {
    sample,
    stop() {
      sample();
      clearInterval(timer);
      return { ...peak };
    },
  };
}
