// The fixtures the test CMS is seeded with: the five seed offices as they are, plus, in Kutno,
// a news post carrying the XSS corpus (with a cover image) and an alert valid at the test's
// build instant, so the built output can be checked for executable markup and active alerts,
// and a department with a limited service status in force on the build day;
// Kutno also has its own favicon (a PNG), the other offices the default one.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { XSS_MARKDOWN } from "../src/lib/markdown/xss-corpus.ts";
import { gradientPng } from "./png.ts";

export const SHARED_FIXTURES = fileURLToPath(new URL("../../shared/fixtures/", import.meta.url));

/** The instant every test build is made for (a Monday, 10:00 in Warsaw). */
export const TEST_BUILD_NOW = "2026-11-23T10:00:00+01:00";

export const XSS_POST = {
  slug: "test-bezpieczenstwa-tresci",
  title: 'Test bezpieczeństwa <img src=x onerror="alert(1)">',
  coverAlt: "Kolorowe tło bez treści",
};

/** Kutno's favicon, as uploaded to the test CMS. */
export const TEST_FAVICON = { file: "files/kutno/ikona-testowa.png", png: gradientPng(256, 256) };

export const TEST_ALERT = {
  title: "Zmiana godzin pracy w grudniu",
  body: 'W dniach 24–31 grudnia ośrodek pracuje krócej. <script>alert("alert")</script>',
  level: "warning",
  validFrom: "2026-11-01T00:00:00+01:00",
  validTo: "2027-01-06T23:59:59+01:00",
};

/** Kutno's department with a limited service status in force at the test build's instant. */
export const TEST_SERVICE_STATUS = {
  department: "dzial-dodatkow-mieszkaniowych",
  serviceStatus: "limited",
  serviceStatusReason: "Remont pokoju 12 – wnioski przyjmujemy w sekretariacie na parterze.",
  serviceStatusFrom: "2026-11-16",
  serviceStatusUntil: "2026-11-30",
} as const;

export function writeTestFixtures(dir: string): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(join(SHARED_FIXTURES, "offices"), join(dir, "offices"), { recursive: true });
  cpSync(join(SHARED_FIXTURES, "files"), join(dir, "files"), { recursive: true });
  // Kraśnik's Ukrainian and English versions: the pages under /uk/ and /en/ (issue 17).
  cpSync(join(SHARED_FIXTURES, "translations"), join(dir, "translations"), { recursive: true });
  mkdirSync(join(dir, "files", "kutno"), { recursive: true });
  writeFileSync(join(dir, "files", "kutno", "okladka-testowa.png"), gradientPng(960, 540));
  writeFileSync(join(dir, TEST_FAVICON.file), TEST_FAVICON.png);
  const file = join(dir, "offices", "kutno.json");
  const kutno = JSON.parse(readFileSync(file, "utf8")) as {
    office: { alerts?: unknown[]; favicon?: string };
    departments: Array<{ slug: string }>;
    newsPosts: unknown[];
  };
  const { department, ...status } = TEST_SERVICE_STATUS;
  kutno.departments = kutno.departments.map((entry) =>
    entry.slug === department ? { ...entry, ...status } : entry,
  );
  kutno.office.alerts = [...(kutno.office.alerts ?? []), TEST_ALERT];
  kutno.office.favicon = TEST_FAVICON.file;
  kutno.newsPosts.push({
    ...XSS_POST,
    date: "2026-11-20T09:00:00+01:00",
    lead: 'Wpis testowy: <script>alert("lead")</script> nie może niczego uruchomić.',
    body: XSS_MARKDOWN,
    cover: "files/kutno/okladka-testowa.png",
    attachments: [],
    programmes: [],
  });
  writeFileSync(file, `${JSON.stringify(kutno, null, 2)}\n`);
  return dir;
}
