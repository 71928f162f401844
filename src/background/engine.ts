// The engine, run by the background worker for every tab: content scripts send an article's blocks
// and get its attributions back. One copy of the engine, its language packs and its named-entity
// lexicons per browser, compiled once per worker lifetime, instead of one per tab; the script
// injected into pages keeps only Readability and the highlighter.
import { analyzeArticle } from '../core/analyze';
import { normalizePublished } from '../core/dates';
import { chooseLanguage } from '../core/lang/choose';
import { installProfiles, isLanguageProfiles, profilesInstalled } from '../core/lang/detect';
import { getLanguage, installLanguage } from '../core/lang/registry';
import type { SupportedLanguage } from '../core/lang/supported';
import type { LanguageData } from '../core/lang/types';
import { isLanguageData } from '../core/lang/validate';
import { entitiesInstalled, installEntities, type EntityData } from '../core/lexicon/entities';
import type { Block } from '../core/types';
import type { EngineAnswer } from '../shared/messages';
import { siteDomain } from './site-domains';

const isList = (v: unknown): v is unknown[] => Array.isArray(v);

/** The packaged lexicon is checked for shape before the engine trusts it. */
export function isEntityData(data: unknown): data is EntityData {
  if (typeof data !== 'object' || data === null) return false;
  const d = data as Record<string, unknown>;
  return isList(d.outlets) && isList(d.organizations) && isList(d.places) && isList(d.givenNames)
    && [d.outlets, d.organizations, d.places].every((list) => list.every((e) => typeof (e as { name?: unknown })?.name === 'string'))
    && d.givenNames.every((n) => typeof n === 'string');
}

export interface EngineData {
  entities: () => Promise<unknown>;
  language: (code: SupportedLanguage) => Promise<unknown>;
  /** The language detector's profiles (language-profiles.json). */
  profiles: () => Promise<unknown>;
}

/**
 * Analyzes blocks with the pack of their language, installing the data it needs on first use.
 * Without the entity lexicons the engine still runs (it recognizes no outlet or place by name) and
 * asks for them again next time; a pack that cannot be read is an error the popup shows.
 */
export function createEngine(data: EngineData):
  (blocks: readonly Block[], declaredLang: string | null, publishedTime?: string | null) => Promise<EngineAnswer> {
  let entities: Promise<void> | null = null;
  let profiles: Promise<void> | null = null;
  const languages = new Map<string, Promise<void>>();

  // Without the profiles no language can be chosen: an error the popup shows, asked for again next time.
  const ensureProfiles = (): Promise<void> => {
    if (profilesInstalled()) return Promise.resolve();
    profiles ??= data.profiles().then((d) => {
      if (!isLanguageProfiles(d)) throw new Error('the language profiles are malformed');
      installProfiles(d);
    }).finally(() => {
      profiles = null;
    });
    return profiles;
  };

  const ensureEntities = (): Promise<void> => {
    if (entitiesInstalled()) return Promise.resolve();
    entities ??= data.entities().then((d) => {
      if (!isEntityData(d)) throw new Error('lexicon.json is malformed');
      installEntities(d);
    }).catch((error: unknown) => {
      console.warn('Attribution Lens: named-entity lexicons unavailable', error);
      entities = null;
    });
    return entities;
  };

  const ensureLanguage = (code: SupportedLanguage): Promise<void> => {
    if (getLanguage(code)) return Promise.resolve();
    let pending = languages.get(code);
    if (!pending) {
      pending = data.language(code).then((d) => {
        if (!isLanguageData(d) || d.code !== code) throw new Error(`the ${code} language pack is malformed`);
        installLanguage(d as LanguageData);
      }).finally(() => languages.delete(code));
      languages.set(code, pending);
    }
    return pending;
  };

  return async (blocks, declaredLang, publishedTime = null) => {
    const t0 = performance.now();
    const published = normalizePublished(publishedTime);
    await ensureProfiles();
    const choice = chooseLanguage(blocks, declaredLang);
    if (!choice.supported) {
      return { lang: choice.lang, languageSupported: false, attributions: [], truncated: false, published, domains: [], timings: { installMs: 0, engineMs: performance.now() - t0 } };
    }
    const t1 = performance.now();
    await Promise.all([ensureEntities(), ensureLanguage(choice.lang)]);
    const t2 = performance.now();
    const { attributions, truncated } = analyzeArticle(blocks, { lang: choice.lang, published });
    const domains = attributions.map((a) => ({ source: siteDomain(a.source), via: siteDomain(a.via) }));
    const timings = { installMs: t2 - t1, engineMs: t1 - t0 + performance.now() - t2 };
    return { lang: choice.lang, languageSupported: true, attributions, truncated, published, domains, timings };
  };
}
