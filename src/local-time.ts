// Times as the player reads them: "2024-05-01 12:20" in their own time zone. Saves and the
// branch map store UTC (ISO strings); every list shown to a player goes through here, so the
// `:saves` command, the save menus and the endings agree with the clock on the wall.

export function localTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso.slice(0, 16);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** The time zone local times are in, named for the reader ("Europe/London"; "UTC" when the machine runs on it). */
export function timeZoneName(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
