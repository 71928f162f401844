// The named-entity lexicons: real outlets, organizations, places (with demonyms) and given names.
// They are most of the engine's size, so they are installed at run time rather than imported:
// Node (the CLI, the tests) installs the bundled JSON (bundled-entities.ts); the extension's
// background worker reads the same data from lexicon.json in its package.
import { PATTERNS } from '../patterns';
import { LEADING_ARTICLE } from './name-parts';

/** An entry of outlets.json, organizations.json, countries.json or regions.json. */
export interface NamedEntry {
  name: string;
  aliases?: string[];
  domain?: string;
  type?: string;
  demonyms?: string[];
}

export interface EntityData {
  outlets: NamedEntry[];
  organizations: NamedEntry[];
  /** Countries and regions. */
  places: NamedEntry[];
  givenNames: string[];
}

/** A named entity from a lexicon. */
export interface KnownName {
  name: string;
  domain?: string;
  type?: string;
}

/** Distinct texts keyed are few (an article's words and phrases): beyond this the cache starts again. */
const MAX_CACHED_KEYS = 50_000;
/**
 * Keys already worked out: every rule and lookup asks for the keys of the same words and phrases,
 * and a key takes seven replacements to make.
 */
const keyCache = new Map<string, string>();

/** Lowercase, straight apostrophes, no leading "the", no possessive, single spaces: the key names are looked up by. */
export function nameKey(text: string): string {
  let key = keyCache.get(text);
  if (key === undefined) {
    key = makeNameKey(text);
    if (keyCache.size >= MAX_CACHED_KEYS) keyCache.clear();
    keyCache.set(text, key);
  }
  return key;
}

function makeNameKey(text: string): string {
  return text
    .replace(PATTERNS.invisible, '')
    .toLowerCase()
    .replace(PATTERNS.curlyApostrophe, "'")
    .replace(PATTERNS.possessiveWordEnd, '')
    .replace(PATTERNS.nameKeyJunk, ' ')
    .replace(PATTERNS.spaces, ' ')
    .trim()
    .replace(LEADING_ARTICLE, '');
}

// Filled in place by installEntities, so every module's import sees the installed data.
export const OUTLETS = new Map<string, KnownName>();
export const ORGANIZATIONS = new Map<string, KnownName>();
/** Countries and regions: "South Africa said" speaks for a government. */
export const PLACES = new Map<string, KnownName>();
/** "Iraqi", "Tunisians", "Kurdish": modifiers that do not name a source. */
export const DEMONYMS = new Set<string>();
export const GIVEN_NAMES = new Set<string>();
/** The longest number of words in any lexicon name, so lookups try no longer spans. */
export const NAME_LIMITS = { maxWords: 1 };
/**
 * Every key of the outlet, organization and place lexicons cut after each of its words ("süddeutsche",
 * "süddeutsche zeitung"): a run of words whose key is not among them starts no known name, and
 * neither does any longer run, so lookups stop extending it.
 */
export const NAME_PREFIXES = new Set<string>();

let installed = false;

function fill(map: Map<string, KnownName>, entries: readonly NamedEntry[]): void {
  for (const e of entries) {
    const known: KnownName = { name: e.name };
    if (e.domain) known.domain = e.domain;
    if (e.type) known.type = e.type;
    // Uncached: the lexicons' own names would crowd the articles' words out of the cache.
    for (const n of [e.name, ...(e.aliases ?? [])]) map.set(makeNameKey(n), known);
  }
}

/** Replaces the named-entity lexicons with `data`. */
export function installEntities(data: EntityData): void {
  for (const m of [OUTLETS, ORGANIZATIONS, PLACES]) m.clear();
  DEMONYMS.clear();
  GIVEN_NAMES.clear();
  fill(OUTLETS, data.outlets);
  fill(ORGANIZATIONS, data.organizations);
  fill(PLACES, data.places);
  for (const e of data.places) for (const d of e.demonyms ?? []) DEMONYMS.add(d.toLowerCase());
  for (const n of data.givenNames) GIVEN_NAMES.add(n.toLowerCase());
  NAME_LIMITS.maxWords = Math.max(1, ...[...OUTLETS.keys(), ...ORGANIZATIONS.keys(), ...PLACES.keys()].map((k) => k.split(' ').length));
  NAME_PREFIXES.clear();
  for (const m of [OUTLETS, ORGANIZATIONS, PLACES]) {
    for (const key of m.keys()) {
      for (let space = key.indexOf(' '); space > 0; space = key.indexOf(' ', space + 1)) NAME_PREFIXES.add(key.slice(0, space));
      NAME_PREFIXES.add(key);
    }
  }
  installed = true;
}

/** Whether installEntities has run (without it, no outlet or place is recognized by name). */
export const entitiesInstalled = (): boolean => installed;
