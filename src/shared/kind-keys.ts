// The message key of each source kind's name: shared by the popup's labels and the page's legend
// (the content script reads messages without webextension-polyfill, so this file imports no API).
import type { SourceKind } from '../core/types';
import type { MessageKey } from './i18n';

export const KIND_KEYS: Record<SourceKind, MessageKey> = {
  outlet: 'kindOutlet',
  person: 'kindPerson',
  organization: 'kindOrganization',
  document: 'kindDocument',
  anonymous: 'kindAnonymous',
};
