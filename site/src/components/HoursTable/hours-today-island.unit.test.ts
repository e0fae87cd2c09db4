import { describe, expect, it } from "vitest";
import { markToday } from "./hours-today-island.ts";

// The few DOM calls markToday makes, over plain objects: a section of tables of rows.
class FakeElement {
  readonly attributes = new Map<string, string>();
  readonly children: FakeElement[] = [];
  className = "";
  textContent = "";
  hidden = false;
  readonly tag: string;
  readonly dataset: Record<string, string | undefined>;
  private parent?: FakeElement;
  constructor(tag: string, dataset: Record<string, string | undefined> = {}) {
    this.tag = tag;
    this.dataset = dataset;
  }
  get ownerDocument() {
    return { createElement: (tag: string) => new FakeElement(tag) };
  }
  get parentNode(): FakeElement | null {
    return this.parent ?? null;
  }
  add(child: FakeElement): FakeElement {
    child.remove();
    child.parent = this;
    this.children.push(child);
    return child;
  }
  append(...nodes: Array<string | FakeElement>) {
    for (const node of nodes) if (typeof node !== "string") this.add(node);
  }
  remove() {
    this.parent?.children.splice(this.parent.children.indexOf(this), 1);
  }
  hasAttribute = (name: string) => this.attributes.has(name);
  setAttribute = (name: string, value: string) => this.attributes.set(name, value);
  removeAttribute = (name: string) => this.attributes.delete(name);
  private all(): FakeElement[] {
    return this.children.flatMap((child) => [child, ...child.all()]);
  }
  private matches(selector: string): boolean {
    const rules: Record<string, (e: FakeElement) => boolean> = {
      "[data-hours]": (e) => e.tag === "section",
      table: (e) => e.tag === "table",
      "tr[data-hours-day]": (e) => e.tag === "tr",
      th: (e) => e.tag === "th",
      ".today": (e) => e.className === "today",
    };
    return rules[selector]!(this);
  }
  querySelectorAll(selector: string) {
    return this.all().filter((e) => e.matches(selector));
  }
  querySelector(selector: string) {
    return this.querySelectorAll(selector)[0] ?? null;
  }
}

/** Monday to Sunday as the rows number them (`Date#getUTCDay`). */
const DAYS = ["1", "2", "3", "4", "5", "6", "0"];

/** A schedule's section as built: a regular week and a July–August season, no row marked, the word hidden. */
function page(validity = {}) {
  const root = new FakeElement("body");
  const section = root.add(new FakeElement("section", validity));
  for (const span of [{}, { from: "07-01", to: "08-31" }]) {
    const table = section.add(new FakeElement("table", span));
    for (const day of DAYS)
      table.add(new FakeElement("tr", { hoursDay: day })).add(new FakeElement("th"));
  }
  const mark = section.add(new FakeElement("strong"));
  Object.assign(mark, { className: "today", textContent: "dziś", hidden: true });
  return root;
}

/** Where the word is shown outside a row (it must not be). */
const strayMarks = (root: FakeElement) =>
  root.querySelectorAll(".today").filter((mark) => !mark.hidden && mark.parentNode?.tag !== "th")
    .length;

const marks = (root: FakeElement) =>
  root.querySelectorAll("table").flatMap((table, index) =>
    table.querySelectorAll("tr[data-hours-day]").flatMap((row) => {
      const current = row.attributes.get("aria-current") === "date";
      const shown = row.querySelectorAll(".today").filter((mark) => !mark.hidden);
      const word = shown.length;
      const text = shown.map((mark) => mark.textContent);
      return current || word ? [`${index}:${row.dataset.hoursDay}:${current}:${text}`] : [];
    }),
  );

describe("markToday", () => {
  describe.each([
    {
      name: "before the schedule starts",
      validity: { validFrom: "2026-12-01" },
      dates: ["2026-11-26"],
      marks: [],
    },
    {
      name: "after the schedule ended",
      validity: { validTo: "2026-11-25" },
      dates: ["2026-11-26"],
      marks: [],
    },
    { name: "a Thursday of the regular week", dates: ["2026-11-26"], marks: ["0:4:true:dziś"] },
    { name: "a Sunday in the season", dates: ["2027-07-04"], marks: ["1:0:true:dziś"] },
    {
      name: "a day later, out of the season",
      dates: ["2027-08-31", "2027-09-01"],
      marks: ["0:3:true:dziś"],
    },
    { name: "the same day twice", dates: ["2026-11-23", "2026-11-23"], marks: ["0:1:true:dziś"] },
    {
      name: "a day after the schedule ended, read since the day before",
      validity: { validTo: "2026-11-25" },
      dates: ["2026-11-25", "2026-11-26"],
      marks: [],
    },
  ])("$name", ({ validity, dates, marks: expected }) => {
    it("leaves exactly the day's row marked, the word shown on it only", () => {
      const root = page(validity);
      for (const date of dates) markToday(root as unknown as ParentNode, date);
      expect([marks(root), strayMarks(root)]).toEqual([expected, 0]);
    });
  });
});
