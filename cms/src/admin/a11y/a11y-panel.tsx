// The edit view's accessibility panel: the shared check (skipped heading levels, empty and
// vague links, images without alt text, capitals, tables without a header row, PDFs without a
// summary) over the saved entry's Markdown fields, as warnings in Polish that say why and how to
// fix. Never blocking: the entry saves and publishes whatever the panel says. It re-checks after
// every save, when the edit view hands it the saved document.
import {
  type EntryA11yWarning,
  entryA11yWarnings,
  MARKDOWN_FIELDS,
  type MarkdownContentType,
} from "@mops/shared/editorial/entry-a11y";
import type { ReactNode } from "react";
import { fieldLabel } from "./field-labels";

type Panel = (props: {
  model: string;
  document?: Record<string, unknown>;
}) => { title: string; content: ReactNode } | null;

const contentTypeOf = (model: string): MarkdownContentType | undefined => {
  const match = /^api::([a-z-]+)\.\1$/.exec(model);
  const type = match?.[1];
  return type && type in MARKDOWN_FIELDS && type !== "schedule"
    ? (type as MarkdownContentType)
    : undefined;
};

/** Each warning with a key unique among them: field, code, excerpt and a repeat count. */
function keyed(warnings: readonly EntryA11yWarning[]) {
  const seen = new Map<string, number>();
  return warnings.map((warning) => {
    const base = `${warning.field}|${warning.code}|${warning.excerpt ?? ""}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return { key: `${base}|${count}`, warning };
  });
}

function Warnings({ type, warnings }: { type: string; warnings: EntryA11yWarning[] }) {
  if (warnings.length === 0) {
    return <p data-testid="a11y-warnings">Nie znaleziono problemów z dostępnością tekstu.</p>;
  }
  return (
    <div data-testid="a11y-warnings">
      <p>
        {warnings.length === 1 ? "1 uwaga" : `Uwagi: ${warnings.length}`} (nie blokują zapisu ani
        publikacji):
      </p>
      <ul style={{ paddingLeft: "1.25rem", margin: 0 }}>
        {keyed(warnings).map(({ key, warning }) => (
          <li key={key} style={{ marginBottom: "0.5rem" }}>
            <strong>{fieldLabel(type, warning.field)}</strong>
            {warning.excerpt ? <> („{warning.excerpt}”)</> : null}: {warning.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

export const A11yPanel: Panel = ({ model, document }) => {
  const type = contentTypeOf(model);
  if (!type || !document) return null;
  return {
    title: "Dostępność treści",
    content: <Warnings type={type} warnings={entryA11yWarnings(type, document)} />,
  };
};
