// Driving the admin panel from the keyboard in Playwright, as an editor who uses no mouse: the
// focused control's accessible name, Tab until a named control has the focus, retype a field.
import type { Page } from "playwright-core";

/** The accessible name of the focused element, as far as the admin's controls need it. */
export const focusedName = (page: Page): Promise<string> =>
  page.evaluate(`(() => {
    const el = document.activeElement;
    if (!el) return "";
    return el.getAttribute("aria-label") ?? el.labels?.[0]?.textContent?.trim() ?? el.textContent?.trim() ?? "";
  })()`);

/** Presses Tab (or Shift+Tab) until the control named `name` has the focus. */
export async function tabTo(page: Page, name: string, backwards = false): Promise<void> {
  for (let stop = 0; stop < 400; stop++) {
    if ((await focusedName(page)) === name) return;
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
  }
  throw new Error(`"${name}" is not reachable with the keyboard`);
}

/** Replaces the focused field's text by typing. */
export async function retype(page: Page, text: string): Promise<void> {
  await page.keyboard.press("Control+A");
  await page.keyboard.type(text);
}

/**
 * In the opening-hours editor, adds one range per item from the keyboard: Monday to Friday by
 * default, Wednesday unticked, the times typed (Kutno's Dział Pomocy Środowiskowej week).
 */
export async function enterWeekWithoutWednesday(
  page: Page,
  ranges: ReadonlyArray<readonly [opens: string, closes: string]>,
): Promise<void> {
  for (const [index, [opens, closes]] of ranges.entries()) {
    const n = index + 1;
    await tabTo(page, "Dodaj przedział godzin");
    await page.keyboard.press("Enter");
    await tabTo(page, `śr (środa), przedział ${n}`, true);
    await page.keyboard.press("Space");
    await tabTo(page, `Od godziny, przedział ${n}`);
    await retype(page, opens);
    await tabTo(page, `Do godziny, przedział ${n}`);
    await retype(page, closes);
  }
}
