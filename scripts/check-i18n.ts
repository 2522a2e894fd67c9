/**
 * `npm run check:i18n`: fails (exit 1) when the translations are incomplete or out of step.
 * Web catalogs (web/src/i18n/locales/<lang>/<namespace>.json), against the zh-TW source:
 *   - a key zh-TW has is missing, a key zh-TW lacks is present, or a value is empty;
 *   - a value's {placeholders} differ from the source's;
 *   - a namespace file exists in one language and not another.
 * Web code (web/src): every literal t('key') must exist in zh-TW; every template t(`a.${x}.b`) must match
 * at least one key; every zh-TW key must be used by one of them (unused keys rot).
 * Server catalogs (src/shared/i18n/locales/<lang>.json): identical key sets, no empty values, same placeholders.
 */
import { existsSync, globSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';

const webLocalesDir = 'web/src/i18n/locales';
const serverLocalesDir = 'src/shared/i18n/locales';
const sourceLocale = 'zh-TW';
const problems: string[] = [];

type Catalog = Map<string, string>;

function flatten(value: unknown, prefix: string, into: Catalog, file: string): Catalog {
  if (typeof value === 'string') {
    into.set(prefix, value);
  } else if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, into, file);
  } else {
    problems.push(`${file}: "${prefix}" must be a string or an object of strings`);
  }
  return into;
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    problems.push(`${file}: not valid JSON (${(error as Error).message})`);
    return {};
  }
}

function placeholders(text: string): string {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join(',');
}

/** Compares each catalog with the source one; `where(locale)` names the file(s) in messages. */
function compareCatalogs(catalogs: Map<string, Catalog>, where: (locale: string) => string): void {
  const source = catalogs.get(sourceLocale);
  if (!source) {
    problems.push(`${where(sourceLocale)}: the source catalog is missing`);
    return;
  }
  for (const [locale, catalog] of catalogs) {
    for (const [key, value] of catalog) {
      if (value.trim() === '') problems.push(`${where(locale)}: "${key}" is empty`);
      const sourceValue = source.get(key);
      if (sourceValue === undefined) {
        if (locale !== sourceLocale) problems.push(`${where(locale)}: extra key "${key}" (not in ${sourceLocale})`);
      } else if (placeholders(value) !== placeholders(sourceValue)) {
        problems.push(`${where(locale)}: "${key}" has placeholders {${placeholders(value)}}, ${sourceLocale} has {${placeholders(sourceValue)}}`);
      }
    }
    for (const key of source.keys()) {
      if (!catalog.has(key)) problems.push(`${where(locale)}: missing key "${key}"`);
    }
  }
}

function checkWebCatalogs(): Catalog {
  const locales = readdirSync(webLocalesDir).filter((name) => statSync(join(webLocalesDir, name)).isDirectory());
  const namespaces = new Set(locales.flatMap((locale) => globSync(`${webLocalesDir}/${locale}/*.json`).map((f) => basename(f, '.json'))));
  const catalogs = new Map<string, Catalog>();
  for (const locale of locales) {
    const catalog: Catalog = new Map();
    for (const namespace of namespaces) {
      const file = `${webLocalesDir}/${locale}/${namespace}.json`;
      if (!existsSync(file)) {
        problems.push(`${file}: missing (namespace "${namespace}" exists in another language)`);
        continue;
      }
      flatten(readJson(file), namespace, catalog, file);
    }
    catalogs.set(locale, catalog);
  }
  compareCatalogs(catalogs, (locale) => `${webLocalesDir}/${locale}`);
  return catalogs.get(sourceLocale) ?? new Map();
}

type KeyUse = { file: string; line: number; key: string; pattern?: RegExp };

/** Finds t('literal') and t(`template ${expr}`) calls; a template becomes a pattern with one segment per ${}. */
function findKeyUses(): KeyUse[] {
  const uses: KeyUse[] = [];
  const files = globSync('web/src/**/*.{ts,tsx}');
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const lineOf = (index: number) => text.slice(0, index).split('\n').length;
    for (const match of text.matchAll(/(?<![\w$.])t\(\s*(['"])([^'"\n]+)\1/g)) {
      uses.push({ file, line: lineOf(match.index), key: match[2] ?? '' });
    }
    for (const match of text.matchAll(/(?<![\w$.])t\(\s*`/g)) {
      let index = match.index + match[0].length;
      let regex = '';
      let shown = '';
      while (index < text.length && text[index] !== '`') {
        if (text.startsWith('${', index)) {
          let depth = 1;
          index += 2;
          while (index < text.length && depth > 0) {
            if (text[index] === '{') depth++;
            else if (text[index] === '}') depth--;
            index++;
          }
          regex += '[^.]+';
          shown += '${…}';
        } else {
          const char = text[index] ?? '';
          regex += char.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
          shown += char;
          index++;
        }
      }
      uses.push({ file, line: lineOf(match.index), key: shown, pattern: new RegExp(`^${regex}$`) });
    }
  }
  return uses;
}

function checkWebUsage(source: Catalog): void {
  const uses = findKeyUses();
  const keys = [...source.keys()];
  const used = new Set<string>();
  for (const use of uses) {
    const matches = use.pattern ? keys.filter((key) => use.pattern?.test(key)) : keys.filter((key) => key === use.key);
    if (matches.length === 0) problems.push(`${use.file}:${use.line}: t('${use.key}') has no key in ${sourceLocale}`);
    for (const key of matches) used.add(key);
  }
  for (const key of keys) {
    if (!used.has(key)) problems.push(`${webLocalesDir}/${sourceLocale}: "${key}" is not used by any t() call in web/src`);
  }
}

function checkServerCatalogs(): void {
  const catalogs = new Map<string, Catalog>();
  for (const file of globSync(`${serverLocalesDir}/*.json`)) {
    catalogs.set(basename(file, '.json'), flatten(readJson(file), '', new Map(), file));
  }
  compareCatalogs(catalogs, (locale) => `${serverLocalesDir}/${locale}.json`);
}

const webSource = checkWebCatalogs();
checkWebUsage(webSource);
checkServerCatalogs();

if (problems.length > 0) {
  console.error(`check:i18n found ${problems.length} problem(s):`);
  for (const problem of problems) console.error(`  - ${problem}`);
  process.exit(1);
}
console.log(`check:i18n: ${webSource.size} web keys in every language, server catalogs in step, all t() keys exist.`);
