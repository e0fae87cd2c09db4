// Prints the budget report of built office directories as JSON, for the benchmark:
//   node site/scripts/report-budgets.ts <office-dir> <site-url> [<office-dir> <site-url>…]
// Per page: HTML and CSS gzip bytes, JavaScript gzip bytes; per office: the largest page and
// any violation. Exit code 1 when a budget is exceeded.
import { BUDGETS, checkBudgets } from "../src/lib/checks/budgets.ts";

const args = process.argv.slice(2);
if (args.length === 0 || args.length % 2 !== 0) {
  console.error("usage: node site/scripts/report-budgets.ts <office-dir> <site-url> […]");
  process.exit(2);
}
const offices = [];
for (let index = 0; index < args.length; index += 2) {
  const dir = args[index]!;
  const siteUrl = args[index + 1]!;
  const report = await checkBudgets(dir, new URL(siteUrl).origin);
  const largest = report.weights.reduce(
    (max, weight) => (weight.htmlGzip + weight.cssGzip > max.htmlGzip + max.cssGzip ? weight : max),
    report.weights[0] ?? { page: "", htmlGzip: 0, cssGzip: 0, scriptGzip: 0 },
  );
  offices.push({
    dir,
    siteUrl,
    pages: report.weights.length,
    largest,
    weights: report.weights,
    violations: report.violations,
  });
}
console.log(JSON.stringify({ budgets: BUDGETS, offices }, null, 2));
process.exit(offices.some((office) => office.violations.length > 0) ? 1 : 0);
