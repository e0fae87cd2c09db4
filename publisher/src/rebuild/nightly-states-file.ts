// The CI's record of the date state each office was last built at (ci.ts plan on the nightly
// schedule): one JSON file, { "<slug>": { content, states } }, kept between runs in the Actions
// cache. A missing file means nothing is recorded (every office is built); an unreadable one is
// an error naming the file, so a damaged cache never passes for "nothing changed".
import type { DateState } from "@mops/site/date-state";
import { z } from "zod";
import { dateStateSchema } from "./nightly.ts";
import { writeFileAtomic } from "./state-file.ts";

export class NightlyStatesError extends Error {
  override name = "NightlyStatesError";
}

const fileSchema = z.record(z.string(), dateStateSchema);

export async function readNightlyStates(
  path: string,
  read: (path: string) => Promise<string>,
): Promise<Record<string, DateState>> {
  let text: string;
  try {
    text = await read(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return {};
    throw new NightlyStatesError(`cannot read ${path}`, { cause: error });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new NightlyStatesError(`${path} is not JSON: delete it to build every office`);
  }
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) {
    throw new NightlyStatesError(`${path} has an unknown shape: delete it to build every office`);
  }
  return parsed.data;
}

export function writeNightlyStates(path: string, states: Record<string, DateState>): Promise<void> {
  return writeFileAtomic(path, `${JSON.stringify(states)}\n`);
}
