// ReDoS checker for Bounce Lens (`npm run check:redos`).
//
// Bounce text is written by strangers, so every regular expression that can see it must run in
// linear time. This script finds EVERY regular expression in the shipped code (lib/, components/,
// entrypoints/) with the TypeScript compiler API and checks each one with recheck:
//
//   - regex literals                                    /.../flags
//   - new RegExp(...) / RegExp(...) whose arguments fold to constant strings (string literals,
//     template literals without substitutions, String.raw`...`, '+' of those, module-level
//     `const` strings and `.source` of module-level `const` regex literals)
//   - str.match('...') / str.matchAll('...') / str.search('...') with a constant string, which
//     JavaScript turns into a RegExp
//
// A RegExp built from anything else is "dynamic, not checkable": it is listed with file:line and
// fails the run unless that line (or the comment line just above it) says
// `// redos-safe: <reason>`.
//
// Exit code: 1 on any vulnerable pattern or unexplained dynamic RegExp, else 0.
// Options: --timeout <ms> per pattern (default 10000), --root <dir>, --json.
import ts from 'typescript';
import * as recheckModule from 'recheck';
import type { Diagnostics } from 'recheck';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { availableParallelism } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';

type RecheckApi = typeof import('recheck');
const recheck: RecheckApi =
  typeof (recheckModule as Partial<RecheckApi>).checkSync === 'function'
    ? (recheckModule as RecheckApi)
    : ((recheckModule as unknown as { default: RecheckApi }).default);

export const DEFAULT_DIRS = ['lib', 'components', 'entrypoints'];

export type RegexKind = 'literal' | 'constructor' | 'string-method';

export interface FoundRegex {
  file: string; // relative to root, with forward slashes
  line: number; // 1-based
  column: number; // 1-based
  kind: RegexKind;
  /** Pattern source, when it could be determined statically. */
  source?: string;
  flags?: string;
  /** Set when the RegExp is built at run time. */
  dynamic?: boolean;
  /** The code of the dynamic call, for the report. */
  snippet?: string;
  /** Reason from a `// redos-safe: <reason>` comment, if any. */
  safeReason?: string;
}

export interface CheckedRegex extends FoundRegex {
  status: 'safe' | 'vulnerable' | 'unknown';
  complexity?: string;
  attack?: string;
  attackPattern?: string;
  error?: string;
  ms: number;
}

export interface RedosReport {
  files: number;
  patterns: CheckedRegex[];
  dynamic: FoundRegex[];
  checked: number;
  safe: number;
  vulnerable: CheckedRegex[];
  unknown: CheckedRegex[];
  dynamicUnexplained: FoundRegex[];
  uniquePatterns: number;
  ms: number;
  ok: boolean;
}

const SAFE_COMMENT = /\/\/\s*redos-safe:\s*(\S.*)$/;

/** All .ts/.tsx files (not .d.ts) under the given dirs of root. */
export function listSourceFiles(root: string, dirs: string[] = DEFAULT_DIRS): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    let entries: string[];
    try {
      entries = readdirSync(dir);
    } catch {
      return;
    }
    for (const name of entries) {
      if (name === 'node_modules' || name.startsWith('.')) continue;
      const full = path.join(dir, name);
      const st = statSync(full);
      if (st.isDirectory()) walk(full);
      else if (/\.(ts|tsx|mts|cts)$/.test(name) && !name.endsWith('.d.ts')) out.push(full);
    }
  };
  for (const d of dirs) walk(path.join(root, d));
  return out.sort();
}

/** Finds every regular expression in one source text. */
export function findRegexesInSource(fileName: string, text: string): FoundRegex[] {
  const kind = fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, kind);
  const lines = text.split(/\r?\n/);
  const found: FoundRegex[] = [];
  const skip = new Set<ts.Node>();

  // Module-level constants, for folding `new RegExp(PART + '...')`.
  const constStrings = new Map<string, ts.Expression>();
  const constRegexes = new Map<string, { source: string; flags: string }>();
  for (const stmt of sf.statements) {
    if (!ts.isVariableStatement(stmt)) continue;
    if (!(stmt.declarationList.flags & ts.NodeFlags.Const)) continue;
    for (const decl of stmt.declarationList.declarations) {
      if (!ts.isIdentifier(decl.name) || !decl.initializer) continue;
      const init = unwrap(decl.initializer);
      if (ts.isRegularExpressionLiteral(init)) constRegexes.set(decl.name.text, splitRegexLiteral(init.text));
      else constStrings.set(decl.name.text, init);
    }
  }

  const fold = (expr: ts.Expression, depth = 0): string | undefined => {
    if (depth > 20) return undefined;
    const e = unwrap(expr);
    if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return e.text;
    if (
      ts.isTaggedTemplateExpression(e) &&
      e.tag.getText(sf) === 'String.raw' &&
      ts.isNoSubstitutionTemplateLiteral(e.template)
    ) {
      return e.template.rawText ?? e.template.text;
    }
    if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      const l = fold(e.left, depth + 1);
      const r = l === undefined ? undefined : fold(e.right, depth + 1);
      return l !== undefined && r !== undefined ? l + r : undefined;
    }
    if (ts.isTemplateExpression(e)) {
      let s = e.head.text;
      for (const span of e.templateSpans) {
        const v = fold(span.expression, depth + 1);
        if (v === undefined) return undefined;
        s += v + span.literal.text;
      }
      return s;
    }
    if (ts.isIdentifier(e) && constStrings.has(e.text)) return fold(constStrings.get(e.text)!, depth + 1);
    if (ts.isPropertyAccessExpression(e) && e.name.text === 'source') {
      const target = unwrap(e.expression);
      if (ts.isRegularExpressionLiteral(target)) return splitRegexLiteral(target.text).source;
      if (ts.isIdentifier(target) && constRegexes.has(target.text)) return constRegexes.get(target.text)!.source;
    }
    return undefined;
  };

  const position = (node: ts.Node) => {
    const { line, character } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
    return { line: line + 1, column: character + 1 };
  };

  const safeReasonAt = (line: number): string | undefined => {
    const here = lines[line - 1]?.match(SAFE_COMMENT);
    if (here) return here[1].trim();
    const above = lines[line - 2];
    if (above && /^\s*\/\//.test(above)) {
      const m = above.match(SAFE_COMMENT);
      if (m) return m[1].trim();
    }
    return undefined;
  };

  const isRegExpCallee = (callee: ts.Expression): boolean => {
    const c = unwrap(callee);
    if (ts.isIdentifier(c)) return c.text === 'RegExp';
    if (ts.isPropertyAccessExpression(c)) {
      return (
        c.name.text === 'RegExp' &&
        ts.isIdentifier(c.expression) &&
        ['globalThis', 'window', 'self'].includes(c.expression.text)
      );
    }
    return false;
  };

  const visit = (node: ts.Node) => {
    if (ts.isRegularExpressionLiteral(node) && !skip.has(node)) {
      const { source, flags } = splitRegexLiteral(node.text);
      found.push({ file: fileName, ...position(node), kind: 'literal', source, flags });
    } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && isRegExpCallee(node.expression)) {
      const args = node.arguments ?? ts.factory.createNodeArray<ts.Expression>([]);
      const pos = position(node);
      const first = args[0];
      let source: string | undefined;
      let flags: string | undefined;
      if (!first) {
        source = '(?:)';
        flags = '';
      } else {
        const inner = unwrap(first);
        if (ts.isRegularExpressionLiteral(inner)) {
          // new RegExp(/x/, 'g'): check the literal once, with the flags actually used.
          skip.add(inner);
          const lit = splitRegexLiteral(inner.text);
          source = lit.source;
          flags = args[1] ? fold(args[1]) : lit.flags;
        } else {
          source = fold(first);
          flags = args[1] ? fold(args[1]) : '';
        }
      }
      if (source !== undefined && flags !== undefined) {
        found.push({ file: fileName, ...pos, kind: 'constructor', source, flags });
      } else {
        found.push({
          file: fileName,
          ...pos,
          kind: 'constructor',
          dynamic: true,
          snippet: oneLine(node.getText(sf)),
          safeReason: safeReasonAt(pos.line),
        });
      }
    } else if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      ['match', 'matchAll', 'search'].includes(node.expression.name.text) &&
      node.arguments.length === 1
    ) {
      const arg = unwrap(node.arguments[0]);
      if (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg)) {
        found.push({
          file: fileName,
          ...position(node),
          kind: 'string-method',
          source: arg.text,
          flags: node.expression.name.text === 'matchAll' ? 'g' : '',
        });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

function unwrap(e: ts.Expression): ts.Expression {
  let cur = e;
  while (
    ts.isParenthesizedExpression(cur) ||
    ts.isAsExpression(cur) ||
    ts.isSatisfiesExpression(cur) ||
    ts.isNonNullExpression(cur) ||
    ts.isTypeAssertionExpression(cur)
  ) {
    cur = cur.expression;
  }
  return cur;
}

function splitRegexLiteral(text: string): { source: string; flags: string } {
  const end = text.lastIndexOf('/');
  return { source: text.slice(1, end), flags: text.slice(end + 1) };
}

function oneLine(s: string): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > 120 ? flat.slice(0, 117) + '...' : flat;
}

/** Scans the tree: every regex in the given dirs of root (file paths relative to root). */
export function scanRegexes(root: string, dirs: string[] = DEFAULT_DIRS): { files: number; regexes: FoundRegex[] } {
  const files = listSourceFiles(root, dirs);
  const regexes: FoundRegex[] = [];
  for (const full of files) {
    const rel = path.relative(root, full).split(path.sep).join('/');
    regexes.push(...findRegexesInSource(rel, readFileSync(full, 'utf8')));
  }
  return { files: files.length, regexes };
}

/** Checks one pattern with recheck (runs in recheck's native agent, off the JS thread). */
export async function checkPattern(source: string, flags: string, timeoutMs = 10_000): Promise<Diagnostics> {
  try {
    return await recheck.check(source, flags, { timeout: timeoutMs });
  } catch (err) {
    return { source, flags, status: 'unknown', error: { kind: 'unexpected', message: String(err) } };
  }
}

/** Scans and checks. Identical source+flags are checked once; checks run `concurrency` (default: CPU count) at a time. */
export async function runRedosCheck(
  options: { root?: string; dirs?: string[]; timeoutMs?: number; concurrency?: number } = {},
): Promise<RedosReport> {
  const started = performance.now();
  const root = options.root ?? process.cwd();
  const timeoutMs = options.timeoutMs ?? 10_000;
  const { files, regexes } = scanRegexes(root, options.dirs ?? DEFAULT_DIRS);

  const unique = new Map<string, { source: string; flags: string }>();
  for (const r of regexes) if (!r.dynamic) unique.set(`${r.flags}\u0000${r.source}`, { source: r.source!, flags: r.flags! });
  const results = new Map<string, { d: Diagnostics; ms: number }>();
  const queue = [...unique.entries()];
  const worker = async () => {
    for (let item = queue.shift(); item; item = queue.shift()) {
      const [key, { source, flags }] = item;
      const t0 = performance.now();
      const d = await checkPattern(source, flags, timeoutMs);
      results.set(key, { d, ms: performance.now() - t0 });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? availableParallelism()) }, worker));

  const patterns: CheckedRegex[] = [];
  const dynamic: FoundRegex[] = [];
  for (const r of regexes) {
    if (r.dynamic) {
      dynamic.push(r);
      continue;
    }
    const { d, ms } = results.get(`${r.flags}\u0000${r.source}`)!;
    const checked: CheckedRegex = { ...r, status: d.status, ms };
    if (d.status === 'vulnerable') {
      checked.complexity = d.complexity.summary;
      checked.attackPattern = d.attack.pattern;
      checked.attack =
        d.attack.string.length > 80 ? JSON.stringify(d.attack.string.slice(0, 80)) + '...' : JSON.stringify(d.attack.string);
    } else if (d.status === 'unknown') {
      checked.error = 'message' in d.error ? `${d.error.kind}: ${d.error.message}` : d.error.kind;
    } else {
      checked.complexity = d.complexity.summary;
    }
    patterns.push(checked);
  }
  const vulnerable = patterns.filter((p) => p.status === 'vulnerable');
  const unknown = patterns.filter((p) => p.status === 'unknown');
  const dynamicUnexplained = dynamic.filter((d) => !d.safeReason);
  return {
    files,
    patterns,
    dynamic,
    checked: patterns.length,
    safe: patterns.filter((p) => p.status === 'safe').length,
    vulnerable,
    unknown,
    dynamicUnexplained,
    uniquePatterns: unique.size,
    ms: performance.now() - started,
    ok: vulnerable.length === 0 && dynamicUnexplained.length === 0,
  };
}

function show(source: string | undefined, flags: string | undefined): string {
  const s = `/${source}/${flags}`;
  return s.length > 100 ? s.slice(0, 97) + '...' : s;
}

export function formatReport(report: RedosReport): string {
  const out: string[] = [];
  for (const v of report.vulnerable) {
    out.push(`VULNERABLE ${v.file}:${v.line}  ${show(v.source, v.flags)}`);
    out.push(`    complexity: ${v.complexity}; attack: ${v.attackPattern}  (string: ${v.attack})`);
  }
  for (const u of report.unknown) {
    out.push(`warning: unknown ${u.file}:${u.line}  ${show(u.source, u.flags)}  (${u.error})`);
  }
  for (const d of report.dynamic) {
    if (d.safeReason) out.push(`dynamic (redos-safe: ${d.safeReason}) ${d.file}:${d.line}  ${d.snippet}`);
    else out.push(`DYNAMIC, not checkable, no "// redos-safe: <reason>" comment: ${d.file}:${d.line}  ${d.snippet}`);
  }
  const slowest = [...report.patterns].sort((a, b) => b.ms - a.ms)[0];
  out.push('');
  out.push(
    `ReDoS check: ${report.files} files, ${report.checked} patterns checked (${report.uniquePatterns} unique), ` +
      `${report.safe} safe, ${report.vulnerable.length} vulnerable, ${report.unknown.length} unknown, ` +
      `${report.dynamic.length} dynamic (${report.dynamic.length - report.dynamicUnexplained.length} marked redos-safe, ` +
      `${report.dynamicUnexplained.length} unexplained) in ${(report.ms / 1000).toFixed(1)} s` +
      (slowest ? `; slowest pattern ${slowest.ms.toFixed(0)} ms (${slowest.file}:${slowest.line})` : ''),
  );
  out.push(report.ok ? 'OK' : 'FAIL');
  return out.join('\n');
}

async function main(argv: string[]) {
  const arg = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const root = path.resolve(arg('--root') ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..'));
  const timeoutMs = Number(arg('--timeout') ?? 10_000);
  const report = await runRedosCheck({ root, timeoutMs });
  if (argv.includes('--json')) console.log(JSON.stringify(report, null, 2));
  else console.log(formatReport(report));
  process.exit(report.ok ? 0 : 1);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).catch((err) => {
    console.error(err);
    process.exit(2);
  });
}
