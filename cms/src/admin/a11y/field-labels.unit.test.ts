import { describe, expect, it } from "vitest";
import { fieldLabel } from "./field-labels";

describe("fieldLabel", () => {
  it.each([
    ["news-post", "body", "Treść"],
    ["programme", "howToApply", "Jak się zgłosić"],
    ["department", "description", "Opis"],
    ["office", "accessibility.easyToRead", "Dostępność: Tekst łatwy do czytania (ETR)"],
    ["office", "alerts[0].body", "Komunikaty 1: Treść"],
    ["office", "alerts[11].body", "Komunikaty 12: Treść"],
    ["news-post", "alerts[0].body", "alerts[0].body"],
    ["programme", "unknown", "unknown"],
  ])("%s %s → %s", (type, path, label) => {
    expect(fieldLabel(type, path)).toBe(label);
  });
});
