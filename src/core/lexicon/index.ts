// The named-entity lexicons the engine looks names up in: real outlets, organizations, places and
// given names, shared by every language (the words of each language are its pack's: src/core/lang).
export {
  DEMONYMS, GIVEN_NAMES, ORGANIZATIONS, OUTLETS, PLACES, NAME_LIMITS, NAME_PREFIXES, entitiesInstalled, installEntities, nameKey,
  type EntityData, type KnownName, type NamedEntry,
} from './entities';
