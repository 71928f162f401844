// The named-entity lexicons as bundled JSON, for Node (the CLI, tests, benchmarks) and for the
// build, which writes them to the extension as lexicon.json.
import countries from './countries.json';
import type { EntityData, NamedEntry } from './entities';
import givenNames from './given-names.json';
import organizations from './organizations.json';
import outlets from './outlets.json';
import regions from './regions.json';

/** What an engine needs of an entry: its names and, for search links, its domain. */
const slim = (entries: readonly NamedEntry[]): NamedEntry[] => entries.map(({ name, aliases, domain, demonyms }) => ({
  name, ...(aliases?.length ? { aliases } : {}), ...(domain ? { domain } : {}), ...(demonyms?.length ? { demonyms } : {}),
}));

export const BUNDLED_ENTITIES: EntityData = {
  outlets: slim(outlets as NamedEntry[]),
  organizations: slim(organizations as NamedEntry[]),
  places: slim([...(countries as NamedEntry[]), ...(regions as NamedEntry[])]),
  givenNames: givenNames as string[],
};
