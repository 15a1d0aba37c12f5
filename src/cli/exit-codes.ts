// The exit codes of `renja`, as scripts see them (README). 64 is sysexits' EX_USAGE, so a wrong command line
// is never mistaken for "errors found" (1).
export const EXIT_OK = 0;
/** Validation found errors (warnings and info do not count). */
export const EXIT_FINDINGS = 1;
/** An input could not be read, or an output could not or may not be written. */
export const EXIT_UNREADABLE = 2;
/** The command line is wrong: unknown option or command, a missing or invalid value, options that clash. */
export const EXIT_USAGE = 64;
