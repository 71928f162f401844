// When the page says its article was published. Readability reads JSON-LD (a schema.org article's
// datePublished), article:published_time and parsely-pub-date; pages also use the meta tags and
// microdata below, or JSON-LD that Readability passes over (an @type list, an @graph without @type
// at its top). This reads them all: Readability's answer comes first for an article, this one for
// the whole page. The value is returned as written: the engine normalizes it.

/**
 * Elements that hold a publication date, most specific first, with the attribute holding it, and
 * which of the elements listed below a selector could match at all (a cheap test before matches()).
 */
const isMeta = (el: Element): boolean => el.localName.toLowerCase() === 'meta';
const PUBLISHED_SELECTORS: readonly (readonly [string, string, (el: Element) => boolean])[] = [
  ['meta[property="article:published_time"], meta[property="og:article:published_time"], meta[property="og:published_time"]', 'content', isMeta],
  ['meta[itemprop="datePublished"], [itemprop="datePublished"][content]', 'content', (el) => el.hasAttribute('itemprop')],
  ['time[itemprop="datePublished"][datetime], time[pubdate][datetime]', 'datetime', (el) => el.localName.toLowerCase() === 'time'],
  ['meta[name="DC.date.issued" i], meta[name="dcterms.issued" i], meta[name="DC.date" i], meta[name="dcterms.date" i]', 'content', isMeta],
  ['meta[name="publish-date" i], meta[name="publish_date" i], meta[name="pubdate" i], meta[name="date" i], meta[name="sailthru.date" i], meta[name="parsely-pub-date" i]', 'content', isMeta],
];

/** "datePublished": "…" anywhere in a JSON-LD script, whatever its nesting. */
const JSON_LD_DATE = /"datePublished"\s*:\s*"([^"]{4,64})"/;

/** Every element any of PUBLISHED_SELECTORS or JSON_LD_SCRIPT can match (one walk of the page instead of one per selector). */
const MAY_HOLD_DATE = 'meta, time, [itemprop], script';
const JSON_LD_SCRIPT = 'script[type="application/ld+json"]';

/** The publication date the page's metadata gives, as written, or null. */
export function publishedFromPage(doc: Document): string | null {
  const elements = Array.from(doc.querySelectorAll(MAY_HOLD_DATE));
  for (const [selector, attribute, could] of PUBLISHED_SELECTORS) {
    // The first element in document order that the selector matches, as doc.querySelector(selector) finds it.
    const value = elements.find((el) => could(el) && el.matches(selector))?.getAttribute(attribute)?.trim();
    if (value) return value;
  }
  for (const script of elements.filter((el) => el.localName.toLowerCase() === 'script' && el.matches(JSON_LD_SCRIPT))) {
    const date = JSON_LD_DATE.exec(script.textContent ?? '')?.[1];
    if (date) return date;
  }
  return null;
}
