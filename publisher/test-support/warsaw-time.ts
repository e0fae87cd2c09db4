// The time the admin's build-status panel shows, computed independently of it: Warsaw wall-clock
// time of an instant by the platform's Intl (not the shared calendar).
export const warsawTime = (iso: string): string =>
  new Intl.DateTimeFormat("pl-PL", {
    timeZone: "Europe/Warsaw",
    hour: "numeric",
    minute: "2-digit",
    second: "2-digit",
  }).format(new Date(iso));
