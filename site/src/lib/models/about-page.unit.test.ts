import { describe, expect, it } from "vitest";
import { fixtureContent } from "../../../test/fixture-content.ts";
import { aboutPage } from "./about-page.ts";

describe("aboutPage", () => {
  it("groups Orzesze's statutory tasks by their legal basis and names the director with her title", () => {
    const orzesze = fixtureContent("orzesze");
    const view = aboutPage(orzesze);
    expect(view.director).toEqual({
      name: "mgr Danuta Lyra",
      title: "Kierownik Miejskiego Ośrodka Pomocy Społecznej",
    });
    expect(view.taskGroups.reduce((sum, group) => sum + group.tasks.length, 0)).toBe(
      orzesze.office.statutoryTasks.length,
    );
    expect(new Set(view.taskGroups.map((group) => group.basis)).size).toBe(view.taskGroups.length);
  });

  it("renders Kutno's about text from h2 down and its history from h3 down", () => {
    const view = aboutPage(fixtureContent("kutno"));
    expect(view.aboutHtml).toMatch(/^<h2>Centrum Seniora<\/h2>/);
    expect(view.aboutHtml).toContain("<h3>Klub Seniora</h3>");
    expect(view.historyHtml).toMatch(/^<h3>Dzienny Dom Pomocy Społecznej<\/h3>/);
  });
});
