import { signDraftGrant } from "@mops/shared/protocol/preview-signature";
import { describe, expect, it } from "vitest";
import { draftReadQuery } from "./draft-read";

const secret = "preview-secret-0123";
const now = 1_800_000_000;
const headers = (grant?: string) => (name: string) =>
  name === "x-mops-draft-grant" && grant ? grant : "";

describe("draftReadQuery", () => {
  const grant = signDraftGrant(secret, "kutno", now + 60);
  it.each([
    ["no grant", "api::news-post.news-post", undefined, secret, undefined],
    [
      "a valid grant for news",
      "api::news-post.news-post",
      grant,
      secret,
      { office: { slug: { $eq: "kutno" } } },
    ],
    ["a valid grant for offices", "api::office.office", grant, secret, { slug: { $eq: "kutno" } }],
    ["a grant while the preview is off", "api::office.office", grant, undefined, "refused"],
    ["a grant of another secret", "api::office.office", grant, "another-secret-0123", "refused"],
    [
      "a grant moved to another office",
      "api::office.office",
      grant.replace("kutno", "krasnik"),
      secret,
      "refused",
    ],
    [
      "an expired grant",
      "api::office.office",
      signDraftGrant(secret, "kutno", now - 1),
      secret,
      "refused",
    ],
  ])("%s", (_name, uid, value, key, expected) => {
    expect(draftReadQuery(uid, headers(value), key, now)).toEqual(expected);
  });
});
