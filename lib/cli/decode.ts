import { readFileSync } from 'node:fs';
import { decodePasted, decodeRaw, decodeVisibleText } from '../decode';
import type { MessageReport } from '../decode/types';
import { explainFact } from '../explain';
import { SENDING_SERVICES, type SendingService } from '../explain/sending-services';
import { reportToJsonLines, reportToText } from './json-lines';
import { runMain } from './run-main';

/**
 * Usage: npm run decode -- [--json] [--service NAME] FILE... | -
 * ("-" reads one message or pasted text from stdin; --service tailors fix steps, e.g. --service gmail)
 */

function readStdin(): Buffer {
  try {
    return readFileSync(0);
  } catch {
    return Buffer.alloc(0);
  }
}

/** Headers at the top mean a whole message; anything else is text someone pasted or copied from a webmail. */
function looksLikeRfc822(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  return /^(From |[A-Za-z0-9-]{1,76}:[^\n]{0,998}\r?\n(?:[A-Za-z0-9-]{1,76}:|[ \t]))/.test(head);
}

export async function decodeInput(bytes: Uint8Array): Promise<MessageReport[]> {
  if (looksLikeRfc822(bytes)) return decodeRaw(bytes);
  const text = Buffer.from(bytes).toString('utf8');
  const visible = decodeVisibleText(text);
  if (visible.kind !== 'not-bounce') return [visible];
  return [decodePasted(text)];
}

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const serviceAt = argv.indexOf('--service');
  const serviceArg = serviceAt >= 0 ? argv[serviceAt + 1] : undefined;
  if (serviceAt >= 0 && !(SENDING_SERVICES as readonly string[]).includes(serviceArg ?? '')) {
    console.error(`decode: --service takes one of: ${SENDING_SERVICES.join(', ')}`);
    return 2;
  }
  const service = serviceArg as SendingService | undefined;
  const files = argv.filter((a, i) => a !== '--json' && (serviceAt < 0 || (i !== serviceAt && i !== serviceAt + 1)));
  if (files.length === 0) {
    console.error('usage: npm run decode -- [--json] [--service NAME] FILE... | -');
    return 2;
  }
  const explain = (fact: Parameters<typeof explainFact>[0]) => explainFact(fact, service ? { service } : undefined);
  let failed = false;
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = file === '-' ? readStdin() : readFileSync(file);
    } catch (err) {
      console.error(`decode: cannot read ${file}: ${(err as Error).message}`);
      failed = true;
      continue;
    }
    const reports = await decodeInput(bytes);
    if (reports.length === 0) {
      if (json) console.log(JSON.stringify({ file, message: 0, bounce: false }));
      else console.log(`${file}: no message`);
      continue;
    }
    reports.forEach((report, i) => {
      if (json) for (const line of reportToJsonLines(file, i, report, (fact) => ({ explanation: explain(fact) }))) console.log(line);
      else console.log(reportToText(file, i, report, (fact) => explain(fact)));
    });
  }
  return failed ? 1 : 0;
}

runMain(() => main(process.argv.slice(2)));
