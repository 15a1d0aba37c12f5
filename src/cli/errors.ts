/** An input the CLI cannot read: shown to the user as its message alone (Bahasa Indonesia), exit code 2. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InputError";
  }
}
