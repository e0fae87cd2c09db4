// Checks of a built office site that other packages run too (`@mops/site/checks`): the size
// budgets, the reading of built pages, internal links and the precompressed siblings.
export * from "./budgets.ts";
export * from "./built-site.ts";
export * from "./contact-coverage.ts";
export * from "./empty-pages.ts";
export * from "./hours-tables.ts";
export * from "./internal-links.ts";
export * from "./phone-links.ts";
export * from "./precompressed.ts";
