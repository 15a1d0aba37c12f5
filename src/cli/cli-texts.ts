// Commander speaks English; a planner reads Bahasa Indonesia. Its help headings, option notes and error messages
// are given in Indonesian here, and a wrong command line ends with exit code 64 (sysexits EX_USAGE).
import { CommanderError, Help, type Command, type Option } from "commander";
import { EXIT_OK, EXIT_USAGE } from "./exit-codes";

const TITLES: Record<string, string> = {
  "Usage:": "Pemakaian:",
  "Options:": "Opsi:",
  "Commands:": "Perintah:",
  "Arguments:": "Argumen:",
  "Global Options:": "Opsi umum:",
};

/** The help text's extra notes on an option: its choices and default, in Indonesian. */
function optionNote(option: Option): string {
  const notes: string[] = [];
  if (option.argChoices) notes.push(`pilihan: ${option.argChoices.join(", ")}`);
  if (option.defaultValue !== undefined && (option.required || option.optional)) notes.push(`bawaan: ${String(option.defaultValue)}`);
  const description = option.description ?? "";
  return notes.length === 0 ? description : `${description} (${notes.join("; ")})`.trim();
}

function indonesianUsage(usage: string): string {
  return usage.replace("[options]", "[opsi]").replace("[command]", "[perintah]");
}

/** One of commander's messages ("error: unknown option '--x'") in Bahasa Indonesia; unknown ones keep their text. */
export function indonesianError(message: string): string {
  const text = message.replace(/^error: /, "").trim();
  const quoted = [...text.matchAll(/'([^']*)'/g)].map((m) => m[1]);
  const suggestion = /\(Did you mean ([^?]+)\?\)/.exec(text)?.[1];
  const hint = suggestion ? ` (mungkin maksud Anda ${suggestion}?)` : "";
  let m: RegExpExecArray | null;
  if (/^unknown option/.test(text)) return `opsi tidak dikenal: ${quoted[0]}${hint}`;
  if (/^unknown command/.test(text)) return `perintah tidak dikenal: ${quoted[0]}${hint} (pilihan: validate, triwulan, template)`;
  if (/^missing required argument/.test(text)) return `argumen wajib belum diberikan: ${quoted[0]}`;
  if (/argument missing$/.test(text)) return `opsi ${quoted[0]} membutuhkan nilai`;
  if (/^required option .* not specified$/.test(text)) return `opsi wajib belum diberikan: ${quoted[0]}`;
  if ((m = /^option '([^']*)' argument '([^']*)' is invalid\. Allowed choices are (.*)\.$/s.exec(text))) {
    return `nilai "${m[2]}" untuk opsi ${m[1]} tidak dikenal; pilihan: ${m[3]}`;
  }
  if ((m = /^too many arguments.*Expected (\d+) arguments? but got (\d+)\.$/.exec(text))) {
    return `terlalu banyak argumen: diharapkan ${m[1]}, diberikan ${m[2]}`;
  }
  if ((m = /^option '([^']*)' cannot be used with option '([^']*)'$/.exec(text))) return `opsi ${m[1]} tidak dapat dipakai bersama ${m[2]}`;
  return text;
}

/** Sets Indonesian help and errors on `program` and its commands (call before adding commands: they inherit it). */
export function speakIndonesian(program: Command, write: { out: (s: string) => void; err: (s: string) => void }): Command {
  return program
    .helpOption("-h, --help", "tampilkan bantuan ini")
    .helpCommand("help [perintah]", "tampilkan bantuan untuk perintah")
    .configureHelp({
      styleTitle: (title: string) => TITLES[title] ?? title,
      commandUsage: (cmd: Command) => indonesianUsage(new Help().commandUsage(cmd)),
      subcommandTerm: (cmd: Command) => indonesianUsage(new Help().subcommandTerm(cmd)),
      optionDescription: optionNote,
    })
    .configureOutput({
      writeOut: write.out,
      writeErr: write.err,
      outputError: (str, writeErr) => writeErr(`renja: ${indonesianError(str)}\n`),
    })
    .showHelpAfterError("(ketik renja --help atau renja PERINTAH --help untuk bantuan)")
    .exitOverride();
}

/** The exit code for an error commander threw (help and version shown: 0; any usage error: 64). */
export function commanderExitCode(e: CommanderError): number {
  // Help asked for (--help, `help CMD`) and --version end with commander's 0; help shown for a wrong call with 1.
  return e.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
}
