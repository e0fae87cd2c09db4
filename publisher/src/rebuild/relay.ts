// CI mode: instead of building here, ask GitHub Actions to build. One repository_dispatch per
// office (event type from the configuration, `client_payload.office` the slug); the workflow
// .github/workflows/rebuild.yml builds and deploys that office.
import type { RelaySettings } from "./config.ts";

export class RelayError extends Error {
  override name = "RelayError";
}

export function dispatchRequest(relay: RelaySettings, office: string) {
  return {
    url: new URL(`/repos/${relay.repository}/dispatches`, relay.apiUrl).toString(),
    init: {
      method: "POST",
      headers: {
        accept: "application/vnd.github+json",
        authorization: `Bearer ${relay.token}`,
        "content-type": "application/json",
        "x-github-api-version": "2022-11-28",
        "user-agent": "mops-rebuild-service",
      },
      body: JSON.stringify({ event_type: relay.eventType, client_payload: { office } }),
    },
  };
}

/** Sends one dispatch; resolves when GitHub accepted it (204). */
export async function dispatchOffice(
  relay: RelaySettings,
  office: string,
  signal: AbortSignal,
): Promise<void> {
  const { url, init } = dispatchRequest(relay, office);
  const response = await fetch(url, {
    ...init,
    signal: AbortSignal.any([signal, AbortSignal.timeout(15_000)]),
  }).catch((error: unknown) => {
    throw new RelayError(`cannot reach ${relay.apiUrl}`, { cause: error });
  });
  if (response.status !== 204 && !response.ok) {
    const text = (await response.text()).slice(0, 200);
    throw new RelayError(`dispatch of ${office} answered ${response.status}: ${text}`);
  }
}
