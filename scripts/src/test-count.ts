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

/** How many lines after a failure's heading are searched for its error message. */
const errorWindow = 8;
const failureHeading = /^\s*(FAIL\s|⎯+\s*(Failed Suites|Failed Tests|Unhandled \w+)|✘)/;
const errorLine = /(Error|error|Timeout|timed out|ENOTEMPTY|EADDRINUSE|Unhandled)/;

/**
 * The lines that say what failed, for the end of the run where a CI log's tail is read: every
 * failure heading vitest or pa11y-ci prints (a failed test, a file that failed outside its tests,
 * an unhandled error) and the first error message after it; each line once, in order.
 */
export function failureLines(output: string, limit = 30): string[] {
  const lines = output.replace(ansiEscape, "").split("\n");
  const found: string[] = [];
  const add = (line: string) => {
    const text = line.trim();
    if (text && !found.includes(text)) found.push(text);
  };
  lines.forEach((line, index) => {
    if (!failureHeading.test(line)) return;
    add(line);
    // The message belongs to this heading only if no other heading comes first.
    for (const next of lines.slice(index + 1, index + 1 + errorWindow)) {
      if (failureHeading.test(next)) break;
      if (errorLine.test(next)) {
        add(next);
        break;
      }
    }
  });
  return found.slice(0, limit);
}
