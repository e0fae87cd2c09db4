// Browser side of the search page: runs the query from ?q= against this office's Pagefind index
// and lists the results as links. Loaded only on /szukaj/.
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

export function resultsLabel(count: number, query: string): string {
  if (count === 0) return `Brak wyników dla „${query}”.`;
  const last = count % 10;
  const teen = count % 100 >= 12 && count % 100 <= 14;
  const noun = count === 1 ? "wynik" : last >= 2 && last <= 4 && !teen ? "wyniki" : "wyników";
  return `${count} ${noun} dla „${query}”.`;
}

export async function runSearchIsland(doc: Document): Promise<void> {
  const input = doc.querySelector<HTMLInputElement>("#q");
  const status = doc.querySelector("#search-status");
  const list = doc.querySelector("#search-results");
  const query = new URLSearchParams(doc.location.search).get("q")?.trim() ?? "";
  if (!input || !status || !list || !query) return;
  input.value = query;
  status.textContent = "Szukam…";
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
    status.textContent = resultsLabel(results.length, query);
  } catch {
    status.textContent = "Wyszukiwarka jest chwilowo niedostępna. Spróbuj ponownie później.";
  }
}
