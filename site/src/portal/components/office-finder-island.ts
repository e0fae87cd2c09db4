// Browser side of the portal's finder: shows the search field (hidden without JavaScript, where
// the A–Z and postal-code pages do the job) and keeps visible only the offices whose name,
// municipalities, places or postal codes contain what the visitor typed; says how many match.

/** The words an office is found by, lower-case, from its card's `data-keys`. */
export function matches(keys: string, query: string): boolean {
  const words = query.toLocaleLowerCase("pl").split(/\s+/).filter(Boolean);
  return words.every((word) => keys.includes(word));
}

export const countText = (count: number): string =>
  count === 0
    ? "Nie znaleziono ośrodka. Sprawdź kod pocztowy albo wybierz gminę z listy A–Z."
    : count === 1
      ? "Znaleziono 1 ośrodek."
      : `Znaleziono ośrodki: ${count}.`;

export function runOfficeFinder(root: Document): void {
  const finder = root.getElementById("szukaj-osrodka");
  const input = finder?.querySelector("input");
  const output = finder?.querySelector("output");
  if (!finder || !input || !output) return;
  finder.hidden = false;
  const cards = [...root.querySelectorAll<HTMLElement>("[data-keys]")];
  input.addEventListener("input", () => {
    let shown = 0;
    for (const card of cards) {
      const hit = matches(card.dataset.keys ?? "", input.value);
      card.hidden = !hit;
      if (hit) shown++;
    }
    output.textContent = input.value.trim() ? countText(shown) : "";
  });
}
