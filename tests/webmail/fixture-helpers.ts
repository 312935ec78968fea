import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const FIXTURE_DIR = path.resolve(__dirname, '../../e2e/fixtures');

export function fixtureFiles(): string[] {
  return readdirSync(FIXTURE_DIR).filter((f) => f.endsWith('.html')).sort();
}

export function fixtureSource(file: string): string {
  return readFileSync(path.join(FIXTURE_DIR, file), 'utf8');
}

/** Parses a fixture the way a browser would, minus scripts (DOMParser never runs them). */
export function loadFixture(file: string): Document {
  return new DOMParser().parseFromString(fixtureSource(file), 'text/html');
}

export function meta(doc: Document, name: string): string | null {
  return doc.querySelector(`meta[name="${name}"]`)?.getAttribute('content') ?? null;
}

export interface FixtureExpectation {
  bounces: number;
  sendFailures: number;
  openMessages: number;
  title: string;
}

export function expectationOf(doc: Document): FixtureExpectation {
  const expect = meta(doc, 'fixture-expect') ?? '';
  const count = (kind: string) => {
    const match = new RegExp(`(?:^|\\s)${kind}:(\\d{1,3})(?:\\s|$)`).exec(expect);
    return match ? Number(match[1]) : 0;
  };
  return {
    bounces: count('bounce'),
    sendFailures: count('send-failure'),
    openMessages: Number(meta(doc, 'fixture-open-messages') ?? 'NaN'),
    title: meta(doc, 'fixture-title') ?? '',
  };
}

/** Where the e2e server serves fixtures: not a webmail origin, so the html attribute picks the adapter. */
export function fixtureUrl(file: string): URL {
  return new URL(`http://127.0.0.1:4173/${file}`);
}
