// The build status of offices in Polish: one line per office ("opublikowano o 10:42:05 (1,4 s)"),
// the failure's reason and that the previous version stays online, and a link to the page.
// A polite live region, so a screen reader hears the change from "buduje się" to "opublikowano".
import { buildStatusText } from "@mops/shared/editorial/build-status-text";
import type { BuildStatusLoad, OfficeBuildStatus } from "./use-build-status";

const UNKNOWN = "stan nieznany: usługa publikacji nie odpowiada";

function OfficeLine({ row, showName }: { row: OfficeBuildStatus; showName: boolean }) {
  const text = row.status ? buildStatusText(row.status, Date.now()) : { headline: UNKNOWN };
  return (
    <li style={{ marginBottom: "0.75rem" }} data-office={row.office}>
      {showName ? <strong>{row.name}: </strong> : null}
      <span data-build-state={row.status?.state ?? "unknown"}>{text.headline}</span>
      {text.detail ? <p style={{ marginTop: "0.25rem", color: "#b72b1a" }}>{text.detail}</p> : null}
      {row.page ? (
        <p style={{ marginTop: "0.25rem" }}>
          <a href={row.page} target="_blank" rel="noreferrer">
            Zobacz stronę{showName ? ` ośrodka ${row.name}` : ""} (otwiera się w nowej karcie)
          </a>
        </p>
      ) : null}
    </li>
  );
}

export function BuildStatusList({ load }: { load: BuildStatusLoad }) {
  const body =
    load.kind === "loading" ? (
      <p>Sprawdzanie stanu publikacji…</p>
    ) : load.kind === "failed" ? (
      <p>Nie udało się sprawdzić stanu publikacji. Spróbuj odświeżyć stronę.</p>
    ) : load.offices.length === 0 ? (
      <p>Brak ośrodków do pokazania.</p>
    ) : (
      <ul style={{ listStyle: "none", padding: 0, margin: 0 }}>
        {load.offices.map((row) => (
          <OfficeLine key={row.office} row={row} showName={load.offices.length > 1} />
        ))}
      </ul>
    );
  return (
    <div role="status" aria-live="polite" data-testid="build-status">
      {body}
    </div>
  );
}
