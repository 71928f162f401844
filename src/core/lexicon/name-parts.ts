// Parts of names that hold in any language: lowercase particles joined to a surname by a hyphen
// ("al-Jubbouri", "bin-Salman"), surname prefixes that put a capital inside a name ("McDonald",
// "O'Brien"), and the article the entity lexicons leave out of their keys ("the Guardian" → "guardian").
import parts from './name-parts.json';

/** A surname with a lowercase particle joined by a hyphen or apostrophe: al-Jubbouri, el-Sisi. */
export const PARTICLE_NAME = new RegExp(`^(?:${parts.hyphenParticles.join('|')})[-‐‑'’]\\p{Lu}`, 'u');
/** Surname prefixes that put a capital inside a name: McDonald, MacArthur, O'Brien. */
export const SURNAME_PREFIX = new RegExp(`^(?:${parts.surnamePrefixes.join('|')})`, 'u');
/** A leading article, left out of a name's lookup key. */
export const LEADING_ARTICLE = new RegExp(`^(?:${parts.leadingArticles.join('|')}) `, 'u');
