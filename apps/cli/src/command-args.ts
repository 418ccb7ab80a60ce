/** `--name value` pairs after the command name. */
export class CommandArgs {
  private readonly values = new Map<string, string>();

  constructor(argv: string[]) {
    for (let i = 0; i < argv.length; i++) {
      const match = /^--([a-z-]+)(?:=(.*))?$/.exec(argv[i]);
      if (!match) throw new Error(`Unexpected argument "${argv[i]}"`);
      const value = match[2] ?? argv[++i];
      if (value === undefined) throw new Error(`--${match[1]} needs a value`);
      this.values.set(match[1], value);
    }
  }

  required(name: string): string {
    const value = this.values.get(name);
    if (!value) throw new Error(`--${name} is required`);
    return value;
  }

  optional(name: string): string | undefined {
    return this.values.get(name);
  }
}
