// O nas: statutory tasks grouped by their legal basis, the director, about and history texts.
import type { OfficeContent } from "../content/office-content.ts";
import { renderMarkdown } from "../markdown/render-markdown.ts";

export interface AboutPageView {
  aboutHtml?: string;
  director?: { name: string; title: string };
  foundedYear?: string;
  taskGroups: Array<{ basis: string; tasks: string[] }>;
  historyHtml?: string;
}

/** True when the page has something besides its heading. */
export function aboutPageHasContent(view: AboutPageView): boolean {
  return Boolean(
    view.aboutHtml ||
      view.director ||
      view.foundedYear ||
      view.taskGroups.length > 0 ||
      view.historyHtml,
  );
}

export function aboutPage(content: OfficeContent): AboutPageView {
  const { office } = content;
  // "About" stands at the top of the page (h2 and below); history sits under its own h2.
  const markdown = (text: string, headingBase: 2 | 3) =>
    renderMarkdown(text, { siteOrigin: office.siteUrl, headingBase });
  const groups = new Map<string, string[]>();
  for (const task of office.statutoryTasks) {
    groups.set(task.basis, [...(groups.get(task.basis) ?? []), task.text]);
  }
  return {
    ...(office.about ? { aboutHtml: markdown(office.about, 2) } : {}),
    ...(office.director
      ? {
          director: {
            name: [office.director.honorific, office.director.name].filter(Boolean).join(" "),
            title: office.director.title,
          },
        }
      : {}),
    // A date "YYYY-MM-DD": the year is its first four characters.
    ...(office.foundedOn ? { foundedYear: office.foundedOn.slice(0, 4) } : {}),
    taskGroups: [...groups].map(([basis, tasks]) => ({ basis, tasks })),
    ...(office.history ? { historyHtml: markdown(office.history, 3) } : {}),
  };
}
