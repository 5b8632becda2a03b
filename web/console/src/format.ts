/** Small display rules shared by the views: relative times, QA colours, change text. */

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 31_536_000],
  ['month', 2_592_000],
  ['week', 604_800],
  ['day', 86_400],
  ['hour', 3600],
  ['minute', 60],
];
const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/** "3 minutes ago", "yesterday", "just now". */
export function timeAgo(iso: string, now = Date.now()): string {
  const seconds = Math.round((Date.parse(iso) - now) / 1000);
  for (const [unit, size] of UNITS) if (Math.abs(seconds) >= size) return relative.format(Math.round(seconds / size), unit);
  return 'just now';
}

export const fullTime = (iso: string) => new Date(iso).toLocaleString('en');

/** QA score (1-5) → dot colour class and words (below 3.5 needs attention, as the API's low_score). */
export function qaLevel(score: number | null): { level: 'none' | 'good' | 'fair' | 'poor'; label: string } {
  if (score === null) return { level: 'none', label: 'Not scored yet' };
  const text = `QA ${score.toFixed(1)} of 5`;
  if (score >= 4) return { level: 'good', label: text };
  if (score >= 3.5) return { level: 'fair', label: text };
  return { level: 'poor', label: text };
}

const show = (value: unknown) => (typeof value === 'string' ? `"${value}"` : JSON.stringify(value));

/** `tone: "friendly" → "formal"`. */
export const changeText = (c: { field: string; from: unknown; to: unknown }) => `${c.field}: ${show(c.from)} → ${show(c.to)}`;
