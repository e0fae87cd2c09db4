// A small seeded pseudo-random generator (sfc32), so a bench run with the same seed writes the
// same content. Each office gets a stream of its own (`streamFor(seed, "office", 7)`): office 7 is
// the same whether the run has 5 offices or 500.

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** `count` distinct items in random order (all of them when there are fewer). */
  sample<T>(items: readonly T[], count: number): T[];
  shuffle<T>(items: readonly T[]): T[];
}

export class RandomError extends Error {
  override name = "RandomError";
}

/** 32-bit FNV-1a of a string: turns a seed and labels into generator state. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function sfc32(a: number, b: number, c: number, d: number): () => number {
  return () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

export function createRandom(seed: string): Random {
  const next = sfc32(
    fnv1a(`a:${seed}`),
    fnv1a(`b:${seed}`),
    fnv1a(`c:${seed}`),
    fnv1a(`d:${seed}`),
  );
  // Warm up: the first outputs of sfc32 from hashed state are poorly mixed.
  for (let i = 0; i < 12; i++) next();
  const int = (min: number, max: number) => {
    if (!Number.isInteger(min) || !Number.isInteger(max) || max < min) {
      throw new RandomError(`int(${min}, ${max}): need whole numbers with min ≤ max`);
    }
    return min + Math.floor(next() * (max - min + 1));
  };
  const shuffle = <T>(items: readonly T[]): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = int(0, i);
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy;
  };
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick(items) {
      if (items.length === 0) throw new RandomError("pick from an empty list");
      return items[int(0, items.length - 1)]!;
    },
    sample: (items, count) => shuffle(items).slice(0, Math.max(0, count)),
    shuffle,
  };
}

/** The generator of one labelled stream of a seed, e.g. `streamFor(1, "office", 7)`. */
export function streamFor(seed: number | string, ...labels: (string | number)[]): Random {
  return createRandom([seed, ...labels].join("/"));
}
