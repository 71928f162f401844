// Numbers as the summary writes them, the same in the text table, the HTML and the charts' text.
import type { ProfileCategory } from '../core/profile';

/** A share (0..1) as a whole percentage; a dash when there is nothing to divide by. */
export const percent = (value: number | null): string => (value === null ? '–' : `${Math.round(value * 100)}%`);

/** A count with thousands separators (English, as the CLI's other outputs). */
export const count = (value: number): string => value.toLocaleString('en');

/** An average with one decimal. */
export const decimal = (value: number): string => value.toLocaleString('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A histogram bin as a band of percentages: "10–20%" (the last one ends at 100% inclusive). */
export const band = (from: number, to: number): string => `${Math.round(from * 100)}–${Math.round(to * 100)}%`;

/** The sourcing profile's categories, named for the summary. */
export const CATEGORY_NAMES: Readonly<Record<ProfileCategory, string>> = {
  'people-organizations': 'People and organizations',
  outlets: 'News outlets',
  documents: 'Documents',
  unnamed: 'Unnamed or vague sources',
};
