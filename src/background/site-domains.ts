// The web domain of a cited outlet or organization, for the "search the outlet's own site" link.
// Looked up by the background worker, next to the engine's lexicon (which holds the domains); the
// popup receives the domains with the analysis.
import { nameKey, ORGANIZATIONS, OUTLETS } from '../core/lexicon';

/** A name that is itself a domain ("Axios.com", "Politico.eu"). */
const DOMAIN_NAME = /^(?:www\.)?((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,})$/i;

export function siteDomain(name: string | null | undefined): string | null {
  if (!name) return null;
  const direct = DOMAIN_NAME.exec(name.trim());
  if (direct) return direct[1]!.toLowerCase();
  const key = nameKey(name);
  return OUTLETS.get(key)?.domain ?? ORGANIZATIONS.get(key)?.domain ?? null;
}
