/**
 * When an active customer conversation counts as abandoned: no message for
 * PARLEY_ABANDONED_AFTER_MINUTES (default 30). Derived when listing, never stored.
 */
import type { ManagementDeps } from './deps.ts';

/** The default of PARLEY_ABANDONED_AFTER_MINUTES. */
export const DEFAULT_ABANDONED_AFTER_MINUTES = 30;

/** ISO time before which an active conversation's last activity makes it abandoned. */
export function abandonedBefore(deps: ManagementDeps, now: Date = new Date()): string {
  return new Date(now.getTime() - (deps.abandonedAfterMinutes ?? DEFAULT_ABANDONED_AFTER_MINUTES) * 60_000).toISOString();
}
