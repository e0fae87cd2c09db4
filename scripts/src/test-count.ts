// Reads the test counts that vitest and pa11y-ci print, so the suite can end with one total.

export interface TestCount {
  passed: number;
  failed: number;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escape sequences start with ESC.
const ansiEscape = /\u001b\[[0-9;]*m/g;

const counters: { pattern: RegExp; read: (match: RegExpMatchArray) => TestCount }[] = [
  // vitest: "      Tests  2 failed | 40 passed (42)"
  {
    pattern: /^\s*Tests\s+(.+)\(\d+\)\s*$/gm,
    read: (match) => ({
      passed: Number(/(\d+) passed/.exec(match[1] ?? "")?.[1] ?? 0),
      failed: Number(/(\d+) failed/.exec(match[1] ?? "")?.[1] ?? 0),
    }),
  },
  // pa11y-ci: "✔ 40/40 URLs passed" or "✘ 38/40 URLs passed"
  {
    pattern: /(\d+)\/(\d+) URLs passed/g,
    read: (match) => {
      const passed = Number(match[1]);
      return { passed, failed: Number(match[2]) - passed };
    },
  },
];

export function countTests(output: string): TestCount {
  const plain = output.replace(ansiEscape, "");
  const total: TestCount = { passed: 0, failed: 0 };
  for (const { pattern, read } of counters) {
    for (const match of plain.matchAll(pattern)) {
      const count = read(match);
      total.passed += count.passed;
      total.failed += count.failed;
    }
  }
  return total;
}
