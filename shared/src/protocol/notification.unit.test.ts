import { describe, expect, it } from "vitest";
import { NotificationError, parseNotification } from "./notification.ts";

const parse = (text: string) => parseNotification(text);

describe("parseNotification", () => {
  it.each([
    ['{"offices":["krasnik"]}', { offices: ["krasnik"] }],
    ['{"offices":"*"}', { offices: "*" }],
    [
      '{"offices":["kutno"],"events":[{"uid":"api::news-post.news-post","action":"publish","documentId":"x1"}],"extra":1}',
      {
        offices: ["kutno"],
        events: [{ uid: "api::news-post.news-post", action: "publish", documentId: "x1" }],
      },
    ],
  ])("accepts %s", (text, expected) => {
    expect(parse(text)).toEqual(expected);
  });

  it.each([
    ["{", /^body is not JSON: /],
    ['{"offices":[]}', /^body does not match the schema: offices /],
    [
      '{"offices":["Kraśnik"]}',
      /^body does not match the schema: offices\.0 is not an office slug$/,
    ],
    ['{"offices":"all"}', /^body does not match the schema: offices /],
    ["[]", /^body does not match the schema: body /],
  ])("rejects %s", (text, message) => {
    expect(() => parse(text)).toThrow(NotificationError);
    expect(() => parse(text)).toThrow(message);
  });
});
