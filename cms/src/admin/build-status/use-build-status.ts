// Polls the CMS's build-status route (src/build-status), as often as ./poll-interval.ts says: every
// second while a build is queued or running or just after the entry changed, so "opublikowano"
// shows within a second of the build.
import type { OfficeStatus } from "@mops/shared/protocol/office-status";
import { useFetchClient } from "@strapi/strapi/admin";
import { useEffect, useState } from "react";
import { nextPollMs } from "./poll-interval";

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

/**
 * The statuses of the user's offices, or of one entry's office when `entry` is given; `changedAt`
 * (the entry's last save or publish, ISO) restarts the polling at once and keeps it quick for a
 * while.
 */
export function useBuildStatus(
  entry?: { model: string; documentId: string },
  changedAt?: string | null,
): BuildStatusLoad {
  const { get } = useFetchClient();
  const [load, setLoad] = useState<BuildStatusLoad>({ kind: "loading" });
  const model = entry?.model;
  const documentId = entry?.documentId;

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const changedAtMs = changedAt ? Date.parse(changedAt) : undefined;
    const poll = async () => {
      let offices: OfficeBuildStatus[] | undefined;
      try {
        const response = await get<{ data: OfficeBuildStatus[] }>("/admin/build-status", {
          params: model && documentId ? { model, document: documentId } : {},
        });
        if (stopped) return;
        offices = response.data.data;
        setLoad({ kind: "loaded", offices });
      } catch {
        if (stopped) return;
        setLoad({ kind: "failed" });
      }
      timer = setTimeout(poll, nextPollMs(offices, Date.now(), changedAtMs));
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [get, model, documentId, changedAt]);

  return load;
}
