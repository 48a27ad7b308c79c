import type { LogEntry } from '../../log/entries.js';

/** What `ip log` found, for its formatters. */
export interface LogResults {
  /** The plan as named on the command line. */
  path: string;
  /** Newest first. */
  entries: LogEntry[];
  /** More commits changed the plan than were read (--max-count). */
  truncated: boolean;
  /** --since, as given. */
  since?: string;
}
