// Fuzz properties for Bounce Lens. One definition, two runners:
//   tests/fuzz/properties.test.ts  short run in CI (vitest)
//   scripts/fuzz.ts                long run (`npm run fuzz -- --runs N`)
import fc from 'fast-check';
import { decodePasted, decodeRaw, decodeVisibleText } from '../../lib/decode/index';
import { MessageReportSchema, type MessageReport } from '../../lib/decode/types';
import { explainFact } from '../../lib/explain/index';
import { ExplanationSchema } from '../../lib/explain/types';
import { checkEmailSize, checkMms, encodedSize, parseSize } from '../../lib/limits/check';
import { checkExtensionMatch, sniffType } from '../../lib/limits/sniff';
import {
  CI_SIZES,
  anyNumber,
  fileName,
  fileSize,
  firstBytes,
  hints,
  mimeType,
  rawInput,
  recipientFact,
  sendingService,
  sizeText,
  visibleText,
  type FuzzSizes,
} from './arbitraries';

export interface FuzzProperty<T = unknown> {
  name: string;
  /** Relative share of the long run's case budget. */
  weight: number;
  arbitrary: fc.Arbitrary<T>;
  /** Throws (or rejects) when the property does not hold. */
  check: (value: T) => void | Promise<void>;
  async?: boolean;
}

function define<T>(p: FuzzProperty<T>): FuzzProperty<unknown> {
  return p as FuzzProperty<unknown>;
}

function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

function expectReport(report: MessageReport, where: string) {
  const parsed = MessageReportSchema.safeParse(report);
  assert(parsed.success, `${where}: output fails MessageReportSchema: ${parsed.success ? '' : parsed.error.message}`);
}

function expectExplanations(report: MessageReport, service: Parameters<typeof explainFact>[1]) {
  for (const fact of report.recipients) {
    const explanation = explainFact(fact, service);
    const parsed = ExplanationSchema.safeParse(explanation);
    assert(parsed.success, `explainFact output fails ExplanationSchema: ${parsed.success ? '' : parsed.error.message}`);
  }
}

const VERDICT_RANK = { fits: 0, close: 1, 'too-big': 2 } as const;

export function buildProperties(sizes: FuzzSizes = CI_SIZES): FuzzProperty[] {
  return [
    define({
      name: 'decodeRaw never rejects and every report passes MessageReportSchema',
      weight: 3,
      async: true,
      arbitrary: rawInput(sizes),
      check: async (raw) => {
        const reports = await decodeRaw(raw);
        assert(Array.isArray(reports), 'decodeRaw did not return an array');
        reports.forEach((r, i) => expectReport(r, `decodeRaw[${i}]`));
      },
    }),
    define({
      name: 'decodeVisibleText never throws and passes MessageReportSchema',
      weight: 2,
      arbitrary: fc.tuple(visibleText(sizes), hints),
      check: ([text, h]) => expectReport(decodeVisibleText(text, h), 'decodeVisibleText'),
    }),
    define({
      name: 'decodePasted never throws and passes MessageReportSchema',
      weight: 2,
      arbitrary: visibleText(sizes),
      check: (text) => expectReport(decodePasted(text), 'decodePasted'),
    }),
    define({
      name: 'explainFact on every decoded fact never throws and passes ExplanationSchema',
      weight: 2,
      arbitrary: fc.tuple(visibleText(sizes), hints, sendingService),
      check: ([text, h, service]) => {
        const opts = service ? { service } : undefined;
        expectExplanations(decodePasted(text), opts);
        expectExplanations(decodeVisibleText(text, h), opts);
      },
    }),
    define({
      name: 'explainFact on any schema-valid fact never throws and passes ExplanationSchema',
      weight: 1,
      arbitrary: fc.tuple(recipientFact(), sendingService),
      check: ([fact, service]) => {
        expectExplanations({ kind: 'bounce', format: null, subject: null, from: null, recipients: [fact] }, service ? { service } : undefined);
      },
    }),
    define({
      name: 'checkEmailSize is monotonic: a bigger attachment never gets a better verdict',
      weight: 1,
      arbitrary: fc.tuple(fc.array(fc.record({ name: fileName, size: fileSize }), { maxLength: 6 }), fc.nat(), fileSize, fileName),
      check: ([files, pick, grow, extraName]) => {
        const before = checkEmailSize(files);
        // Either one file grows, or a file is added.
        const bigger =
          files.length > 0 && pick % 2 === 0
            ? files.map((f, i) => (i === pick % files.length ? { ...f, size: f.size + grow } : f))
            : [...files, { name: extraName, size: grow }];
        const after = checkEmailSize(bigger);
        assert(after.length === before.length, 'provider count changed');
        before.forEach((b, i) => {
          const a = after[i];
          assert(a.provider === b.provider || a.provider.id === b.provider.id, 'provider order changed');
          assert(
            VERDICT_RANK[a.verdict] >= VERDICT_RANK[b.verdict],
            `${b.provider.id}: ${b.verdict} (measured ${b.measured}) became ${a.verdict} (measured ${a.measured}) after growing`,
          );
          assert(a.measured >= b.measured, `${b.provider.id}: measured size shrank ${b.measured} -> ${a.measured}`);
          assert(a.rawToRemove >= b.rawToRemove, `${b.provider.id}: rawToRemove shrank ${b.rawToRemove} -> ${a.rawToRemove}`);
        });
      },
    }),
    define({
      name: 'checkMms is monotonic in size and type support does not depend on size',
      weight: 1,
      arbitrary: fc.tuple(fileName, mimeType, fileSize, fileSize),
      check: ([name, type, s1, s2]) => {
        const [small, big] = s1 <= s2 ? [s1, s2] : [s2, s1];
        const a = checkMms({ name, type, size: small });
        const b = checkMms({ name, type, size: big });
        assert(a.typeSupport === b.typeSupport, 'type support changed with size');
        assert(!(b.safeEverywhere && !a.safeEverywhere), 'bigger file became safe everywhere');
        a.results.forEach((ra, i) => {
          const rb = b.results[i];
          assert(
            VERDICT_RANK[rb.sizeVerdict] >= VERDICT_RANK[ra.sizeVerdict],
            `${ra.carrier}/${ra.numberType}: ${small} bytes is ${ra.sizeVerdict} but ${big} bytes is ${rb.sizeVerdict}`,
          );
        });
      },
    }),
    define({
      name: 'encodedSize is monotonic and never smaller than the file',
      weight: 1,
      arbitrary: fc.tuple(fileSize, fileSize, fileName),
      check: ([s1, s2, name]) => {
        const [small, big] = s1 <= s2 ? [s1, s2] : [s2, s1];
        const a = encodedSize(small, name);
        const b = encodedSize(big, name);
        assert(Number.isFinite(a) && a >= small, `encodedSize(${small}) = ${a}`);
        assert(b >= a, `encodedSize(${big}) = ${b} < encodedSize(${small}) = ${a}`);
      },
    }),
    define({
      name: 'size checks never throw on any number or name',
      weight: 1,
      arbitrary: fc.tuple(fc.array(fc.record({ name: fileName, size: anyNumber }), { maxLength: 4 }), anyNumber, fileName, mimeType),
      check: ([files, n, name, type]) => {
        checkEmailSize(files);
        checkMms({ name, type, size: n });
        encodedSize(n, name);
      },
    }),
    define({
      name: 'parseSize never throws and returns null or a safe non-negative integer',
      weight: 1,
      arbitrary: sizeText,
      check: (text) => {
        const n = parseSize(text);
        assert(n === null || (Number.isSafeInteger(n) && n >= 0), `parseSize(${JSON.stringify(text.slice(0, 80))}) = ${n}`);
      },
    }),
    define({
      name: 'sniffType and checkExtensionMatch never throw',
      weight: 1,
      arbitrary: fc.tuple(fileName, firstBytes),
      check: ([name, bytes]) => {
        sniffType(bytes);
        const m = checkExtensionMatch(name, bytes);
        assert(['match', 'mismatch', 'unknown'].includes(m.verdict), `bad verdict ${m.verdict}`);
      },
    }),
  ];
}

/** Wraps a definition as a fast-check property; `onCase` receives each case's duration in ms. */
export function toFcProperty(p: FuzzProperty, onCase?: (ms: number, value: unknown) => void) {
  if (p.async) {
    return fc.asyncProperty(p.arbitrary, async (value) => {
      const t0 = performance.now();
      try {
        await p.check(value);
      } finally {
        onCase?.(performance.now() - t0, value);
      }
    });
  }
  return fc.property(p.arbitrary, (value) => {
    const t0 = performance.now();
    try {
      p.check(value);
    } finally {
      onCase?.(performance.now() - t0, value);
    }
  });
}
