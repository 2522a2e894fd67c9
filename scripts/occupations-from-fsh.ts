/**
 * `node scripts/occupations-from-fsh.ts <CodeSystem.fsh> [--from <where the file came from>] [--out <file.json>]`
 *
 * Turns a FHIR Shorthand CodeSystem of the national occupation classification (職業標準分類) into the data
 * file the employment module reads (src/modules/employment/occupations.mol-6.json by default). TW Core IG
 * publishes the classification as `CodeSystem/occupation-mol-tw`; when 勞動部 revises it and TW Core follows,
 * a county saves the new .fsh file and runs this script again, then reviews the diff and the unit test.
 *
 * The shape it reads: a concept line is `* #1 #11 #111 #1111  "民意代表"`, the chain of codes from the major
 * group down, the last one the concept and the one before it its parent; `^property` lines and anything else
 * are skipped. The header's `Id:`, `Title:`, `^url`, `^version` and `^copyright` are kept as the source.
 * The script refuses (exit 1) a file whose codes are not 1–4 digits, repeat, or whose parent is missing or
 * not a prefix of its child: a broken classification must not reach the job-seeker forms.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const occupationLevels = ['major', 'sub-major', 'minor', 'unit'] as const;
export type OccupationLevel = (typeof occupationLevels)[number];
export type OccupationConcept = { code: string; name: string; level: OccupationLevel; parent: string | null };
export type OccupationCodeSystem = {
  source: { id: string; title: string; url: string; version: string; copyright: string; from: string };
  concepts: OccupationConcept[];
};

const conceptLine = /^\*\s+((?:#[^\s"]+\s+)+)"((?:[^"\\]|\\.)*)"\s*$/;
const headerValue = (text: string, pattern: RegExp) => text.match(pattern)?.[1]?.trim() ?? '';

/** Reads the concepts of an FSH CodeSystem of this shape; throws with every problem found. */
export function parseFshCodeSystem(fsh: string, from: string): OccupationCodeSystem {
  const concepts: OccupationConcept[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  fsh.split(/\r?\n/).forEach((line, index) => {
    const match = conceptLine.exec(line);
    if (!match) return;
    const chain = match[1]!.trim().split(/\s+/).map((token) => token.slice(1));
    const code = chain.at(-1)!;
    const parent = chain.length > 1 ? chain.at(-2)! : null;
    const where = `line ${index + 1}`;
    if (!/^\d{1,4}$/.test(code)) problems.push(`${where}: code "${code}" is not 1–4 digits`);
    else if (code.length !== chain.length) problems.push(`${where}: code ${code} sits at depth ${chain.length}`);
    if (seen.has(code)) problems.push(`${where}: code ${code} appears twice`);
    if (parent !== null && !(seen.has(parent) && code.startsWith(parent) && code.length === parent.length + 1)) {
      problems.push(`${where}: the parent ${parent} of ${code} is missing or not its prefix`);
    }
    seen.add(code);
    const name = match[2]!.replace(/\\(.)/g, '$1').trim();
    if (!name) problems.push(`${where}: code ${code} has no name`);
    concepts.push({ code, name, level: occupationLevels[Math.min(chain.length, 4) - 1]!, parent });
  });
  if (concepts.length === 0) problems.push('no concept lines (* #code "name") found');
  if (problems.length) throw new Error(`The code system is not usable:\n${problems.join('\n')}`);
  return {
    source: {
      id: headerValue(fsh, /^Id:\s*(.+)$/m),
      title: headerValue(fsh, /^Title:\s*"(.*)"\s*$/m),
      url: headerValue(fsh, /^\*\s*\^url\s*=\s*"(.*)"\s*$/m),
      version: headerValue(fsh, /^\*\s*\^version\s*=\s*"(.*)"\s*$/m),
      copyright: headerValue(fsh, /^\*\s*\^copyright\s*=\s*"(.*)"\s*$/m),
      from,
    },
    concepts,
  };
}

function main(args: string[]) {
  const input = args.find((arg, i) => !arg.startsWith('--') && !args[i - 1]?.startsWith('--'));
  const option = (name: string) => {
    const at = args.indexOf(`--${name}`);
    return at >= 0 ? args[at + 1] : undefined;
  };
  if (!input) {
    console.error('usage: node scripts/occupations-from-fsh.ts <CodeSystem.fsh> [--from <source>] [--out <file.json>]');
    process.exit(2);
  }
  const out = option('out') ?? 'src/modules/employment/occupations.mol-6.json';
  try {
    const system = parseFshCodeSystem(readFileSync(input, 'utf8'), option('from') ?? input);
    // One concept a line, so that a new revision's diff reads code by code.
    const lines = system.concepts.map((concept) => `  ${JSON.stringify(concept)}`);
    writeFileSync(out, `{\n "source": ${JSON.stringify(system.source)},\n "concepts": [\n${lines.join(',\n')}\n ]\n}\n`);
    const perLevel = occupationLevels.map((level) => `${level} ${system.concepts.filter((c) => c.level === level).length}`);
    console.log(`${out}: ${system.concepts.length} concepts (${perLevel.join(', ')})`);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
