// Web domains of news outlets an article may cite, for the "search the outlet's own site" link.
// Keys are outlet names as articles write them, compared without case and without a leading "the".

const DOMAINS: Record<string, string> = {
  'reuters': 'reuters.com',
  'associated press': 'apnews.com', 'ap': 'apnews.com', 'the associated press': 'apnews.com',
  'agence france-presse': 'afp.com', 'afp': 'afp.com',
  'bbc': 'bbc.com', 'bbc news': 'bbc.com',
  'new york times': 'nytimes.com', 'washington post': 'washingtonpost.com', 'wall street journal': 'wsj.com',
  'guardian': 'theguardian.com', 'financial times': 'ft.com', 'economist': 'economist.com',
  'bloomberg': 'bloomberg.com', 'bloomberg news': 'bloomberg.com',
  'cnn': 'cnn.com', 'fox news': 'foxnews.com', 'nbc news': 'nbcnews.com', 'cbs news': 'cbsnews.com',
  'abc news': 'abcnews.go.com', 'npr': 'npr.org', 'pbs': 'pbs.org', 'cnbc': 'cnbc.com', 'msnbc': 'msnbc.com',
  'politico': 'politico.com', 'axios': 'axios.com', 'hill': 'thehill.com', 'usa today': 'usatoday.com',
  'los angeles times': 'latimes.com', 'chicago tribune': 'chicagotribune.com', 'boston globe': 'bostonglobe.com',
  'new york post': 'nypost.com', 'daily beast': 'thedailybeast.com', 'huffpost': 'huffpost.com',
  'huffington post': 'huffpost.com', 'buzzfeed news': 'buzzfeednews.com', 'vox': 'vox.com',
  'atlantic': 'theatlantic.com', 'new yorker': 'newyorker.com', 'time': 'time.com', 'newsweek': 'newsweek.com',
  'propublica': 'propublica.org', 'intercept': 'theintercept.com', 'mother jones': 'motherjones.com',
  'national review': 'nationalreview.com', 'breitbart': 'breitbart.com', 'breitbart news': 'breitbart.com',
  'free beacon': 'freebeacon.com', 'washington free beacon': 'freebeacon.com',
  'washington examiner': 'washingtonexaminer.com', 'washington times': 'washingtontimes.com',
  'daily telegraph': 'telegraph.co.uk', 'telegraph': 'telegraph.co.uk', 'sunday times': 'thetimes.co.uk',
  'independent': 'independent.co.uk', 'daily mail': 'dailymail.co.uk', 'sky news': 'news.sky.com',
  'al jazeera': 'aljazeera.com', 'deutsche welle': 'dw.com', 'dw': 'dw.com', 'france 24': 'france24.com',
  'le monde': 'lemonde.fr', 'der spiegel': 'spiegel.de', 'spiegel': 'spiegel.de', 'haaretz': 'haaretz.com',
  'times of israel': 'timesofisrael.com', 'jerusalem post': 'jpost.com',
  'south china morning post': 'scmp.com', 'kyiv independent': 'kyivindependent.com',
  'radio free europe/radio liberty': 'rferl.org', 'radio free europe': 'rferl.org', 'rfe/rl': 'rferl.org',
  'tass': 'tass.com', 'xinhua': 'english.news.cn', 'kyodo news': 'english.kyodonews.net',
  'rudaw': 'rudaw.net', 'kurdistan 24': 'kurdistan24.net', 'bas news': 'basnews.com', 'basnews': 'basnews.com',
  'alsumaria': 'alsumaria.tv', 'al sumaria': 'alsumaria.tv', 'sumaria': 'alsumaria.tv',
  'al-monitor': 'al-monitor.com', 'al monitor': 'al-monitor.com', 'cbc': 'cbc.ca', 'cbc news': 'cbc.ca',
  'globe and mail': 'theglobeandmail.com', 'abc news australia': 'abc.net.au', 'sydney morning herald': 'smh.com.au',
  'herald sun': 'heraldsun.com.au', 'times of india': 'timesofindia.indiatimes.com', 'hindu': 'thehindu.com',
  'ars technica': 'arstechnica.com', 'wired': 'wired.com', 'verge': 'theverge.com', 'cnet': 'cnet.com',
  'tmz': 'tmz.com', 'webmd': 'webmd.com', 'medical news today': 'medicalnewstoday.com',
  'yahoo news': 'news.yahoo.com', 'citylab': 'bloomberg.com',
};

/** A name that is itself a domain ("Axios.com", "Politico.eu"). */
const DOMAIN_NAME = /^(?:www\.)?((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,})$/i;

export function outletKey(name: string): string {
  return name.trim().toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ');
}

/** The web domain of outlet `name`, or null when it is not known. */
export function outletDomain(name: string): string | null {
  const key = outletKey(name);
  const direct = DOMAIN_NAME.exec(key);
  if (direct) return direct[1]!;
  return Object.hasOwn(DOMAINS, key) ? DOMAINS[key]! : null;
}
