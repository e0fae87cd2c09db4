import { describe, expect, it } from "vitest";
import { PreviewConfigError, previewSettingsFromEnv } from "./settings";

const secret = "preview-secret-0123";

describe("previewSettingsFromEnv", () => {
  it.each([
    ["neither", {}, undefined],
    [
      "both",
      { PREVIEW_URL: "http://127.0.0.1:4400/", PREVIEW_SECRET: secret },
      { url: "http://127.0.0.1:4400", origin: "http://127.0.0.1:4400", secret },
    ],
    [
      "a URL with a path",
      { PREVIEW_URL: "https://podglad.example.org/mops", PREVIEW_SECRET: secret },
      { url: "https://podglad.example.org/mops", origin: "https://podglad.example.org", secret },
    ],
  ])("%s", (_name, env, expected) => {
    expect(previewSettingsFromEnv(env)).toEqual(expected);
  });

  it.each([
    ["only the secret", { PREVIEW_SECRET: secret }, "PREVIEW_URL is not"],
    ["only the URL", { PREVIEW_URL: "http://x.test" }, "PREVIEW_SECRET is not"],
    ["a short secret", { PREVIEW_URL: "http://x.test", PREVIEW_SECRET: "short" }, "at least 16"],
    ["not a URL", { PREVIEW_URL: "podglad", PREVIEW_SECRET: secret }, "http(s) URL"],
  ])("refuses %s", (_name, env, message) => {
    expect(() => previewSettingsFromEnv(env)).toThrow(PreviewConfigError);
    expect(() => previewSettingsFromEnv(env)).toThrow(message);
  });
});
