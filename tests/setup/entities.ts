// Every test runs the engine as the CLI does: with the bundled named-entity lexicons installed.
import { BUNDLED_ENTITIES } from '../../src/core/lexicon/bundled-entities';
import { installEntities } from '../../src/core/lexicon/entities';

installEntities(BUNDLED_ENTITIES);
