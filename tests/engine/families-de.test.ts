// Table-driven checks of the German pack, one table per cue family: sentences written for these
// tests (not taken from any corpus), the source found and its kind, and sentences that must give
// nothing (the author's voice, non-statement uses of cue words, negations, hypotheticals).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import type { SourceKind } from '../../src/core/types';

const read = (...texts: string[]) => analyze(texts.map((text) => ({ kind: 'paragraph' as const, text })), { lang: 'de' });

type Row = [sentence: string, source: string, kind: SourceKind];

/** The last sentence's attributions name `source` (as shown or as written) with `kind`. */
function detects(rows: Row[], context: string[] = []) {
  it.each(rows)('%s → %s (%s)', (sentence, source, kind) => {
    const found = read(...context, sentence).filter((a) => a.sentence === sentence || sentence.endsWith(a.sentence));
    const match = found.find((a) => a.source.toLowerCase().includes(source.toLowerCase())
      || (a.sourceMention ?? '').toLowerCase().includes(source.toLowerCase()));
    expect(match, `found: ${found.map((a) => `${a.source} [${a.sourceKind}]`).join('; ') || 'nothing'}`).toBeDefined();
    expect(match!.sourceKind).toBe(kind);
  });
}

function ignores(sentences: string[]) {
  it.each(sentences.map((s) => [s]))('nothing in: %s', (sentence) => {
    expect(read(sentence).map((a) => `${a.source} (${a.rule})`)).toEqual([]);
  });
}

describe('de: the source after its verb (inverted after a quotation or a claim)', () => {
  detects([
    ['„Wir haben das Spiel verdient gewonnen“, sagte die Trainerin nach dem Abpfiff.', 'Trainerin', 'anonymous'],
    ['„Das ist ein guter Tag für die Stadt“, sagte Oberbürgermeisterin Petra Wagner.', 'Petra Wagner', 'person'],
    ['„Die Lage ist unter Kontrolle“, erklärte ein Sprecher der Feuerwehr am Abend.', 'Sprecher der Feuerwehr', 'anonymous'],
    ['Die Arbeiten dauerten noch bis Freitag, teilte die Stadtverwaltung mit.', 'Stadtverwaltung', 'organization'],
    ['Die Preise würden weiter steigen, warnte der Verband der Verbraucherzentralen.', 'Verband der Verbraucherzentralen', 'organization'],
    ['»Wir bleiben bei unserem Kurs«, sagte Konzernchef Thomas Krüger dem Sender.', 'Thomas Krüger', 'person'],
    ['„Das war knapp“, räumte der Kapitän später ein.', 'Kapitän', 'anonymous'],
    ['Eine Einigung sei in Sicht, sagte Innenministerin Julia Hartmann am Dienstag in Mainz.', 'Julia Hartmann', 'person'],
    ['„Wir prüfen den Fall“, schrieb die Behörde auf Anfrage.', 'Behörde', 'organization'],
    ['Wahrscheinlich, sagt der Ökonom Jens Albrecht, werde die Konjunktur im Herbst anziehen.', 'Jens Albrecht', 'person'],
  ]);
  ignores([
    'Am Dienstag fuhr der Bus nicht.',
    'Die Straße ist gesperrt, teilweise auch der Gehweg.',
  ]);
});

describe('de: verb second after an opening adverbial or object', () => {
  detects([
    ['Am Montag sagte der Landrat, die Schulen blieben geschlossen.', 'Landrat', 'person'],
    ['Gegenüber der Zeitung erklärte die Ministerin, sie halte an dem Plan fest.', 'Ministerin', 'person'],
    ['Dazu sagte Vereinschef Martin Brandt: „Das ist bitter.“', 'Martin Brandt', 'person'],
    ['Das bestätigte eine Sprecherin der Polizei.', 'Sprecherin der Polizei', 'anonymous'],
    ['Auf Anfrage teilte das Unternehmen mit, man werde die Vorwürfe prüfen.', 'Unternehmen', 'organization'],
    ['Vor einem Jahr hatte die Firma noch behauptet, alle Geräte seien sicher.', 'Firma', 'organization'],
    ['Dem Sender sagte der Trainer, er sei zufrieden.', 'Trainer', 'anonymous'],
    ['Das ergab eine Studie der Universität Leipzig.', 'Studie', 'document'],
  ]);
  ignores([
    'Dazu sagte er nichts.',
    'Am Abend kam der Bus doch noch.',
    'Im Sommer könnte der Minister eine Reform ankündigen.',
  ]);
});

describe('de: the subject before its verb', () => {
  detects([
    ['Die Polizei teilte am Sonntag mit, dass zwei Männer festgenommen wurden.', 'Polizei', 'organization'],
    ['Der Gewerkschaftschef sagte, die Streiks würden fortgesetzt.', 'Gewerkschaftschef', 'anonymous'],
    ['Die Stadt hat am Montag angekündigt, die Gebühren zu senken.', 'Stadt', 'organization'],
    ['Ein Sprecher des Ministeriums sagte der Zeitung, man prüfe den Vorfall.', 'Sprecher des Ministeriums', 'anonymous'],
    ['Die Nachrichtenagentur Reuters berichtete, der Deal sei geplatzt.', 'Reuters', 'outlet'],
    ['Die Zeitung „Bild“ berichtet, der Spieler wechsle nach München.', 'Bild', 'outlet'],
    ['Die Bundesregierung hat die Vorwürfe zurückgewiesen.', 'Bundesregierung', 'organization'],
    ['Der Angeklagte bestreitet, das Geld genommen zu haben.', 'Angeklagte', 'anonymous'],
    ['Die Gewerkschaft Verdi kritisierte die Pläne scharf: „Das ist inakzeptabel.“', 'Verdi', 'organization'],
    ['Der Bürgermeister wies darauf hin, dass die Kassen leer seien.', 'Bürgermeister', 'person'],
    ['Experten warnen vor einer Rezession.', 'Experten', 'anonymous'],
    ['Die Zahl der Unfälle ist gestiegen, wie das Statistische Bundesamt mitteilte.', 'Statistische Bundesamt', 'organization'],
    ['Wie ein Sprecher der Bahn sagte, fallen am Wochenende mehrere Züge aus.', 'Sprecher der Bahn', 'anonymous'],
    ['Der Konzern gab am Donnerstag bekannt, dass er 500 Stellen streicht.', 'Konzern', 'organization'],
    ['Die Opposition warf der Regierung Versagen vor.', 'Opposition', 'organization'],
    ['Der Angeklagte will von den Zahlungen nichts gewusst haben.', 'Angeklagte', 'anonymous'],
    ['Die Behörde rät den Bürgern, zu Hause zu bleiben.', 'Behörde', 'organization'],
    ['Das Gericht begründete sein Urteil damit, dass die Beweise nicht ausreichten.', 'Gericht', 'organization'],
    ['Scholz sagte der „Bild am Sonntag“, er sei zuversichtlich.', 'Scholz', 'person'],
    ['Die Forscher fanden heraus, dass der Wirkstoff wirkt.', 'Forscher', 'anonymous'],
  ]);
  ignores([
    'Die Regierung hat am Montag ein neues Gesetz beschlossen.',
    'Wenn der Minister sagt, dass alles gut ist, glaubt ihm niemand.',
    'Die Regel wurde im Mai angekündigt.',
    'Der Trainer hat nicht gesagt, wer spielt.',
    'Die Firma kritisierte die Pläne, die im Mai vorgestellt wurden.',
    'Es gibt zu viele Autos in der Stadt.',
    'Er gab das Geld an die Partei weiter.',
    'Unsere Recherchen ergeben mehrere Fälle.',
    'Der Verein will im Sommer ein neues Stadion bauen.',
    'Nach den Berichten zeigte sich die Partei empört.',
    'Was der Minister sagte, stimmt nicht.',
    'Sie habe nichts davon gewusst.',
    'Der Minister trat vor die Presse, erklärte die Gründe und verließ den Saal.',
    'Das Unternehmen meldete Insolvenz an.',
  ]);
});

describe('de: prepositions and postpositions (laut, zufolge, nach Angaben, so)', () => {
  detects([
    ['Laut Polizei wurden drei Menschen leicht verletzt.', 'Polizei', 'organization'],
    ['Laut einem Bericht der Bundesagentur für Arbeit ist die Arbeitslosigkeit gesunken.', 'Bundesagentur für Arbeit', 'organization'],
    ['Der Staatsanwaltschaft zufolge hatte der Mann keine Erlaubnis.', 'Staatsanwaltschaft', 'organization'],
    ['Dem Bericht zufolge fehlen in den Schulen rund 12.000 Lehrkräfte.', 'Bericht', 'document'],
    ['Nach Angaben der Feuerwehr brach das Feuer am frühen Morgen aus.', 'Feuerwehr', 'organization'],
    ['Nach Informationen des Magazins „Stern“ soll der Vertrag verlängert werden.', 'Stern', 'outlet'],
    ['Die Lage sei angespannt, so der Bürgermeister.', 'Bürgermeister', 'person'],
    ['„Wir prüfen alle Optionen“, heißt es in einer Mitteilung des Unternehmens.', 'Unternehmens', 'organization'],
    ['Dies geht aus einem Bericht des Rechnungshofs hervor.', 'Bericht', 'document'],
    ['Die Agentur meldete unter Berufung auf Diplomaten, die Gespräche seien gescheitert.', 'Diplomaten', 'anonymous'],
    ['Laut dpa sind mindestens zehn Menschen gestorben.', 'dpa', 'outlet'],
    ['Zwei Wanderer werden nach Polizeiangaben noch vermisst.', 'Polizei', 'organization'],
    ['Der Vertrag ist nach dpa-Informationen bereits unterschrieben.', 'dpa', 'outlet'],
    ['In einer Mitteilung der Stadt heißt es, die Brücke bleibe gesperrt.', 'Mitteilung der Stadt', 'document'],
    ['Aus dem Ministerium hieß es, man prüfe den Vorgang.', 'Ministerium', 'organization'],
    ['Die Zeitung zitiert einen Sprecher der Reederei mit den Worten, das Schiff sei sicher.', 'Sprecher der Reederei', 'anonymous'],
  ]);
  ignores([
    'Die Musik war sehr laut.',
    'Nach dem Essen gingen wir spazieren.',
    'Es regnete stark, so dass das Spiel abgesagt wurde.',
    'Der Bahnhof heißt seit Jahren Hauptbahnhof.',
    'Das Auto steht in der Garage.',
    'In Hamburg heißt es oft, das Wetter sei schlecht.',
    'Die Polizeiangaben waren widersprüchlich.',
    'Die Studie wird häufig zitiert.',
  ]);
});

describe('de: unnamed sources and reports', () => {
  detects([
    ['Der Minister will nach Informationen aus Regierungskreisen zurücktreten.', 'Regierungskreisen', 'anonymous'],
    ['Die Gespräche sind Medienberichten zufolge gescheitert.', 'Medienberichten', 'anonymous'],
    ['Laut Medienberichten wurde der Trainer entlassen.', 'Medienberichten', 'anonymous'],
    ['Es gibt Berichte, dass der Flughafen geschlossen wurde.', 'Berichte', 'anonymous'],
    ['Der Sänger hat angeblich einen neuen Vertrag unterschrieben.', 'ungenannte Berichte', 'anonymous'],
  ]);
  ignores([
    'Die Berichte über das Spiel waren lang.',
    'Die Kreise um den Marktplatz wurden neu gestaltet.',
  ]);
});

describe('de: who a pronoun, an epithet, a surname or "Demnach" is', () => {
  detects([
    ['Man werde die Preise nicht erhöhen, so Wagner.', 'Petra Wagner', 'person'],
  ], ['Die Chefin der Stadtwerke, Petra Wagner, stellte am Montag die Bilanz vor.']);
  detects([
    ['„Ich bin sehr enttäuscht“, sagte sie.', 'Anna Berger', 'person'],
    ['„Wir hatten keine Wahl“, sagt die 54-Jährige.', 'Anna Berger', 'person'],
  ], ['Die Vorsitzende Anna Berger trat am Abend vor die Presse.']);
  detects([
    ['Demnach ist die Zahl der Mitglieder erneut gesunken.', 'Jahresbericht', 'document'],
  ], ['Der Jahresbericht des Verbands liegt seit Montag vor.']);
  detects([
    ['Nach seinen Worten ist die Reform gescheitert.', 'Peter Graf', 'person'],
    ['„Das war ein schwerer Tag“, sagte der Ressortchef.', 'Peter Graf', 'person'],
  ], ['Der Minister Peter Graf sprach am Abend in Kiel.']);
});

describe('de: an epithet is not someone known only by another epithet, nor a vague source', () => {
  it('reads "der Kanzler" after "die Ministerin" as the chancellor, not the minister', () => {
    const found = read('„Wir geben nicht auf“, sagte die Ministerin am Montag. Der Kanzler erklärte, die Hilfen würden verlängert.');
    expect(found.map((a) => a.source)).toEqual(['die Ministerin', 'Der Kanzler']);
  });
  it('does not take government circles for a person', () => {
    const found = read('Aus Regierungskreisen hieß es, eine Einigung sei nahe. Der 54-Jährige räumte ein, Fehler gemacht zu haben.');
    expect(found.map((a) => a.source)).toEqual(['Regierungskreisen', 'Der 54-Jährige']);
  });
});

describe('de: "melden" with figures or an event as its object', () => {
  detects([
    ['Das Gesundheitsamt meldete am Dienstag 312 neue Fälle.', 'Das Gesundheitsamt', 'organization'],
    ['Die Feuerwehr meldete einen Großbrand in einer Lagerhalle.', 'Die Feuerwehr', 'organization'],
  ]);
  ignores([
    'Der Hersteller meldete im Frühjahr Insolvenz an.',
    'Die Lehrerin meldete sich am Morgen krank.',
  ]);
});

describe('de: a particle or predicative word closing an inverted clause is no part of the source', () => {
  detects([
    ['„Wir verhandeln nicht über Grenzen“, stellte der Außenminister klar.', 'Außenminister', 'person'],
    ['Der Zug habe keine Verspätung gehabt, fügte die Sprecherin hinzu.', 'Sprecherin', 'anonymous'],
    ['Die Probleme seien lange bekannt gewesen, hob die Gutachterin hervor.', 'Gutachterin', 'anonymous'],
    ['Man habe alles richtig gemacht, stellte die Stadtverwaltung fest.', 'Stadtverwaltung', 'organization'],
    ['Die Bilanz sei erfreulich, zeigte sich die Vorsitzende zufrieden.', 'Vorsitzende', 'anonymous'],
  ]);
});

describe('de: "zeigte sich" / "gab sich" with a word of mood, then a clause or a colon', () => {
  detects([
    ['Die Bürgermeisterin zeigte sich erleichtert, dass niemand verletzt wurde.', 'Bürgermeisterin', 'person'],
    ['Der Vorstand gab sich gelassen: Die Zahlen würden sich erholen.', 'Vorstand', 'organization'],
    ['Die Ärztin zeigte sich überzeugt, dass der Impfstoff wirkt.', 'Ärztin', 'anonymous'],
  ]);
  ignores([
    'Die Abwehr zeigte sich nach der Pause deutlich stabiler.',
    'Der Kapitän zeigte sich über das Ergebnis enttäuscht.',
    'Die Gastgeber gaben sich keine Blöße.',
    'Die Feuerwehr gab sich große Mühe, das Haus zu retten.',
    'Die Läuferin zeigte sich in starker Form, als sie den Rekord brach.',
  ]);
});

describe('de: a name ending like an adverb (-ens) is still a name', () => {
  detects([
    ['Siemens teilte mit, die Sparte werde verkauft.', 'Siemens', 'organization'],
    ['Stevens sagte, er werde das Amt abgeben.', 'Stevens', 'person'],
  ]);
});

describe('de: role and body nouns, and verbs of criticism and regret', () => {
  detects([
    ['Der Wohnungsverwalter erklärte, die Heizung werde am Montag repariert.', 'Wohnungsverwalter', 'anonymous'],
    ['Der Lagerkommandant berichtete, die Versorgung sei gesichert.', 'Lagerkommandant', 'anonymous'],
    ['Die Intendantin des Theaters sagte, die Saison sei gerettet.', 'Intendantin', 'anonymous'],
    ['Die Kassenprüfer stellten fest, dass Belege fehlten.', 'Kassenprüfer', 'anonymous'],
    ['Tierschützer warnten, die Tiere litten unter der Hitze.', 'Tierschützer', 'anonymous'],
    ['Die Währungshüter erklärten, die Preise stiegen langsamer.', 'Währungshüter', 'anonymous'],
    ['Die Familie des Bergsteigers teilte mit, er sei wohlauf.', 'Familie', 'anonymous'],
    ['Die Verteidigung argumentierte, der Zeuge sei unglaubwürdig.', 'Verteidigung', 'anonymous'],
    ['Die Kammer betonte, das Geständnis wirke strafmildernd.', 'Kammer', 'organization'],
    ['Der Landesrechnungshof rügte, die Aufträge seien ohne Ausschreibung vergeben worden.', 'Landesrechnungshof', 'organization'],
    ['Die Generalstaatsanwaltschaft erklärte, die Ermittlungen dauerten an.', 'Generalstaatsanwaltschaft', 'organization'],
    ['Die Aufsicht beanstandete, dass die Bank ihre Risiken unterschätzt habe.', 'Aufsicht', 'organization'],
    ['Der Oppositionsführer bedauerte, dass die Debatte vertagt wurde.', 'Oppositionsführer', 'anonymous'],
    ['Die Händler begrüßten, dass die Innenstadt autofrei wird.', 'Händler', 'anonymous'],
    ['Die Reporterin enthüllte, dass der Konzern Daten verkauft hatte.', 'Reporterin', 'anonymous'],
    ['Mehrere Ökonomen zweifelten an, dass die Prognose hält.', 'Ökonomen', 'anonymous'],
    ['Das Oberlandesgericht urteilte, dass der Vertrag nichtig ist.', 'Oberlandesgericht', 'organization'],
  ]);
  ignores([
    'Der Bürgermeister enthüllte am Sonntag ein Denkmal.',
    'Die Gastgeber begrüßten ihre Gäste im Rathaus.',
    'Das Gericht entschied sich für eine Vertagung.',
    'Der Vorstand entschied, das Werk zu schließen.',
    'Die Familie zog im Sommer nach Hamburg.',
  ]);
});

describe('de: fixed phrases of finding and expecting (zu dem Schluss kommen, damit rechnen, zu Protokoll geben, hervorgehen)', () => {
  detects([
    ['Die Gutachter kamen zu dem Schluss, dass die Brücke saniert werden muss.', 'Gutachter', 'anonymous'],
    ['Die Untersuchung kommt zum Ergebnis, dass die Werte zu hoch sind.', 'Untersuchung', 'document'],
    ['Der Ausschuss kommt nach monatelanger Arbeit zum Schluss, dass Fehler gemacht wurden.', 'Ausschuss', 'organization'],
    ['Die Händler rechnen damit, dass die Preise im Frühjahr fallen.', 'Händler', 'anonymous'],
    ['Die Zeugin gab zu Protokoll, sie habe einen lauten Knall gehört.', 'Zeugin', 'anonymous'],
    ['Aus dem Haushaltsentwurf geht hervor, dass die Ausgaben sinken.', 'Haushaltsentwurf', 'document'],
  ]);
  ignores([
    'Die Wanderer kamen zum Schluss an einen See.',
    'Die Händler rechnen mit einem ruhigen Wochenende.',
    'Daraus geht hervor, wie wenig bekannt ist.',
  ]);
});

describe('de: German names of parties and the UN', () => {
  detects([
    ['Die Grünen forderten, die Mittel für den Nahverkehr zu erhöhen.', 'Grünen', 'organization'],
    ['Die Vereinten Nationen warnten, die Hungersnot könne sich ausweiten.', 'Vereinten Nationen', 'organization'],
  ]);
});

describe('de: reportative "soll/sollen ... haben": hearsay with no source named', () => {
  detects([
    ['Der Kassierer soll über Jahre Geld abgezweigt haben.', 'ungenannte Quellen', 'anonymous'],
    ['Die Täter sollen mit einem gestohlenen Wagen geflohen sein. Sie sollen zuvor eine Tankstelle ausgeraubt haben.', 'ungenannte Quellen', 'anonymous'],
  ]);
  ignores([
    'Die Brücke soll im Herbst eröffnet werden.',
    'Der Neubau soll bis Ende 2027 fertiggestellt sein.',
    'Unklar ist, wer die Akten vernichtet haben soll.',
  ]);
});

describe('de: "schätzen" with a clause or after a claim; "hätte" as hypothetical', () => {
  detects([
    ['Die Versicherer schätzen, dass die Schäden in die Milliarden gehen.', 'Versicherer', 'organization'],
    ['Rund 4000 Menschen hätten an der Demonstration teilgenommen, schätzte der Veranstalter.', 'Veranstalter', 'anonymous'],
    ['Das Institut schätzt die Kosten auf drei Milliarden Euro.', 'Institut', 'organization'],
  ]);
  ignores([
    'Die Mitarbeiter schätzen das gute Betriebsklima.',
    'Die Ministerin hätte früher erklären müssen, dass die Mittel fehlen.',
  ]);
});

describe('de: -isch words after an inverted source, banks, circles, "verlautete"', () => {
  detects([
    ['„Wir holen das nach“, gab sich die Torhüterin kämpferisch.', 'Torhüterin', 'anonymous'],
    ['Die Ziele seien erreichbar, zeigte sich die Schulleiterin optimistisch.', 'Schulleiterin', 'anonymous'],
    ['Die Inflation werde weiter sinken, erklärte die Notenbank am Donnerstag.', 'Notenbank', 'organization'],
    ['Die Gespräche seien gescheitert, hieß es aus Gewerkschaftskreisen.', 'Gewerkschaftskreisen', 'anonymous'],
    ['Aus Ministeriumskreisen verlautete, der Entwurf werde überarbeitet.', 'Ministeriumskreisen', 'anonymous'],
  ]);
  ignores([
    'Die Kreise um das Zentrum wurden neu geordnet.',
    'Der Kassenwart gab sich große Mühe.',
  ]);
});

describe('de: demands and forecasts with a plain object (fordern, verlangen, vorhersagen)', () => {
  detects([
    ['Der Mieterbund fordert eine Obergrenze für Nebenkosten.', 'Mieterbund', 'organization'],
    ['Die Eltern verlangten eine Entschuldigung der Schulleitung.', 'Eltern', 'anonymous'],
    ['Die Meteorologen sagten für Sonntag Sturmböen voraus.', 'Meteorologen', 'anonymous'],
    ['In der Urteilsbegründung heißt es, die Frist sei versäumt worden.', 'Urteilsbegründung', 'document'],
  ]);
  ignores([
    'Das Erdbeben forderte zahlreiche Todesopfer.',
    'Der Aufstieg verlangt den Wanderern viel Kraft ab.',
    'Die Feuerwehr forderte einen Rettungshubschrauber an.',
  ]);
});

describe('de: councils named with -rat; criticism with a bare object stays no statement', () => {
  detects([
    ['Der Betriebsrat kritisierte, die Schließung des Standorts sei nicht abgestimmt gewesen.', 'Betriebsrat', 'organization'],
    ['Der UN-Sicherheitsrat verurteilte den Angriff und forderte eine Waffenruhe.', 'Sicherheitsrat', 'organization'],
    ['Der Ethikrat mahnte, die Forschung brauche klare Grenzen.', 'Ethikrat', 'organization'],
  ]);
  ignores([
    'Das viel kritisierte Projekt wurde eingestellt.',
    'Der Film kritisiert die Konsumgesellschaft.',
    'Der Rechnungshof rügte die Vergabe der Aufträge.',
    'Die Aufsicht beanstandete die Buchführung der Bank.',
  ]);
});

describe('de: -amt offices the compound rule cannot reach with a three-letter head', () => {
  detects([
    ['Wie das Bundeskriminalamt mitteilte, stieg die Zahl der Cyberangriffe.', 'Bundeskriminalamt', 'organization'],
    ['Das Kreisjugendamt erklärte, die Kinder seien in Sicherheit.', 'Kreisjugendamt', 'organization'],
    ['Das Ordnungsamt kündigte an, die Kontrollen zu verstärken.', 'Ordnungsamt', 'organization'],
  ]);
});

describe('de: "hielt fest, dass" and "gab zu bedenken"', () => {
  detects([
    ['Das Bundesamt hielt fest, dass die Grenzwerte eingehalten wurden.', 'Bundesamt', 'organization'],
    ['Die Juristin gab zu bedenken, dass das Gesetz angefochten werden könnte.', 'Juristin', 'anonymous'],
    ['Die Förderung komme zu spät, gab der Verband zu bedenken.', 'Verband', 'organization'],
  ]);
  ignores([
    'Die Regierung hält an ihrem Sparkurs fest.',
    'Zwei Polizisten hielten den Mann fest.',
  ]);
});

describe('de: a negator closing the clause of a verb in second place denies it', () => {
  detects([
    ['Die Sprecherin sagte nicht nur, dass die Kosten steigen, sondern auch, dass Personal fehlt.', 'Sprecherin', 'anonymous'],
    ['Die Polizei bestätigte, dass der Mann nicht verletzt wurde.', 'Polizei', 'organization'],
    ['„Das ist nicht unser Problem“, sagte der Landrat.', 'Landrat', 'person'],
  ]);
  ignores([
    'Die Sprecherin sagte nicht, wann die Entscheidung fällt.',
    'Ob der Minister zurücktreten wird, sagte er nicht.',
    'Die Polizei bestätigte den Bericht zunächst nicht.',
    'Einen Zusammenhang mit dem Anschlag bestätigte die Staatsanwaltschaft nicht.',
    'Der Kanzler sagte nicht, wie es mit der Koalition weitergeht.',
    'Die Behörde teilte die Zahl der Opfer nicht mit.',
  ]);
});

describe('de: "nach eigenen Angaben", "eigenen Angaben zufolge": the clause\'s subject speaks', () => {
  detects([
    ['Nach eigenen Angaben hat der Autobauer im dritten Quartal weniger Fahrzeuge verkauft.', 'Autobauer', 'anonymous'],
    ['Die Fluggesellschaft hat eigenen Angaben zufolge alle Passagiere umgebucht.', 'Fluggesellschaft', 'organization'],
    ['Der Verein zählt nach eigenen Angaben inzwischen mehr als 40.000 Mitglieder.', 'Verein', 'organization'],
    ['Die Hilfsorganisation hat nach eigenen Angaben 2000 Familien versorgt.', 'Hilfsorganisation', 'organization'],
  ]);
  ignores([
    'Die Häuser wurden nach eigenen Plänen gebaut.',
    'Wir haben nach eigenen Angaben alles richtig gemacht.',
    'Das Team arbeitet nach eigenen Regeln.',
  ]);
});

describe('de: a time phrase opening the sentence is no subject ("Letzte Woche hatte X versichert")', () => {
  detects([
    ['Vorige Woche hatte der Vorstand noch versichert, die Arbeitsplätze seien sicher.', 'Vorstand', 'organization'],
    ['Vergangene Woche hatte die Ministerin erklärt, sie bleibe im Amt.', 'Ministerin', 'person'],
  ]);
  ignores([
    'Letzte Woche hatte der Vorstand eine Sitzung.',
  ]);
});

describe('de: the content of a participle closing its clause, between the auxiliary and it ("haben vor X gewarnt")', () => {
  detects([
    ['Umweltverbände haben vor den Folgen des Gesetzes gewarnt.', 'Umweltverbände', 'organization'],
    ['Die Ärzteverbände hatten schon lange vor einem Mangel an Pflegekräften gewarnt.', 'Ärzteverbände', 'organization'],
    ['Die Polizei hat vor falschen Handwerkern gewarnt.', 'Polizei', 'organization'],
  ]);
  ignores([
    'Die Firma hat vor drei Jahren erklärt.',
    'Die Gemeinde hat vor zwei Wochen gewarnt.',
    'Der Verein hat den Vertrag vor Gericht angefochten.',
    'Der Verband hat seine Mitglieder nicht über die Pläne informiert.',
  ]);
});

describe('de: names with particles ("von der", "zu") and Austrian roles', () => {
  detects([
    ['Ursula von der Leyen sagte, die EU werde die Ukraine weiter unterstützen.', 'Ursula von der Leyen', 'person'],
    ['Karl-Theodor zu Guttenberg erklärte, er plane keine Rückkehr in die Politik.', 'Karl-Theodor zu Guttenberg', 'person'],
    ['„Das ist kein guter Tag“, sagte Beatrix von Storch.', 'Beatrix von Storch', 'person'],
    ['Der Landeshauptmann hat stets betont, dass er an dem Projekt festhalte.', 'Landeshauptmann', 'person'],
    ['Der ÖVP-Klubobmann sagte, das sei ein unerträglicher Vorgang.', 'Klubobmann', 'person'],
    ['Das sei nicht mehr tragbar, so die Stadträtin.', 'Stadträtin', 'anonymous'],
  ]);
});

describe('de: an exception word counts only in the verb\'s own clause ("zeigt, dass sich …")', () => {
  detects([
    ['Die Studie zeigt, dass sich jedes dritte Kind zu wenig bewegt.', 'Studie', 'document'],
  ]);
  ignores([
    'Die Studie zeigt sich in einem neuen Licht.',
  ]);
});

describe('de: two bodies, each with its article, are two sources ("die Polizei und die Feuerwehr")', () => {
  it('gives one record to each', () => {
    const found = read('Die Polizei und die Feuerwehr teilten mit, der Einsatz sei beendet.');
    expect(found.map((a) => a.source)).toEqual(['Die Polizei', 'die Feuerwehr']);
  });
  it('also when one of them is also a word of organizations\' names ("die Polizei")', () => {
    const found = read('Die Stadt und die Polizei teilten mit, die Kosten würden geteilt.');
    expect(found.map((a) => a.source)).toEqual(['Die Stadt', 'die Polizei']);
  });
});

describe('de: adverbs before an opening prepositional phrase ("Kurz nach der Wahl erklärte X")', () => {
  detects([
    ['Kurz nach der Wahl erklärte der Wahlsieger, er wolle eine breite Koalition bilden.', 'Wahlsieger', 'anonymous'],
    ['Noch am Abend teilte die Polizei mit, der Verdächtige sei gefasst.', 'Polizei', 'organization'],
  ]);
  ignores([
    'Kurz nach der Wahl trat der Wahlsieger vor die Presse.',
  ]);
});

describe('de: a fronted statement phrase, then a cue verb or an auxiliary, then the subject', () => {
  detects([
    ['In einer Erklärung kritisierte die Organisation die Festnahmen scharf.', 'Organisation', 'organization'],
    ['In einer Pressemitteilung hat die Polizei um Hinweise gebeten.', 'Polizei', 'organization'],
  ]);
  ignores([
    'In dem Video ist ein Polizist zu sehen.',
    'In der Sendung trat die Ministerin als Gast auf.',
  ]);
  it('does not take the pronoun of the claim for the source ("In einem Interview sagte die Autorin, sie …")', () => {
    const found = read('In einem Interview mit der „Zeit“ sagte die Autorin, sie schreibe bereits am nächsten Roman.');
    expect(found.map((a) => a.source)).toEqual(['die Autorin']);
  });
});

describe('de: ", so X" with adjuncts before the pause', () => {
  detects([
    ['Man sei von der Entscheidung überrascht worden, so ein Sprecher des Unternehmens gegenüber der APA.', 'Sprecher des Unternehmens', 'anonymous'],
    ['Die Lage sei ernst, so die Ministerin am Montag in Berlin.', 'Ministerin', 'person'],
  ]);
  ignores([
    'Es regnete stark, so dass das Spiel am Abend abgesagt wurde.',
    'Der Plan bleibt, so wie er am Montag vorgestellt wurde.',
  ]);
});

describe('de: a statement in a verb-final clause ("Nachdem X erklärt hatte, …", "Während X von … spricht")', () => {
  detects([
    ['Nachdem die Kommission erklärt hatte, sie werde den Fall prüfen, stieg der Kurs.', 'Kommission', 'organization'],
    ['Während die Gewerkschaft von einem Durchbruch sprach, blieben die Arbeitgeber skeptisch.', 'Gewerkschaft', 'organization'],
    ['Bevor der Trainer ankündigte, dass er aufhöre, hatte er lange gezögert.', 'Trainer', 'anonymous'],
    ['Obwohl das Unternehmen betont, die Arbeitsplätze seien sicher, sind die Beschäftigten besorgt.', 'Unternehmen', 'organization'],
  ]);
  ignores([
    'Nachdem die Polizei die Straße gesperrt hatte, bildete sich ein langer Stau.',
    'Weil der Sprecher nichts sagte, blieb vieles unklar.',
    'Nachdem der Bürgermeister gesprochen hatte, begann das Konzert.',
    'Wenn der Minister sagt, dass alles gut wird, glaubt ihm niemand.',
  ]);
});

describe('de: a quotation, a dash, then "so" and the verb ("„…“ – so kommentierte X")', () => {
  detects([
    ['„Das ist ein schwerer Fehler“ – so kommentierte der Richterbund die Reform.', 'Richterbund', 'organization'],
    ['„Wir bleiben“ – so kommentierte Vereinschefin Anna Roth die Gerüchte.', 'Anna Roth', 'person'],
  ]);
  ignores([
    '„Die Brandmauer“ – so nennen viele die Abgrenzung nach rechts.',
    '„Das Boot“ – so heißt der Film, der in Kiel gedreht wird.',
  ]);
});

describe('de: a passive opened by its agent ("Vom Ministerium wurde mitgeteilt, dass …")', () => {
  detects([
    ['Vom Innenministerium wurde am Montag mitgeteilt, dass die Frist verlängert wird.', 'Innenministerium', 'organization'],
    ['Von der Stadtverwaltung wurde betont, die Sicherheit habe Vorrang.', 'Stadtverwaltung', 'organization'],
    ['Vom Bezirksamt hieß es, man prüfe mehrere Standorte.', 'Bezirksamt', 'organization'],
  ]);
  ignores([
    'Von der Polizei wurde der Verdächtige am Bahnhof festgenommen.',
    'Von den Behörden wurde bislang nicht bestätigt, dass es Tote gab.',
  ]);
});

describe('de: bodies\' nouns joined without a second article are two sources ("Polizei und Feuerwehr")', () => {
  it.each([
    ['Polizei und Feuerwehr teilten mit, der Einsatz sei beendet.', ['Polizei', 'Feuerwehr']],
    ['Die Stadt und Landkreis kündigten an, die Straße zu sperren.', ['Die Stadt', 'Landkreis']],
    ['Gemeinde und Kanton teilten mit, die Brücke bleibe gesperrt.', ['Gemeinde', 'Kanton']],
  ] as const)('%s', (sentence, sources) => {
    expect(read(sentence).map((a) => a.source)).toEqual(sources);
  });
});

describe('de: "weder … noch" denies both verbs', () => {
  ignores([
    'Die Bundesbank wollte den Bericht weder kommentieren noch bestätigen.',
    'Eine Sprecherin wollte die Zahlen weder bestätigen noch dementieren.',
  ]);
  detects([
    ['Er hat noch betont, dass die Frist gilt.', 'Er', 'person'],
  ]);
});

describe('de: a role noun\'s article gives its gender, so "er" is not "die Ärztin"', () => {
  it.each([
    [['Die Ärztin sagte, der Patient sei stabil.', 'Er sagte, er fühle sich besser.'], 'Die Ärztin'],
    [['Der Trainer sagte, das Team sei bereit.', 'Sie sagte, sie sei stolz.'], 'Der Trainer'],
    [['Die Ministerin sagte, die Reform komme.', 'Er widersprach: Das sei falsch.'], 'Die Ministerin'],
  ] as const)('%s', (texts, earlier) => {
    const found = read(texts.join(' ')).filter((a) => a.sentence === texts[1]);
    expect(found.map((a) => a.source)).not.toContain(earlier);
  });
  it('keeps a pronoun of the same gender ("Die Ärztin sagte … Sie betonte …")', () => {
    const found = read('Die Ärztin sagte, der Patient sei stabil. Sie betonte, er müsse aber im Krankenhaus bleiben.');
    expect(found.map((a) => a.source)).toEqual(['Die Ärztin', 'Die Ärztin']);
  });
});

describe('de: "sich erinnern" (remember), "darin" and a relative clause after an object are no cue or source', () => {
  ignores([
    'Er erinnert sich genau an den Tag, an dem alles begann.',
    'Die Regisseurin erzählt in ihrem neuen Film die Geschichte einer Familie, die aus Bosnien nach Wien flieht.',
  ]);
  detects([
    ['Die Ministerin erinnerte daran, dass die Frist am Freitag abläuft.', 'Ministerin', 'person'],
    ['Der Minister sagte am Montag in der Sitzung, die Lage sei ernst.', 'Minister', 'person'],
    ['Darin schreibt der Verband, die Pläne seien nicht finanzierbar.', 'Verband', 'organization'],
  ]);
});

describe('de: a modifier with its own prepositional phrase before the noun ("Zwei mit der Sache vertraute Personen")', () => {
  detects([
    ['Drei mit den Gesprächen vertraute Personen sagten der Agentur, eine Einigung sei nah.', 'vertraute Personen', 'anonymous'],
    ['Die im Fachblatt „Nature“ veröffentlichte Studie zeigt, dass die Gletscher schneller schmelzen.', 'Studie', 'document'],
    ['Mehrere mit den Ermittlungen befasste Beamte sagten, der Täter sei gefasst.', 'Beamte', 'anonymous'],
  ]);
  ignores([
    'Die in Berlin gegründete Firma hat einen neuen Chef.',
    'In der vor drei Jahren gegründeten Initiative sind 40 Mitglieder.',
  ]);
  it('shows the whole phrase as the mention', () => {
    const [found] = read('Zwei mit der Sache vertraute Personen sagten, die Gespräche liefen noch.');
    expect(found?.sourceMention ?? found?.source).toBe('Zwei mit der Sache vertraute Personen');
  });
});

describe('de: a culture profession as a source ("Der Dirigent, der …, sagte")', () => {
  detects([
    ['Der Dirigent, der seit Jahren das Orchester leitet, sagte, er denke nicht an den Rückzug.', 'Dirigent', 'anonymous'],
    ['Die Kuratorin sagte, die Ausstellung sei ein Erfolg.', 'Kuratorin', 'anonymous'],
  ]);
});

describe('de: a list of names after a prepositional cue ("nach Recherchen von NDR, WDR und „SZ“")', () => {
  it.each([
    ['Nach Recherchen von NDR, WDR und „Süddeutscher Zeitung“ wurden die Journalisten überwacht.', 3],
    ['Laut Reuters, AFP und dpa wurden mindestens zwölf Menschen getötet.', 3],
    ['Laut Müller, Sprecher der Stadt, sei die Lage ruhig.', 1],
    ['Laut Polizei, die am Abend informierte, wurde niemand verletzt.', 1],
  ] as const)('%s', (sentence, count) => {
    expect(read(sentence)).toHaveLength(count);
  });
});

describe('de: "wie aus X hervorgeht" and an "as" clause with an adjunct before its verb', () => {
  detects([
    ['Wie aus einem internen Papier hervorgeht, will die Partei sparen.', 'Papier', 'document'],
    ['Die Zahl sank, wie aus der Statistik des Amtes hervorging.', 'Statistik', 'document'],
    ['Die Preise sind gestiegen, wie das Bundesamt auf Basis einer ersten Schätzung mitteilte.', 'Bundesamt', 'organization'],
    ['Wie das Statistische Bundesamt am Donnerstag in Wiesbaden mitteilte, sanken die Exporte.', 'Statistische Bundesamt', 'organization'],
  ]);
  ignores([
    'Man sah genau, wie die Polizei bei der Suche vorging.',
  ]);
});

describe('de: "Sowohl X als auch Y" before the verb: two sources', () => {
  it.each([
    ['Sowohl die SPD als auch die Grünen kritisierten den Vorschlag, er gehe an der Realität vorbei.', ['die SPD', 'die Grünen']],
    ['Sowohl Merz als auch Klingbeil sagten, die Koalition stehe.', ['Merz', 'Klingbeil']],
  ] as const)('%s', (sentence, sources) => {
    expect(read(sentence).map((a) => a.source)).toEqual(sources);
  });
  ignores([
    'Sowohl die Polizei als auch die Feuerwehr waren im Einsatz.',
  ]);
});

describe('de: "nach Überzeugung", "nach Auffassung" of a court or a body', () => {
  detects([
    ['Nach Überzeugung des Gerichts hat der Angeklagte die Tat lange geplant.', 'Gerichts', 'organization'],
    ['Nach Auffassung der Staatsanwaltschaft handelte der Mann aus Habgier.', 'Staatsanwaltschaft', 'organization'],
  ]);
});

describe('de: participle nouns for groups of people ("Forschende", "Mitarbeitende")', () => {
  detects([
    ['Die Forschenden betonen, dass weitere Studien nötig seien.', 'Forschenden', 'anonymous'],
    ['Mehrere Mitarbeitende berichteten, sie seien unter Druck gesetzt worden.', 'Mitarbeitende', 'anonymous'],
  ]);
});

describe('de: the names of a list after a cue share the claim after the list', () => {
  it('each name\'s claim starts after the last name', () => {
    const found = [
      ...read('Laut NDR, WDR und SZ soll der Konzern Millionen gezahlt haben.'),
      ...read('Nach Recherchen von NDR, WDR und „Süddeutscher Zeitung“ soll der Konzern Millionen gezahlt haben.'),
    ];
    expect(found.map((a) => a.source).slice(0, 3)).toEqual(['NDR', 'WDR', 'SZ']);
    expect(found).toHaveLength(6);
    for (const a of found) expect(a.claim).toMatch(/^soll der Konzern Millionen gezahlt haben/);
  });
});
