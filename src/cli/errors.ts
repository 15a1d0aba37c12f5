/** An input the CLI cannot read: shown to the user as its message alone (Bahasa Indonesia), exit code 2. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InputError";
  }
}

/** The command line itself is wrong (an option's value, options that do not go together): exit code 64. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}
