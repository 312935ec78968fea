/**
 * Many fixed phrases looked for in one pass over the text (Aho–Corasick). The decoder asks hundreds of
 * "does the text contain this phrase?" questions per bounce; asking them one `includes` at a time reads
 * the text once per phrase. Here the text is read once, whatever the number of phrases, and the cost
 * stays linear in the text on any input (no backtracking, nothing depends on what the text says).
 *
 * Phrases are lower-case. With `ignoreCase`, upper-case letters in the text match their lower-case
 * phrase letters, so callers need not lower-case large texts first.
 */

const ASCII = 128;
/** Nodes this close to the root get complete transition rows (see `Automaton.dense`); deeper ones are sparse. */
const DENSE_DEPTH = 4;

interface Automaton {
  /** Character → class number (1-based); 0 means the character appears in no phrase. */
  asciiClass: Uint16Array;
  otherClass: Map<number, number>;
  classCount: number;
  /** Children of node n: `childStart[n]..childStart[n+1]` index into childClass/childNode. */
  childStart: Int32Array;
  childClass: Uint16Array;
  childNode: Int32Array;
  fail: Int32Array;
  /**
   * Complete transitions (failure links already followed) for the shallow nodes, where most of the text is
   * read and nodes have many children: `dense[row * classCount + class]`, row from `denseRow` (-1 if deep).
   */
  dense: Int32Array;
  denseRow: Int32Array;
  /** Lowest phrase index ending at this node or at any node on its failure chain; -1 if none. */
  firstPhrase: Int32Array;
  /** Length of the longest phrase ending at this node or on its failure chain; 0 if none. */
  longest: Int32Array;
  /** Phrase ending exactly at this node (-1 if none), and the next node down the failure chain that has one (0 if none). */
  own: Int32Array;
  outLink: Int32Array;
  maxLength: number;
}

/** The next node from `node` on class `k`, falling back along failure links where the node has no row. */
function step(a: Automaton, node: number, k: number): number {
  if (k === 0) return 0;
  for (;;) {
    const row = a.denseRow[node];
    if (row !== -1) return a.dense[row * a.classCount + k];
    for (let e = a.childStart[node], end = a.childStart[node + 1]; e < end; e++) {
      if (a.childClass[e] === k) return a.childNode[e];
    }
    if (node === 0) return 0;
    node = a.fail[node];
  }
}

/** The node after reading character code `c` in `node`. Small enough for the engine to inline into each search loop. */
function advance(a: Automaton, node: number, c: number): number {
  const k = c < ASCII ? a.asciiClass[c] : a.otherClass.get(c) ?? 0;
  if (k === 0) return 0;
  const row = a.denseRow[node];
  return row !== -1 ? a.dense[row * a.classCount + k] : step(a, node, k);
}

function build(phrases: readonly string[], ignoreCase: boolean): Automaton {
  const asciiClass = new Uint16Array(ASCII);
  const otherClass = new Map<number, number>();
  let classes = 0;
  const setClass = (c: number, k: number) => {
    if (c < ASCII) asciiClass[c] = k;
    else otherClass.set(c, k);
  };
  const classOf = (c: number): number => {
    const known = c < ASCII ? asciiClass[c] : otherClass.get(c) ?? 0;
    if (known) return known;
    const k = ++classes;
    setClass(c, k);
    if (ignoreCase) {
      const upper = String.fromCharCode(c).toUpperCase();
      // Only one-character upper cases that lower-case back (not "ß" → "SS", not dotless i).
      if (upper.length === 1 && upper.toLowerCase() === String.fromCharCode(c) && upper.charCodeAt(0) !== c) setClass(upper.charCodeAt(0), k);
    }
    return k;
  };

  const children: Map<number, number>[] = [new Map()];
  const ends: number[] = [-1];
  const depth: number[] = [0];
  let maxLength = 0;
  phrases.forEach((phrase, index) => {
    if (!phrase) return;
    maxLength = Math.max(maxLength, phrase.length);
    let node = 0;
    for (let i = 0; i < phrase.length; i++) {
      const k = classOf(phrase.charCodeAt(i));
      let next = children[node].get(k);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        ends.push(-1);
        depth.push(depth[node] + 1);
        children[node].set(k, next);
      }
      node = next;
    }
    if (ends[node] === -1) ends[node] = index;
  });

  const count = children.length;
  let edges = 0;
  for (const c of children) edges += c.size;
  const a: Automaton = {
    asciiClass,
    otherClass,
    classCount: classes + 1,
    childStart: new Int32Array(count + 1),
    childClass: new Uint16Array(edges),
    childNode: new Int32Array(edges),
    fail: new Int32Array(count),
    dense: new Int32Array(0),
    denseRow: new Int32Array(count).fill(-1),
    firstPhrase: new Int32Array(count).fill(-1),
    longest: new Int32Array(count),
    own: Int32Array.from(ends),
    outLink: new Int32Array(count),
    maxLength,
  };
  let at = 0;
  for (let n = 0; n < count; n++) {
    a.childStart[n] = at;
    for (const [k, child] of children[n]) {
      a.childClass[at] = k;
      a.childNode[at] = child;
      at++;
    }
  }
  a.childStart[count] = at;

  // Failure links breadth-first, so a node's link is final before its children are visited.
  const queue: number[] = [...children[0].values()];
  for (let q = 0; q < queue.length; q++) {
    const node = queue[q];
    const link = a.fail[node];
    const own = ends[node];
    const inherited = a.firstPhrase[link];
    a.firstPhrase[node] = own === -1 ? inherited : inherited === -1 ? own : Math.min(own, inherited);
    a.longest[node] = own === -1 ? a.longest[link] : depth[node];
    a.outLink[node] = ends[link] !== -1 ? link : a.outLink[link];
    for (const [k, child] of children[node]) {
      a.fail[child] = step(a, link, k);
      queue.push(child);
    }
  }

  // Breadth-first order again: a node's failure target is shallower, so its row is already complete.
  const shallow = [0, ...queue.filter((n) => depth[n] <= DENSE_DEPTH)];
  const dense = new Int32Array(shallow.length * a.classCount);
  shallow.forEach((node, row) => {
    const base = row * a.classCount;
    for (let k = 1; k < a.classCount; k++) {
      const own = children[node].get(k);
      dense[base + k] = own !== undefined ? own : node === 0 ? 0 : step(a, a.fail[node], k);
    }
  });
  a.dense = dense;
  shallow.forEach((node, row) => (a.denseRow[node] = row));
  return a;
}

/**
 * Below this many phrases, one native `indexOf` per phrase beats the automaton (measured with `npm run bench`
 * on bounce texts: V8's string search skips through text far faster than a per-character loop in JavaScript).
 */
const FEW_PHRASES = 12;
const NATIVE_EARLIEST_CHARS = 4096;

/**
 * How a search is done. `native`: one `indexOf` per phrase (few phrases). `regex`: one alternation of the
 * escaped phrases, for "is any there, and where is the first": V8's regular expression engine scans about
 * twice as fast as the automaton loop in script. `automaton`: everything else, and whatever needs to know
 * every phrase present. Each gives the same answers; tests force each one.
 */
export type PhraseSearch = 'native' | 'regex' | 'automaton';

export class PhraseSet {
  readonly phrases: readonly string[];
  private readonly ignoreCase: boolean;
  private readonly few: boolean;
  private readonly forced: PhraseSearch | null;
  /** Built on first search, so a module that only declares its phrase sets costs nothing to load. */
  private automaton: Automaton | null = null;
  private alternation: RegExp | null = null;

  constructor(phrases: readonly string[], options?: { ignoreCase?: boolean; search?: PhraseSearch }) {
    this.phrases = phrases;
    this.ignoreCase = options?.ignoreCase ?? false;
    this.forced = options?.search ?? null;
    this.few = this.forced ? this.forced === 'native' : phrases.length <= FEW_PHRASES;
  }

  private get regex(): RegExp {
    if (!this.alternation) {
      const escaped = this.phrases.filter((p) => p !== '').map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      // redos-safe: an alternation of escaped literal strings, no quantifiers; a never-matching class if empty.
      this.alternation = new RegExp(escaped.length ? escaped.join('|') : '[^\\s\\S]', this.ignoreCase ? 'gi' : 'g');
    }
    return this.alternation;
  }

  private firstChars: Map<string, number[]> | null = null;

  /** Phrase indices by first character (a phrase listed twice: its first index only). */
  private get byFirstChar(): Map<string, number[]> {
    if (!this.firstChars) {
      const map = new Map<string, number[]>();
      this.phrases.forEach((p, i) => {
        if (p !== '' && this.phrases.indexOf(p) === i) map.set(p[0], [...(map.get(p[0]) ?? []), i]);
      });
      this.firstChars = map;
    }
    return this.firstChars;
  }

  private useRegex(): boolean {
    return this.forced ? this.forced === 'regex' : !this.few;
  }

  /**
   * The text to search phrase by phrase, lower-cased when case is ignored, or null when the automaton
   * must do it (many phrases, or lower-casing would move offsets, as with "İ").
   */
  private nativeText(text: string): string | null {
    if (!this.few) return null;
    if (!this.ignoreCase) return text;
    const low = text.toLowerCase();
    return low.length === text.length ? low : null;
  }

  private get built(): Automaton {
    return (this.automaton ??= build(this.phrases, this.ignoreCase));
  }

  /** The phrase listed first (lowest index) among all phrases that occur in `text`, or -1. */
  firstListedIn(text: string): number {
    const native = this.nativeText(text);
    if (native !== null) return this.phrases.findIndex((p) => p !== '' && native.includes(p));
    const a = this.built;
    const { firstPhrase } = a;
    let node = 0;
    let best = -1;
    for (let i = 0; i < text.length; i++) {
      node = advance(a, node, text.charCodeAt(i));
      const found = firstPhrase[node];
      if (found !== -1 && (best === -1 || found < best)) {
        best = found;
        if (best === 0) break;
      }
    }
    return best;
  }

  /** The first phrase listed that occurs in `text`, or null. */
  firstListedPhraseIn(text: string): string | null {
    const at = this.firstListedIn(text);
    return at === -1 ? null : this.phrases[at];
  }

  /** Index of every phrase that occurs in `text`, each once, in ascending order (a phrase listed twice: its first index). */
  indicesIn(text: string): number[] {
    const native = this.nativeText(text);
    if (native !== null) return this.phrases.flatMap((p, i) => (p !== '' && this.phrases.indexOf(p) === i && native.includes(p) ? [i] : []));
    if (this.useRegex() && !this.ignoreCase) {
      // The alternation finds each position where some phrase starts; every phrase starting there is counted.
      const seen = new Set<number>();
      const re = this.regex;
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        for (const i of this.byFirstChar.get(text[m.index]) ?? []) if (!seen.has(i) && text.startsWith(this.phrases[i], m.index)) seen.add(i);
        re.lastIndex = m.index + 1;
      }
      return [...seen].sort((x, y) => x - y);
    }
    const a = this.built;
    const { own, outLink } = a;
    const seen = new Set<number>();
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      node = advance(a, node, text.charCodeAt(i));
      for (let n = own[node] !== -1 ? node : outLink[node]; n !== 0; n = outLink[n]) {
        if (seen.has(own[n])) break;
        seen.add(own[n]);
      }
    }
    return [...seen].sort((x, y) => x - y);
  }

  /** True when any phrase occurs in `text`. */
  anyIn(text: string): boolean {
    const native = this.nativeText(text);
    if (native !== null) return this.phrases.some((p) => p !== '' && native.includes(p));
    if (this.useRegex()) {
      const re = this.regex;
      re.lastIndex = 0;
      return re.test(text);
    }
    const a = this.built;
    const { firstPhrase } = a;
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      node = advance(a, node, text.charCodeAt(i));
      if (firstPhrase[node] !== -1) return true;
    }
    return false;
  }

  /** Offset where the earliest occurrence of any phrase starts, at or after `from`, or -1. */
  earliestIn(text: string, from = 0): number {
    // Phrase-by-phrase search reads to the end for every phrase that is absent, which only pays on short
    // texts; a long one goes to the alternation, which stops at the first occurrence.
    const native = text.length - from <= NATIVE_EARLIEST_CHARS || this.forced === 'native' ? this.nativeText(text) : null;
    if (native !== null) {
      let best = -1;
      for (const p of this.phrases) {
        const at = p === '' ? -1 : native.indexOf(p, from);
        if (at !== -1 && (best === -1 || at < best)) best = at;
      }
      return best;
    }
    if (this.useRegex() || (this.few && !this.forced)) {
      // The leftmost match is where the earliest phrase starts.
      const re = this.regex;
      re.lastIndex = from;
      return re.exec(text)?.index ?? -1;
    }
    const a = this.built;
    const { longest, maxLength } = a;
    let node = 0;
    let best = -1;
    for (let i = from; i < text.length; i++) {
      // No phrase that ends here or later can start at or before `best`.
      if (best !== -1 && i + 1 - maxLength > best) break;
      node = advance(a, node, text.charCodeAt(i));
      const length = longest[node];
      if (length && (best === -1 || i - length + 1 < best)) best = i - length + 1;
    }
    return best;
  }
}
