import { grouped } from './plural.js';

/** "42s", "1m 05s", and from an hour on "1 h 32 min" (seconds no longer matter): how long an answer takes to say. */
export function formatDuration(seconds: number): string {
  const rounded = Math.round(seconds);
  if (rounded >= 3600) {
    const totalMinutes = Math.round(rounded / 60);
    const hours = Math.floor(totalMinutes / 60);
    const minutes = totalMinutes % 60;
    return minutes > 0 ? `${grouped(hours)} h ${minutes} min` : `${grouped(hours)} h`;
  }
  const minutes = Math.floor(rounded / 60);
  const rest = rounded % 60;
  return minutes > 0 ? `${minutes}m ${String(rest).padStart(2, '0')}s` : `${rest}s`;
}
