// Writes synthetic offices as a fixtures folder the CMS seeder reads:
// <dir>/offices/<slug>.json and <dir>/files/<slug>/<name>.pdf.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { officeFixtures } from "@mops/shared/fixtures";
import { buildCorpus } from "./polish-text.ts";
import { type SyntheticOptions, seedPools, syntheticOffice } from "./synthetic-offices.ts";

export interface WrittenFixtures {
  dir: string;
  offices: string[];
  /** Entries the seeder will create: offices, departments, programmes, schedules, news posts. */
  entries: number;
  newsPosts: number;
  attachments: number;
  bytes: number;
}

/** A generator bound to the seed offices, read once. */
export function createFixtureSource(options: SyntheticOptions) {
  const seeds = officeFixtures();
  const corpus = buildCorpus(seeds);
  const pools = seedPools(seeds);
  return {
    office: (index: number) => syntheticOffice(index, options, corpus, pools),
    /** Writes offices `from` (inclusive) to `to` (exclusive) into `dir`. */
    write(dir: string, from: number, to: number): WrittenFixtures {
      const written: WrittenFixtures = {
        dir,
        offices: [],
        entries: 0,
        newsPosts: 0,
        attachments: 0,
        bytes: 0,
      };
      mkdirSync(join(dir, "offices"), { recursive: true });
      for (let index = from; index < to; index++) {
        const { fixture, files } = syntheticOffice(index, options, corpus, pools);
        const json = `${JSON.stringify(fixture, null, 2)}\n`;
        writeFileSync(join(dir, "offices", `${fixture.office.slug}.json`), json);
        for (const file of files) {
          mkdirSync(dirname(join(dir, file.path)), { recursive: true });
          writeFileSync(join(dir, file.path), file.bytes);
        }
        written.offices.push(fixture.office.slug);
        written.entries +=
          1 +
          fixture.departments.length +
          fixture.programmes.length +
          fixture.schedules.length +
          fixture.newsPosts.length;
        written.newsPosts += fixture.newsPosts.length;
        written.attachments += fixture.newsPosts.reduce((n, p) => n + p.attachments.length, 0);
        written.bytes += Buffer.byteLength(json);
      }
      return written;
    },
  };
}

export type FixtureSource = ReturnType<typeof createFixtureSource>;
