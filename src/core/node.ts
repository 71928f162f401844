// The engine for Node (the CLI, the benchmark): the pure engine with the bundled named-entity
// lexicons installed. The extension installs the same data from lexicon.json instead.
import { BUNDLED_ENTITIES } from './lexicon/bundled-entities';
import { installEntities } from './lexicon/entities';

installEntities(BUNDLED_ENTITIES);

export * from './index';
export { installEntities };
