import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import {
  type PreviewLink,
  previewPagePath,
  signDraftGrant,
  signPreviewLink,
  verifyDraftGrant,
  verifyPreviewLink,
} from "./preview-signature.ts";

const secret = "preview-test-secret-0123";
const now = 1_800_000_000;
const link: PreviewLink = {
  office: "kutno",
  type: "news-post",
  documentId: "abc123def456",
  path: "/aktualnosci/nowy-wpis/",
  expires: now + 600,
};

// OpenSSL as an independent HMAC-SHA256 implementation.
const opensslHmac = (key: string, message: string): string =>
  execFileSync("openssl", ["dgst", "-sha256", "-hmac", key, "-r"], {
    input: message,
    encoding: "utf8",
  }).split(" ")[0] ?? "";

const tampered = (name: string, value: string): URLSearchParams => {
  const query = signPreviewLink(secret, link);
  query.set(name, value);
  return query;
};

describe("signPreviewLink", () => {
  it("signs purpose and every field, as OpenSSL computes it", () => {
    const message = [
      "preview-link",
      "kutno",
      "news-post",
      "abc123def456",
      link.path,
      "",
      `${now + 600}`,
    ];
    expect(signPreviewLink(secret, link).get("sig")).toBe(opensslHmac(secret, message.join("\n")));
  });

  it("signs a translation's language with the rest", () => {
    const message = ["preview-link", "kutno", "news-post", "abc123def456", link.path, "uk"];
    const query = signPreviewLink(secret, { ...link, language: "uk" });
    expect(query.get("lang")).toBe("uk");
    expect(query.get("sig")).toBe(opensslHmac(secret, [...message, `${now + 600}`].join("\n")));
  });
});

describe("verifyPreviewLink of a translation", () => {
  const ukLink: PreviewLink = { ...link, language: "uk" };
  const changed = (from: PreviewLink, name: string, value: string | null) => {
    const query = signPreviewLink(secret, from);
    if (value === null) query.delete(name);
    else query.set(name, value);
    return query;
  };
  it.each([
    ["an intact Ukrainian link", signPreviewLink(secret, ukLink), "valid"],
    ["its language changed", changed(ukLink, "lang", "en"), "mismatch"],
    ["its language removed", changed(ukLink, "lang", null), "mismatch"],
    ["a language added to a Polish link", changed(link, "lang", "uk"), "mismatch"],
    ["a language that is not a two-letter tag", changed(ukLink, "lang", "ukr"), "malformed"],
    ["an upper-case language", changed(ukLink, "lang", "UK"), "malformed"],
  ])("%s is %s", (_name, query, verdict) => {
    const result = verifyPreviewLink(secret, query, now);
    expect(result.verdict).toBe(verdict);
    expect(result.link).toEqual(verdict === "valid" ? ukLink : undefined);
  });
});

describe("verifyPreviewLink", () => {
  it.each([
    ["an intact link", signPreviewLink(secret, link), now, "valid"],
    ["an intact link at its last second", signPreviewLink(secret, link), now + 600, "valid"],
    ["a link past its expiry", signPreviewLink(secret, link), now + 601, "expired"],
    ["another office", tampered("office", "krasnik"), now, "mismatch"],
    ["another document", tampered("document", "zzz999"), now, "mismatch"],
    ["another type", tampered("type", "programme"), now, "mismatch"],
    ["another path", tampered("path", "/o-nas/"), now, "mismatch"],
    ["a later expiry", tampered("expires", String(now + 9999)), now, "mismatch"],
    ["a changed signature", tampered("sig", "0".repeat(64)), now, "mismatch"],
    ["no signature", tampered("sig", ""), now, "malformed"],
    ["an unknown type", tampered("type", "user"), now, "malformed"],
    ["a path leaving the site", tampered("path", "/../x/"), now, "malformed"],
    ["a bad office slug", tampered("office", "Kutno"), now, "malformed"],
  ])("%s is %s", (_name, query, at, verdict) => {
    const result = verifyPreviewLink(secret, query, at);
    expect(result.verdict).toBe(verdict);
    expect(result.link).toEqual(verdict === "valid" ? link : undefined);
  });

  it("refuses a link signed with another secret", () => {
    const query = signPreviewLink("another-secret-0123456", link);
    expect(verifyPreviewLink(secret, query, now).verdict).toBe("mismatch");
  });
});

describe("verifyDraftGrant", () => {
  const grant = signDraftGrant(secret, "kutno", now + 60);
  const linkSig = signPreviewLink(secret, link).get("sig") ?? "";
  it.each([
    ["an intact grant", grant, now, { verdict: "valid", office: "kutno" }],
    ["an expired grant", grant, now + 61, { verdict: "expired" }],
    [
      "a grant moved to another office",
      grant.replace("kutno", "krasnik"),
      now,
      { verdict: "mismatch" },
    ],
    [
      "a grant with a later expiry",
      grant.replace(`${now + 60}`, `${now + 999}`),
      now,
      { verdict: "mismatch" },
    ],
    [
      "a link's signature as a grant",
      `kutno.${now + 600}.${linkSig}`,
      now,
      { verdict: "mismatch" },
    ],
    ["garbage", "kutno", now, { verdict: "malformed" }],
    ["an extra part", `${grant}.x`, now, { verdict: "malformed" }],
  ])("%s", (_name, value, at, expected) => {
    expect(verifyDraftGrant(secret, value, at)).toEqual(expected);
  });
});

describe("previewPagePath", () => {
  it.each([
    ["office", {}, "/"],
    ["news-post", { slug: "zasilek" }, "/aktualnosci/zasilek/"],
    ["department", { slug: "dzial-pomocy" }, "/dzialy/dzial-pomocy/"],
    ["programme", { slug: "wspieraj-seniora" }, "/programy/wspieraj-seniora/"],
    ["schedule", { department: "dzial-pomocy" }, "/dzialy/dzial-pomocy/"],
    ["schedule", { programme: "wspieraj-seniora" }, "/programy/wspieraj-seniora/"],
    ["schedule", {}, "/kontakt/"],
    ["news-post", { slug: null }, "/aktualnosci/"],
  ] as const)("%s %j shows on %s", (type, entry, path) => {
    expect(previewPagePath(type, entry)).toBe(path);
  });
});
