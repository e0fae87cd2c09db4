// The workflow and the relay must agree on the event and payload; the workflow must call the
// same scripts as the local pipeline. Read as text: no YAML parser is needed for these facts.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parseConfig } from "./config.ts";
import { dispatchRequest } from "./relay.ts";

const workflow = readFileSync(
  resolve(import.meta.dirname, "../../../.github/workflows/rebuild.yml"),
  "utf8",
);

const relay = parseConfig({
  REBUILD_SECRET: "0123456789abcdef",
  REBUILD_OFFICES: "krasnik",
  REBUILD_MODE: "relay",
  GITHUB_REPOSITORY: "mops/sites",
  GITHUB_TOKEN: "t",
});

describe("rebuild workflow", () => {
  it("listens to the event type the relay dispatches and reads the office it sends", () => {
    if (relay.build.mode !== "relay") throw new Error("expected relay mode");
    const { url, init } = dispatchRequest(relay.build.relay, "krasnik");
    expect(url).toBe("https://api.github.com/repos/mops/sites/dispatches");
    const body = JSON.parse(init.body);
    expect(workflow).toContain(`types: [${body.event_type}]`);
    expect(body.client_payload).toEqual({ office: "krasnik" });
    expect(workflow).toContain("github.event.client_payload.office");
  });

  it.each([
    [
      "a concurrency group per job (an office's own: office-<slug>) that cancels superseded runs",
      /group: rebuild-\$\{\{ matrix\.shard\.name \}\}\n\s+cancel-in-progress: true/,
    ],
    [
      "a matrix over the plan's shards",
      /shard: \$\{\{ fromJSON\(needs\.plan\.outputs\.shards\) \}\}/,
    ],
    [
      "the runner count passed to the plan",
      /REBUILD_RUNNERS: \$\{\{ vars\.REBUILD_RUNNERS \|\| '' \}\}/,
    ],
    ["a nightly schedule", /schedule:\n\s+- cron: "\d+ \d+ \* \* \*"/],
    ["the shared planning script", /node publisher\/src\/rebuild\/ci\.ts plan/],
    ["the shared build script", /node publisher\/src\/rebuild\/ci\.ts build out \$OFFICES/],
    ["the shard's offices", /OFFICES: \$\{\{ join\(matrix\.shard\.offices, ' '\) \}\}/],
    ["an artifact per job", /name: site-\$\{\{ matrix\.shard\.name \}\}/],
    [
      "the nightly decision on the schedule, against the last run's states",
      /NIGHTLY_STATES: \$\{\{ github\.event_name == 'schedule' && 'nightly-states\.json' \|\| '' \}\}/,
    ],
    [
      "no build job when nothing is to build",
      /build:\n\s+needs: plan\n\s+if: needs\.plan\.outputs\.count != '0'/,
    ],
    [
      "the states recorded only when every build succeeded",
      /needs\.build\.result == 'success' \|\| needs\.build\.result == 'skipped'/,
    ],
  ])("has %s", (_name, pattern) => {
    expect(workflow).toMatch(pattern);
  });
});
