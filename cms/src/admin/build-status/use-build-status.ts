// Polls the CMS's build-status route (src/build-status): every second while a build is queued or
// running, every few seconds otherwise, so "opublikowano" shows within a second of the build.
import type { OfficeStatus } from "@mops/shared/protocol/office-status";
import { useFetchClient } from "@strapi/strapi/admin";
import { useEffect, useState } from "react";

export interface OfficeBuildStatus {
  office: string;
  name: string;
  page?: string;
  status: OfficeStatus | null;
}

export type BuildStatusLoad =
  | { kind: "loading" }
  | { kind: "failed" }
  | { kind: "loaded"; offices: OfficeBuildStatus[] };

const busyMs = 1_000;
const quietMs = 5_000;

const busy = (offices: readonly OfficeBuildStatus[]) =>
  offices.some((row) => row.status?.state === "queued" || row.status?.state === "building");

/** The statuses of the user's offices, or of one entry's office when `entry` is given. */
export function useBuildStatus(entry?: { model: string; documentId: string }): BuildStatusLoad {
  const { get } = useFetchClient();
  const [load, setLoad] = useState<BuildStatusLoad>({ kind: "loading" });
  const model = entry?.model;
  const documentId = entry?.documentId;

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      let next = quietMs;
      try {
        const response = await get<{ data: OfficeBuildStatus[] }>("/admin/build-status", {
          params: model && documentId ? { model, document: documentId } : {},
        });
        if (stopped) return;
        setLoad({ kind: "loaded", offices: response.data.data });
        if (busy(response.data.data)) next = busyMs;
      } catch {
        if (stopped) return;
        setLoad({ kind: "failed" });
      }
      timer = setTimeout(poll, next);
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [get, model, documentId]);

  return load;
}

/** For tests and the panel: whether a status list asks for a quick poll. */
export const isBusy = busy;
