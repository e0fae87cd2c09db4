// Browser side of the search page: runs the query from ?q= against this office's Pagefind index
// (Pagefind picks the index of the page's <html lang>) and lists the results as links, in the
// words the page hands it (#search-words, `SEARCH_WORDS[language]`). Loaded only on the search
// pages (/szukaj/, /uk/szukaj/, /en/szukaj/).
import type { SearchWords } from "@mops/shared";

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  search(query: string): Promise<{ results: PagefindResult[] }>;
}

const PAGEFIND_URL = "/pagefind/pagefind.js";
const MAX_RESULTS = 20;

/** Pagefind marks matches with <mark>; anything else in an excerpt is dropped. */
export function excerptHtml(excerpt: string): string {
  return excerpt.replace(/<(?!\/?mark>)[^>]*>/g, "");
}

/** "5 wyników dla „x”.", "22 результати для «x».": the count's form by the language's plural rules. */
export function resultsLabel(
  count: number,
  query: string,
  words: SearchWords,
  lang: string,
): string {
  const form =
    count === 0
      ? words.none
      : (words.results[new Intl.PluralRules(lang).select(count)] ?? words.results.other);
  return form.replace("{n}", String(count)).replace("{q}", query);
}

export async function runSearchIsland(doc: Document): Promise<void> {
  const input = doc.querySelector<HTMLInputElement>("#q");
  const status = doc.querySelector("#search-status");
  const list = doc.querySelector("#search-results");
  const query = new URLSearchParams(doc.location.search).get("q")?.trim() ?? "";
  const wordsJson = doc.getElementById("search-words")?.textContent;
  if (!input || !status || !list || !query || !wordsJson) return;
  const words = JSON.parse(wordsJson) as SearchWords;
  input.value = query;
  status.textContent = words.searching;
  try {
    const pagefind = (await import(/* @vite-ignore */ PAGEFIND_URL)) as Pagefind;
    const { results } = await pagefind.search(query);
    const shown = await Promise.all(results.slice(0, MAX_RESULTS).map((result) => result.data()));
    list.replaceChildren(
      ...shown.map((item) => {
        const li = doc.createElement("li");
        const link = doc.createElement("a");
        link.href = item.url;
        link.textContent = item.meta.title ?? item.url;
        const excerpt = doc.createElement("p");
        excerpt.innerHTML = excerptHtml(item.excerpt);
        li.append(link, excerpt);
        return li;
      }),
    );
    status.textContent = resultsLabel(results.length, query, words, doc.documentElement.lang);
  } catch {
    status.textContent = words.unavailable;
  }
}
