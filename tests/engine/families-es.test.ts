// Table-driven checks on Spanish sentences written for these tests, one table per cue family: the
// source found, its kind, and sentences that must give nothing (the author's voice, non-statement
// uses of cue words, hypotheticals, negations). Sentences of one row are one paragraph: a pronoun or a
// verb with no subject refers back to the sentence before.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { familyChecks } from '../helpers/families';

const { one, detects, ignores } = familyChecks('es');

describe('es: prepositional cues (según, de acuerdo con, en palabras de, para, citando, citado por)', () => {
  detects([
    ['Según el Banco Mundial, la economía regional crecerá un 2 % este año.', 'Banco Mundial', 'organization'],
    ['Según la agencia Associated Press, el avión aterrizó sin problemas.', 'Associated Press', 'outlet'],
    ['El precio del pan subió un 15 %, según datos de la asociación de consumidores.', 'asociación de consumidores', 'organization'],
    ['Según fuentes policiales, el detenido tenía antecedentes por robo.', 'fuentes policiales', 'anonymous'],
    ['Según un estudio de la Universidad de Salamanca, el 30 % de los jóvenes no lee libros.', 'Universidad de Salamanca', 'organization'],
    ['Según los vecinos, el ruido empezó a medianoche.', 'los vecinos', 'anonymous'],
    ['Los vecinos denunciaron que no hay agua desde el lunes. Según ellos, la obra no tiene permiso.', 'Los vecinos', 'anonymous'],
    ['De acuerdo con el Servicio Meteorológico Nacional, las lluvias seguirán hasta el domingo.', 'Servicio Meteorológico Nacional', 'organization'],
    ['De acuerdo a la encuesta, la mitad de los votantes sigue indecisa.', 'la encuesta', 'document'],
    ['De acuerdo con lo informado por la Prefectura, el buque zarpará el lunes.', 'Prefectura', 'organization'],
    ['El buque zarpará el lunes, según lo publicado por el diario La Capital.', 'La Capital', 'outlet'],
    ['En palabras de la directora del centro, Marta Ruiz, el curso fue un éxito.', 'Marta Ruiz', 'person'],
    ['A juicio de los expertos, la sequía se agravará.', 'los expertos', 'anonymous'],
    ['Para el Fondo Monetario Internacional, la deuda pública es sostenible.', 'Fondo Monetario Internacional', 'organization'],
    ['Para la jueza, las pruebas eran insuficientes.', 'la jueza', 'person'],
    ['El plan retoma el programa del partido, según el cual la sanidad debe ser gratuita.', 'partido', 'organization'],
    ['El país vive su peor crisis en décadas, citando a varios economistas.', 'varios economistas', 'anonymous'],
    ['«No hay marcha atrás», dijo la ministra, citada por el diario El Mundo.', 'El Mundo', 'outlet'],
  ]);
});

describe('es: speech verbs after the source (X dijo que, X ha asegurado que)', () => {
  detects([
    ['El presidente de Colombia, Gustavo Petro, aseguró este lunes que la paz es posible.', 'Gustavo Petro', 'person'],
    ['La Comisión Europea advirtió que multará a las tecnológicas que no cumplan.', 'Comisión Europea', 'organization'],
    ['El diario El Comercio informó que el ministro dimitirá mañana.', 'El Comercio', 'outlet'],
    ['Los investigadores concluyeron que el accidente se debió a un error humano.', 'Los investigadores', 'anonymous'],
    ['La Fiscalía ha pedido que el acusado permanezca en prisión.', 'La Fiscalía', 'organization'],
    ['El entrenador del equipo, Carlo Ancelotti, reconoció que el partido fue difícil.', 'Carlo Ancelotti', 'person'],
    ['Un portavoz del ayuntamiento explicó a este periódico que las obras se retrasarán.', 'Un portavoz del ayuntamiento', 'anonymous'],
    ['La ONU denunció que miles de niños no tienen acceso a agua potable.', 'La ONU', 'organization'],
    ['El sindicato de maestros anunció que convocará una huelga indefinida.', 'El sindicato de maestros', 'organization'],
    ['El informe señala que la contaminación del río se ha duplicado.', 'El informe', 'document'],
    ['Varios testigos contaron que el conductor huyó a pie.', 'Varios testigos', 'anonymous'],
    ['La senadora María López insistió en que votará en contra.', 'María López', 'person'],
    ['Amnistía Internacional acusó a las fuerzas de seguridad de usar balas reales.', 'Amnistía Internacional', 'organization'],
    ['La empresa calificó de «falsas» las acusaciones.', 'La empresa', 'organization'],
    ['La Coordinadora Nacional de Derechos Humanos denunció un «uso excesivo de la fuerza».', 'Coordinadora Nacional de Derechos Humanos', 'organization'],
    ['El diputado, que en 2019 aseguró que dejaría la política, vuelve a presentarse.', 'El diputado', 'person'],
    ['El juez instó a las partes a presentar pruebas antes del viernes.', 'El juez', 'person'],
    ['La senadora respondió en la radio diciendo que no apoyará la ley.', 'La senadora', 'person'],
    ['El alcalde de Lima dijo a la prensa que el toque de queda terminará el viernes.', 'El alcalde de Lima', 'person'],
    ['La oposición, que controla el Parlamento, ha asegurado que bloqueará el presupuesto.', 'La oposición', 'organization'],
    ['El ministro, en declaraciones a la radio, afirmó que no subirá los impuestos.', 'El ministro', 'person'],
    ['El Gobierno argentino negó que exista un acuerdo secreto con los acreedores.', 'El Gobierno argentino', 'organization'],
  ]);
});

describe('es: speech verbs before the source («…», dijo X; —…—respondió X; según informó X)', () => {
  detects([
    ['«Vamos a ganar», aseguró el capitán del equipo.', 'el capitán del equipo', 'person'],
    ['“La situación es muy grave”, advirtió la portavoz de Médicos del Mundo.', 'la portavoz de Médicos del Mundo', 'anonymous'],
    ['«No negociaremos con terroristas», declaró el presidente del Gobierno, Pedro Sánchez.', 'Pedro Sánchez', 'person'],
    ['"Es una buena noticia para el país", señaló el economista Javier Díaz.', 'Javier Díaz', 'person'],
    ['«Hemos cumplido», ha afirmado la consejera de Sanidad en rueda de prensa.', 'la consejera de Sanidad', 'anonymous'],
    ['La inflación seguirá alta, estimó el Banco Central Europeo.', 'Banco Central Europeo', 'organization'],
    ['—No voy a dimitir —respondió el alcalde.', 'el alcalde', 'person'],
    ['—¿Cuándo terminará la obra? —preguntó una vecina.', 'una vecina', 'anonymous'],
    ['La fábrica cerrará en marzo, como anunció la empresa el año pasado.', 'la empresa', 'organization'],
    ['El acuerdo está cerca, según informó la agencia Reuters.', 'Reuters', 'outlet'],
    ['«Estamos muy preocupados», dijo a la BBC la directora de la escuela.', 'la directora de la escuela', 'anonymous'],
    ['«Estamos muy preocupados», dijo la directora de la escuela a la BBC.', 'la directora de la escuela', 'anonymous'],
    ['“No habrá recortes”, ha señalado este martes en rueda de prensa el portavoz del Gobierno.', 'el portavoz del Gobierno', 'anonymous'],
    ['«Hay testimonios de disparos», dijo a la agencia EFE su secretaria ejecutiva.', 'su secretaria ejecutiva', 'anonymous'],
    ['La economía crecerá un 2 %, según recoge el diario Expansión.', 'Expansión', 'outlet'],
  ]);
});

describe('es: verbs with no written subject (null subject)', () => {
  detects([
    ['La ministra de Trabajo, Yolanda Díaz, visitó la fábrica. Además, aseguró que el Gobierno mantendrá las ayudas.', 'Yolanda Díaz', 'person'],
    ['El presidente Lula da Silva habló ante la asamblea. «El hambre es una vergüenza», dijo.', 'Lula da Silva', 'person'],
    ['La alcaldesa Claudia López recorrió el barrio. También explicó que habrá más policías.', 'Claudia López', 'person'],
    ['Dijo el portavoz que la reunión se celebrará el martes.', 'el portavoz', 'anonymous'],
    ['Así lo confirmó la Guardia Civil.', 'Guardia Civil', 'organization'],
    ['Daniel Quintero criticó a los comerciantes del centro, a quienes acusó de especular con los precios.', 'Daniel Quintero', 'person'],
  ]);
});

describe('es: gerunds (…, asegurando que)', () => {
  detects([
    ['El ministro defendió la reforma, asegurando que creará empleo.', 'El ministro', 'person'],
    ['La empresa presentó sus resultados, destacando que las ventas crecieron un 8 %.', 'La empresa', 'organization'],
    ['El portavoz de la policía, Luis Gómez, reaccionó en la radio diciendo que la operación fue un éxito.', 'Luis Gómez', 'person'],
  ]);
});

describe('es: passive cues (calificado de «…» por X)', () => {
  detects([
    ['El plan, calificado de «insuficiente» por los ecologistas, será votado el lunes.', 'los ecologistas', 'anonymous'],
    ['La propuesta, tildada de «populista» por la oposición, no prosperó.', 'la oposición', 'organization'],
  ]);
});

describe('es: statement nouns (en un comunicado, en una entrevista con)', () => {
  detects([
    ['En un comunicado, el Ministerio de Defensa condenó el ataque.', 'Ministerio de Defensa', 'organization'],
    ['En una entrevista con la cadena CNN, el presidente defendió su política migratoria.', 'el presidente', 'person'],
    ['El club lamentó la muerte de su exjugador en un comunicado.', 'El club', 'organization'],
    // "a través de": the preposition takes "de" before the statement.
    ['A través de un comunicado, la federación rechazó la sanción.', 'la federación', 'organization'],
    ['A través de un breve mensaje, el alcalde felicitó a los vecinos.', 'el alcalde', 'person'],
    ['La aseguradora lamentó a través de una nota el retraso en los pagos.', 'La aseguradora', 'organization'],
  ]);
  ignores([
    'A través de un túnel, los presos escaparon de la cárcel.',
    'A través de la frontera, los camiones llevaron la ayuda.',
    'El dinero llegó a través de una sociedad pantalla.',
  ]);
});

describe('es: impersonal and unnamed reports (se supo que, trascendió)', () => {
  detects([
    ['Se supo que el consejo de administración se reunirá de urgencia.', 'fuentes no identificadas', 'anonymous'],
    ['Trascendió que el Gobierno prepara una subida del IVA.', 'informaciones sin fuente', 'anonymous'],
    ['Según pudo saber, el fiscal pedirá la absolución.', 'fuentes no identificadas', 'anonymous'],
    ['La empresa supuestamente ocultó pérdidas durante tres años.', 'informaciones sin fuente', 'anonymous'],
  ]);
  ignores([
    'Nadie supone que la empresa ocultara pérdidas.',
  ]);
});

describe('es: people and documents (jubilados, refugiadas, el recurso, el borrador)', () => {
  detects([
    ['Una jubilada contó que lleva meses sin cobrar la pensión.', 'Una jubilada', 'anonymous'],
    ['Las refugiadas relataron que cruzaron la frontera a pie.', 'Las refugiadas', 'anonymous'],
    ['El recurso de la defensa sostiene que la prueba es nula.', 'El recurso de la defensa', 'document'],
    ['El borrador del reglamento establece que las multas se duplicarán.', 'El borrador del reglamento', 'document'],
  ]);
});

describe('es: the outlet that learned it (según ha podido saber X)', () => {
  detects([
    ['Según ha podido saber Radio Nacional, el consejo se reunirá el viernes.', 'Radio Nacional', 'outlet'],
    ['El fiscal pedirá la absolución, según pudo confirmar la agencia Reuters.', 'Reuters', 'outlet'],
    ['Según ha podido conocer El Periódico de Aragón, la obra costará el doble.', 'El Periódico de Aragón', 'outlet'],
  ]);
});

describe('es: sentences that attribute nothing', () => {
  ignores([
    'Según lo previsto, el buque zarpará el lunes.',
    'El Gobierno aprobó ayer el presupuesto para el próximo año.',
    'La reunión terminó sin acuerdo después de seis horas.',
    'Si el tribunal confirma la condena, el exalcalde irá a prisión.',
    'El presidente no dijo si volverá a presentarse a las elecciones.',
    'Nadie ha explicado por qué se canceló el vuelo.',
    'La novela cuenta la historia de una familia de emigrantes.',
    'El documental muestra la vida de los pescadores del Ártico.',
    'Los precios subieron según lo previsto.',
    'Es importante señalar que la ley entró en vigor en enero.',
    'La película se estrenará en marzo en todo el país.',
    'Para llegar a tiempo, el equipo salió de madrugada.',
    'Creemos que el proyecto es necesario para la ciudad.',
    'Nosotros dijimos que la medida no funcionaría.',
    'El ministro podría anunciar nuevas medidas la próxima semana.',
    'El ministro explicó la situación a periodistas extranjeros.',
    'Un estudio publicado en la revista Science analiza el sueño de los delfines.',
    'Cabe recordar que el estadio fue inaugurado en 1957.',
    'El alcalde visitó la zona afectada y se reunió con los vecinos.',
    'Los comerciantes, a quienes la alcaldía acusó de especular, protestaron ayer.',
    '— El consejo de ministros aprobó el decreto el martes.',
  ]);
});

describe('es: a speaker set off by dashes inside a quotation («… —dijo X— …»)', () => {
  detects([
    ['«El puerto —explica el capitán— no tiene sitio para más barcos».', 'el capitán', 'person'],
    ['«No pensamos rendirnos —ha asegurado Lucía Ferrer—, la temporada acaba de empezar».', 'Lucía Ferrer', 'person'],
    ['“Las cuentas —advirtió la interventora— no cuadran”.', 'la interventora', 'anonymous'],
  ]);
  ignores([
    '«La culpa —que nadie lo dude— es del temporal», reza la pancarta.',
    'El lema de la campaña, «Ahora —y no mañana— es el momento», se repite en los carteles.',
  ]);
});

describe('es: dialogue set off by dashes', () => {
  it('quotes the speech, not the narrator, and carries the speech on after the narrator', () => {
    const found = one('—No pienso dimitir —dijo el consejero—. Tengo el apoyo de mi partido.');
    expect(found.map((a) => [a.source, a.rule])).toEqual([['el consejero', 'verbo-y-fuente']]);
    expect(found[0]!.claim).toBe('No pienso dimitir … Tengo el apoyo de mi partido.');
    expect(found[0]!.continuation.map((c) => c.sentence)).toEqual(['Tengo el apoyo de mi partido.']);
  });
  it('keeps a cue inside the speech for the speaker', () => {
    const found = one('—El ministro dijo que no habrá recortes —recordó la diputada.');
    expect(found.map((a) => a.source)).toEqual(['la diputada']);
  });
});

describe('es: a definite role noun after a named person is that person (epithets)', () => {
  const context = { kind: 'paragraph' as const, text: 'El antropólogo Juan Martín Ruiz llegó el martes a la capital.' };
  it.each([
    ['“No vamos a ceder”, dijo el experto.'],
    ['El mandatario aseguró que la ley será revisada.'],
  ])('%s → Juan Martín Ruiz (person)', (sentence) => {
    const found = analyze([context, { kind: 'paragraph', text: sentence }], { lang: 'es' });
    expect(found.map((a) => [a.source, a.sourceKind])).toEqual([['Juan Martín Ruiz', 'person']]);
  });
  it('leaves the role noun unnamed when nobody was named before it', () => {
    const found = analyze([{ kind: 'paragraph', text: '“No vamos a ceder”, dijo el experto.' }], { lang: 'es' });
    expect(found.map((a) => [a.source, a.sourceKind])).toEqual([['el experto', 'anonymous']]);
  });
});

// "del" and "al" hold the article ("de el"): the office holder after them is as definite as "el senador".
describe('es: an office holder after del or al is definite; "el parlamentario" is an office', () => {
  detects([
    ['En opinión del senador, la reforma llega tarde.', 'senador', 'person'],
    ['A juicio del gobernador, la obra debe terminar en marzo.', 'gobernador', 'person'],
    ['El parlamentario aseguró que votará en contra.', 'El parlamentario', 'person'],
    ['Un parlamentario aseguró que votará en contra.', 'Un parlamentario', 'anonymous'],
    ['Los parlamentarios aseguraron que votarán en contra.', 'Los parlamentarios', 'anonymous'],
  ]);
});

describe('es: a role before a full name is that person', () => {
  detects([
    ['El usuario de Twitter Kevin Sánchez escribió que el país estaba cambiando.', 'Kevin Sánchez', 'person'],
    ['La directora de la Biblioteca Nacional Ana María Ruiz dijo que el archivo se abrirá en junio.', 'Ana María Ruiz', 'person'],
    // A surname with "de", "del" or "de la" in a name set off by commas.
    ['El gobernador del banco central, Tomás Sáenz de Vega, advirtió que la inflación no ha tocado techo.', 'Tomás Sáenz de Vega', 'person'],
    ['La fiscal jefa, Lucía del Olmo, dijo que el caso seguirá abierto.', 'Lucía del Olmo', 'person'],
    ['El portavoz, Andrés de la Fuente, explicó que la cita se aplaza.', 'Andrés de la Fuente', 'person'],
    ['La gerente, María Gómez de la Serna, indicó que el plazo se amplía.', 'María Gómez de la Serna', 'person'],
  ]);
  ignores([
    'El vicepresidente de Castilla, el de Aragón y el de Navarra firmaron el acuerdo.',
  ]);
});

describe('es: role nouns of sport, courts and politics, and capitalized bodies (Consejería, Delegación)', () => {
  detects([
    ['El delantero confesó que pensó en retirarse el año pasado.', 'El delantero', 'anonymous'],
    ['«No hubo ninguna irregularidad», zanjó el tesorero.', 'el tesorero', 'anonymous'],
    ['«Tengo la conciencia tranquila», declaró ante el tribunal la exdirectora general.', 'la exdirectora general', 'anonymous'],
    ['Un alto cargo del ministerio, que pidió el anonimato, aseguró que la medida se retrasará.', 'alto cargo', 'anonymous'],
    ['Personas del entorno del futbolista aseguran que está muy afectado.', 'Personas del entorno', 'anonymous'],
    ['La familia de la víctima ha pedido que se respete su intimidad.', 'La familia de la víctima', 'anonymous'],
    ['Tal y como ha explicado la Delegación del Gobierno, el dispositivo contará con 800 agentes.', 'Delegación del Gobierno', 'organization'],
    ['La Consejería de Sanidad aseguró que el brote está controlado.', 'Consejería de Sanidad', 'organization'],
    ['La Audiencia Nacional ha recordado que la causa sigue abierta.', 'Audiencia Nacional', 'organization'],
  ]);
});

describe('es: cue verbs of the Spanish press (avanzar, incidir en, poner de manifiesto, trasladar, cifrar en, apuntar a)', () => {
  detects([
    ['El Ejecutivo avanzó que aprobará la reforma antes del verano.', 'El Ejecutivo', 'organization'],
    ['La consejera de Educación incidió en que ningún colegio cerrará el próximo curso.', 'consejera de Educación', 'anonymous'],
    ['La patronal ha puesto de manifiesto que la subida del salario mínimo destruirá empleo.', 'La patronal', 'organization'],
    ['El Ayuntamiento de Sevilla ha trasladado a los vecinos que el corte de agua durará dos días.', 'Ayuntamiento de Sevilla', 'organization'],
    ['El sindicato CCOO cifra en 5.000 los despidos previstos en el sector.', 'CCOO', 'organization'],
    ['Fuentes de la investigación apuntan a que el incendio fue intencionado.', 'Fuentes de la investigación', 'anonymous'],
    ['El informe de la autopsia apunta a que la víctima murió por asfixia.', 'El informe de la autopsia', 'document'],
    ['El barómetro de junio refleja que la preocupación por la vivienda ha crecido.', 'El barómetro de junio', 'document'],
    ['Los investigadores del Hospital Clínic han descubierto que el fármaco reduce la mortalidad.', 'Los investigadores del Hospital Clínic', 'anonymous'],
  ]);
  ignores([
    'El ejército avanzó hacia la capital durante la noche.',
    'Los bomberos trasladaron al herido al hospital.',
    'La cadena transmitió el partido en directo.',
    'La pérdida se cifra en dos millones de euros.',
    'El atracador apuntó a la cabeza del cajero.',
    'La policía descubrió un alijo de cocaína en el puerto.',
    'Según avanza la tarde, el tráfico se complica en las salidas de Madrid.',
  ]);
});

describe('es: descartar rules something out (a player left out is no statement)', () => {
  detects([
    ['Fuentes del ministerio descartan una subida de las pensiones.', 'Fuentes del ministerio', 'anonymous'],
    ['El alcalde ha descartado la dimisión de la concejala.', 'El alcalde', 'person'],
    ['La Fiscalía descartó que el incendio fuera intencionado.', 'La Fiscalía', 'organization'],
  ]);
  ignores([
    'El seleccionador descartó a dos defensas por lesión.',
    'El técnico descartó al portero titular para la final.',
    'Se descarta una nueva subasta de la finca.',
  ]);
});

describe('es: especificar, concretar, aplaudir and ironizar with "que"', () => {
  detects([
    ['La consejera especificó que las ayudas llegarán en marzo.', 'La consejera', 'anonymous'],
    ['El sindicato aplaudió que la empresa haya readmitido a los despedidos.', 'El sindicato', 'organization'],
    ['El alcalde ironizó que la oposición ha descubierto el agua caliente.', 'El alcalde', 'person'],
  ]);
  ignores([
    'El club concretó el fichaje del central.',
    'El público aplaudió a la orquesta durante diez minutos.',
  ]);
});

describe('es: poner en duda and dejar caer with "que"', () => {
  detects([
    ['Los socios del Gobierno pusieron en duda que el plan llegue a tiempo.', 'Los socios del Gobierno', 'anonymous'],
    ['El seleccionador dejó caer que habrá cambios en la lista.', 'El seleccionador', 'anonymous'],
  ]);
  ignores([
    'La portera dejó caer el balón tras el choque.',
    'La jueza puso en duda la validez de las pruebas.',
  ]);
});

describe('es: denunciar and prever with a noun: an accusation, a forecast', () => {
  detects([
    ['La asociación de vecinos denuncia cortes de luz diarios desde el verano.', 'La asociación de vecinos', 'organization'],
    ['El Banco Central prevé una inflación del 3 % para el año próximo.', 'Banco Central', 'organization'],
    ['Los meteorólogos prevén nevadas por encima de los 600 metros.', 'Los meteorólogos', 'anonymous'],
  ]);
  ignores([
    'La joven denunció a su agresor en comisaría.',
    'El proyecto prevé la construcción de un nuevo puente.',
    'La normativa prevé sanciones de hasta 3.000 euros.',
    'El real decreto prevé ayudas de 400 euros por hijo.',
    'El texto prevé que las ayudas se cobren en marzo.',
    'Se prevé que el tiempo mejore el fin de semana.',
  ]);
});

describe('es: periphrases before a cue verb (ha vuelto a insistir, quiso dejar claro, llegó a decir)', () => {
  detects([
    ['La empresa ha querido dejar claro que no habrá despidos.', 'La empresa', 'organization'],
    ['El líder de la oposición venezolana ha vuelto a insistir en que las elecciones fueron un fraude.', 'líder de la oposición venezolana', 'anonymous'],
    ['El presidente llegó a decir que la prensa miente.', 'El presidente', 'person'],
  ]);
  ignores([
    'Cabe señalar que la ley entró en vigor en enero.',
    'Nadie quiso explicar por qué se retrasó la obra.',
  ]);
});

describe('es: documents a claim is read in, conforme a, ha trascendido', () => {
  detects([
    ['Según consta en el sumario, el empresario pagó comisiones a tres concejales.', 'sumario', 'document'],
    ['El auto del juez sostiene que existen indicios de delito de cohecho.', 'El auto del juez', 'document'],
    ['Conforme a los datos del Ministerio de Salud, hay 230 casos confirmados.', 'Ministerio de Salud', 'organization'],
    ['Ha trascendido que el Gobierno estudia subir el impuesto al diésel.', 'fuentes no identificadas', 'anonymous'],
    ['Según ha trascendido, el jugador tiene una oferta de Arabia Saudí.', 'fuentes no identificadas', 'anonymous'],
  ]);
  ignores([
    'El edificio se construyó conforme a la normativa.',
    'El humo se desprende del motor.',
  ]);
});

describe('es: cue words in other senses', () => {
  ignores([
    'El Real Madrid confirmó su pase a la final tras golear al Bayern.',
    'El tren salió según el horario previsto.',
    'El ministro se negó a comentar las informaciones.',
  ]);
});

describe('es: bodies named by their own words (Real, Casa, Club) or known to the lexicon', () => {
  detects([
    ['El Real Madrid ha informado en su web de que Vinícius sufre una lesión muscular.', 'Real Madrid', 'organization'],
    ['La Casa Blanca aseguró este miércoles que Washington no busca una escalada.', 'Casa Blanca', 'organization'],
    ['El Atlético de Madrid anunció que el jugador renovará hasta 2028.', 'Atlético de Madrid', 'organization'],
    ['El Vaticano desmintió que el papa vaya a dimitir.', 'Vaticano', 'organization'],
    ['Iberdrola anunció este jueves que invertirá 3.000 millones en redes eléctricas.', 'Iberdrola', 'organization'],
    ['El Frente Amplio anunció que presentará una moción de censura contra el ministro.', 'Frente Amplio', 'organization'],
    // A publication named by an outlet word and a place ("de" is a name particle, not a person's).
    ['El Diario de Cuenca publicó que la planta cerrará en otoño.', 'Diario de Cuenca', 'outlet'],
    ['Según El Heraldo de Soria, la planta cerrará en otoño.', 'Heraldo de Soria', 'outlet'],
    ['Radio Castilla informó de que la planta cerrará en otoño.', 'Radio Castilla', 'outlet'],
    // Bodies of the Spanish-speaking world whose names say nothing of what they are (lexicon).
    ['Salvamento Marítimo ha informado de que la embarcación fue remolcada a puerto.', 'Salvamento Marítimo', 'organization'],
    ['Renfe explicó que los trenes circularán con retraso hasta el lunes.', 'Renfe', 'organization'],
    ['Pekín aseguró que no tolerará injerencias en sus asuntos internos.', 'Pekín', 'organization'],
    ['Médicos Sin Fronteras denunció que el hospital fue bombardeado.', 'Médicos Sin Fronteras', 'organization'],
    ['Onda Cero adelantó que el consejo se reunirá el viernes.', 'Onda Cero', 'outlet'],
    ['Según TVE, el consejo se reunirá el viernes.', 'TVE', 'outlet'],
    // A Catalan "d'" inside a name ("Mossos d'Esquadra") keeps the name whole.
    ['Los Mossos d’Esquadra han detallado que el detenido tiene antecedentes.', 'Mossos d’Esquadra', 'organization'],
    ["La consellera, Marta d'Olzinelles, ha advertido que la norma es ambigua.", "Marta d'Olzinelles", 'person'],
  ]);
});

describe('es: an adjunct between the verb and its content (después del partido)', () => {
  detects([
    ['Carlos Alcaraz explicó después del partido que jugó con molestias en el tobillo.', 'Carlos Alcaraz', 'person'],
  ]);
});

describe('es: the agent of a passive statement verb (fue confirmada por X) and mediante un comunicado', () => {
  detects([
    ['La noticia fue confirmada por el portavoz de la Casa Blanca.', 'el portavoz de la Casa Blanca', 'anonymous'],
    ['La fecha de las elecciones fue anunciada por el presidente en un mensaje televisado.', 'el presidente', 'person'],
    ['Los hechos fueron denunciados por la propia víctima ante la comisaría.', 'la propia víctima', 'anonymous'],
    ['La decisión ha sido criticada por varias organizaciones ecologistas.', 'varias organizaciones ecologistas', 'anonymous'],
    ['Mediante un comunicado, la aerolínea pidió disculpas a los pasajeros afectados.', 'la aerolínea', 'organization'],
    ['La defensa del acusado mantiene que su cliente estaba en otra ciudad aquella noche.', 'La defensa del acusado', 'organization'],
  ]);
  ignores([
    'El acusado fue denunciado por estafa.',
    'El premio fue anunciado por la tarde.',
    'La defensa del Betis cometió varios errores.',
  ]);
});

describe('es: a clause with "cuando" after the speaker named after the verb', () => {
  detects([
    ['«No es el momento de hablar de fichajes», respondió el director deportivo cuando fue preguntado por el delantero.', 'el director deportivo', 'anonymous'],
  ]);
});

describe('es: a body speaking through people it does not name (…, explican desde X)', () => {
  detects([
    ['El proyecto tiene los días contados, sostienen desde la oposición.', 'la oposición', 'organization'],
    ['Los datos son preocupantes, reconocen desde el Ministerio de Sanidad.', 'Ministerio de Sanidad', 'organization'],
    ['Los letrados de la acusación popular sostienen que hubo malversación.', 'Los letrados', 'anonymous'],
    ['La selección argentina comunicó que el capitán no viajará a Lima.', 'La selección argentina', 'organization'],
  ]);
  ignores([
    'Los vecinos aseguran desde hace años que el puente se cae, y nadie los escucha.',
    'El Celta confirmó su permanencia en Primera con una victoria ante el Getafe.',
  ]);
});

describe('es: a speaker who is "tajante" or "claro" before what is said', () => {
  detects([
    ['El ministro fue tajante: «No habrá indulto».', 'El ministro', 'person'],
    ['La jueza ha sido clara: no habrá más aplazamientos.', 'La jueza', 'person'],
  ]);
  ignores([
    'El resultado fue claro y el equipo ganó la liga.',
    'La victoria fue contundente: 4-0.',
  ]);
});

describe('es: a speaker set off by commas, then a colon before the words (El alcalde, X, dijo: «…»)', () => {
  detects([
    ['El alcalde, Juan Carlos Moreno, dijo: «No podíamos esperar más».', 'Juan Carlos Moreno', 'person'],
    ['La consejera, por su parte, añadió: «Hay que actuar ya».', 'La consejera', 'anonymous'],
  ]);
  it('does not read the speaker as words said before a subjectless verb', () => {
    const found = one('El alcalde, Juan Carlos Moreno, explicó: «No podíamos esperar más».');
    expect(found.map((a) => [a.source, a.claim])).toEqual([['Juan Carlos Moreno', '«No podíamos esperar más».']]);
  });
});

describe('es: what is spoken of, a colon, then the words (valoró el empate: «…»)', () => {
  detects([
    ['El técnico valoró positivamente el empate: «Es un punto de oro».', 'El técnico', 'anonymous'],
    ['La ministra justificó así la medida: «Es lo que piden los ciudadanos».', 'La ministra', 'person'],
    ['El alcalde, Juan Carlos Moreno, explicó su decisión: «No podíamos esperar más».', 'Juan Carlos Moreno', 'person'],
    ['Dijo el portavoz: «No habrá más comunicados hoy».', 'el portavoz', 'anonymous'],
  ]);
  ignores([
    'El club anunció tres fichajes: Pérez, Gómez y Ruiz.',
  ]);
});

describe('es: a statement set off by commas after its subject (X, en un comunicado, …)', () => {
  detects([
    ['El club, en un comunicado, ha condenado los insultos racistas.', 'El club', 'organization'],
    ['La ministra, en una entrevista con la SER, defendió la reforma.', 'La ministra', 'person'],
    ['El presidente de la Reserva Federal, Jerome Powell, dejó entrever que los tipos bajarán en septiembre.', 'Jerome Powell', 'person'],
  ]);
  ignores([
    'El club, en un comunicado, fue sancionado por la liga.',
    'El alcalde, en su primer año de mandato, inauguró tres colegios.',
  ]);
});

describe('es: a listener before the postposed source (aseguraron a este diario fuentes de…, confirmó a EFE el portavoz)', () => {
  detects([
    ['«No hay ninguna negociación abierta», aseguraron a este diario fuentes del Ministerio del Interior.', 'fuentes del Ministerio del Interior', 'anonymous'],
    ['La empresa cerrará la planta, explicaron a este periódico fuentes sindicales.', 'fuentes sindicales', 'anonymous'],
    ['La empresa cerrará la planta, dijo a la agencia Efe el portavoz de la compañía.', 'el portavoz de la compañía', 'anonymous'],
    ['«Es grave», declaró a los periodistas el alcalde de Medellín.', 'alcalde de Medellín', 'person'],
    ['El acuerdo se firmará la próxima semana, confirmó a EFE el portavoz del Gobierno vasco.', 'portavoz del Gobierno vasco', 'anonymous'],
  ]);
  ignores([
    'La empresa cerrará la planta, según dijo a los periodistas el martes.',
    'El ministro envió a este diario una carta de rectificación.',
  ]);
});

describe('es: a body with an adjective after it closes the postposed source (del Gobierno chileno, del Ejecutivo andaluz)', () => {
  detects([
    ['La empresa cerrará la planta, dijo el portavoz del Gobierno chileno.', 'portavoz del Gobierno chileno', 'anonymous'],
    ['«No habrá recortes», aseguró el presidente del Ejecutivo andaluz.', 'presidente del Ejecutivo andaluz', 'person'],
  ]);
});

describe('es: continuous periphrases (ha venido asegurando, viene denunciando, sigue insistiendo en que)', () => {
  detects([
    ['El Gobierno ha venido asegurando que los fondos llegarán a tiempo.', 'El Gobierno', 'organization'],
    ['La oposición viene denunciando que el decreto es ilegal.', 'La oposición', 'organization'],
    ['Los vecinos siguen insistiendo en que el agua llega turbia.', 'Los vecinos', 'anonymous'],
  ]);
  ignores([
    'El ministro está negociando con los sindicatos.',
    'El club sigue buscando entrenador.',
  ]);
});

describe('es: informar de, alertar de, no descartar que, reseñar, se especula con que', () => {
  detects([
    ['El Ministerio de Sanidad informó de 120 nuevos casos en las últimas 24 horas.', 'Ministerio de Sanidad', 'organization'],
    ['La Policía Nacional ha informado del hallazgo de un cadáver en el puerto.', 'Policía Nacional', 'organization'],
    ['La Aemet alertó de la llegada de una ola de calor.', 'Aemet', 'organization'],
    ['El alcalde no descartó que se adopten nuevas restricciones.', 'El alcalde', 'person'],
    ['El Nacional reseñó que la oposición convocó una marcha para el sábado.', 'El Nacional', 'outlet'],
    ['Se especula con que el ministro podría abandonar el cargo en otoño.', 'fuentes no identificadas', 'anonymous'],
  ]);
  ignores([
    'La empresa se negó a informar de sus beneficios.',
  ]);
});

describe('es: según información de X; perfect tenses of verbs listed by form (ha comunicado); se publicó is no statement', () => {
  detects([
    ['Según información de El País, la obra costó el doble de lo previsto.', 'El País', 'outlet'],
    ['De acuerdo con informaciones del diario Clarín, el ministro dimitirá.', 'Clarín', 'outlet'],
    ['Así lo ha comunicado la Consejería de Educación a los centros escolares.', 'Consejería de Educación', 'organization'],
    ['Según Carabineros, el conductor dio positivo en el control de alcoholemia.', 'Carabineros', 'organization'],
    ['El INDEC informó que la pobreza alcanzó al 41 % de la población.', 'INDEC', 'organization'],
  ]);
  ignores([
    'El libro «Cien años de soledad» se publicó en 1967.',
    'La información publicada ayer era falsa.',
  ]);
});

describe('es: an inverted pronoun with an adjunct after it (dijo ella al salir, afirmó él ante el juez)', () => {
  detects([
    ['«Hemos cumplido», dijo ella al salir del tribunal.', 'ella', 'person'],
    ['«No me arrepiento de nada», afirmó él ante el juez.', 'él', 'person'],
  ]);
  ignores([
    'Lo encontró ella al salir del tribunal.',
  ]);
});

describe('es: sobre opens what a verb speaks of, not an adjunct to skip (alertó sobre, advirtió sobre)', () => {
  detects([
    ['La Defensoría del Pueblo alertó sobre el aumento de los conflictos sociales en el país.', 'Defensoría del Pueblo', 'organization'],
    ['La ONU advirtió sobre los riesgos de la inteligencia artificial.', 'ONU', 'organization'],
    ['El ministro declaró sobre el caso que no hubo irregularidades.', 'El ministro', 'person'],
  ]);
  ignores([
    'El ministro habló sobre el caso durante una hora.',
    'El avión voló sobre la ciudad durante la noche.',
  ]);
});

describe('es: a listener without an article (a medios locales, a periodistas) and an aside led by a negator (no obstante)', () => {
  detects([
    ['El alcalde de San Salvador declaró a medios locales que la capital está preparada para las lluvias.', 'alcalde de San Salvador', 'person'],
    ['El portavoz dijo a periodistas que el acuerdo está cerrado.', 'El portavoz', 'anonymous'],
    ['El ministro señaló, no obstante, que el plan requiere más fondos.', 'El ministro', 'person'],
  ]);
  ignores([
    'El ministro no dijo, sin embargo, que el plan requiera más fondos.',
    'El alcalde envió a periodistas y vecinos una invitación para el acto.',
  ]);
});

describe('es: criticar with its object (criticism is a stance the source takes)', () => {
  detects([
    ['Ayuso ha criticado este domingo la gestión del Gobierno central.', 'Ayuso', 'person'],
    ['Distintas organizaciones ecologistas han criticado la ampliación del puerto.', 'organizaciones ecologistas', 'organization'],
  ]);
  ignores([
    'Es fácil criticar al Gobierno.',
    'El alcalde no criticó la medida.',
    'La decisión fue muy criticada.',
  ]);
});

describe('es: prever with an infinitive is a plan, not a forecast (prevé despedir)', () => {
  detects([
    ['El Gobierno prevé que la economía crezca un 2 % este año.', 'El Gobierno', 'organization'],
    ['El Banco de España prevé un crecimiento del 2,4 % para este año.', 'Banco de España', 'organization'],
  ]);
  ignores([
    'La empresa prevé despedir a 300 trabajadores antes de verano.',
    'El club prevé inaugurar el nuevo estadio en 2026.',
  ]);
});

describe('es: a subjectless verb after a sentence opened by a role noun means that role (La jueza escuchó ... Después, dijo)', () => {
  detects([
    ['El ministro Luis Pérez habló el lunes. La jueza escuchó a los testigos durante cuatro horas. Después, dijo que dictará sentencia pronto.', 'La jueza', 'person'],
    ['Los vecinos llevan semanas sin agua. Denuncian que nadie les hace caso.', 'Los vecinos', 'anonymous'],
  ]);
  ignores([
    'La jueza escuchó a los testigos durante cuatro horas.',
  ]);
});

describe('es: a title the person was not named with is someone else (el presidente ..., Pedro Sánchez ... la ministra)', () => {
  detects([
    ['El presidente del Gobierno, Pedro Sánchez, visitó Valencia. La ministra dijo que las ayudas llegarán pronto.', 'La ministra', 'person'],
    ['La ministra de Hacienda, María Jesús Montero, visitó Sevilla. La ministra dijo que habrá ayudas.', 'María Jesús Montero', 'person'],
  ]);
});

describe('es: a body with its adjectives joined to another source (el Gobierno colombiano y el ELN)', () => {
  detects([
    ['El Gobierno colombiano y el ELN anunciaron que reanudarán los diálogos en Caracas.', 'El Gobierno colombiano', 'organization'],
    ['El Gobierno colombiano y el ELN anunciaron que reanudarán los diálogos en Caracas.', 'el ELN', 'organization'],
    ['El Gobierno central y la Generalitat aseguraron que el acuerdo está cerca.', 'la Generalitat', 'organization'],
  ]);
  ignores([
    'El Gobierno colombiano y el ELN reanudaron los diálogos en Caracas.',
  ]);
});

describe('es: people consulted by an outlet are not the outlet (los analistas consultados por la agencia Reuters)', () => {
  detects([
    ['Los analistas consultados por la agencia Reuters estiman que el banco subirá los tipos.', 'analistas consultados por la agencia Reuters', 'anonymous'],
  ]);
});

describe('es: a one-word aside after the verb (contesta, tajante, la exministra) and "como bien dijo X"', () => {
  detects([
    ['«Lo volvería a hacer», contesta, tajante, la exministra.', 'la exministra', 'anonymous'],
    ['«No pienso dimitir», respondió, molesto, el alcalde.', 'el alcalde', 'person'],
    ['Como bien dijo Borges, uno es lo que ha leído.', 'Borges', 'person'],
  ]);
  ignores([
    'Como bien sabe cualquier lector, la novela no termina ahí.',
  ]);
});

describe('es: detectar with a report as subject (el informe detecta irregularidades)', () => {
  detects([
    ['El informe de la Sindicatura de Cuentas detecta irregularidades en 40 contratos de la Diputación.', 'informe de la Sindicatura de Cuentas', 'document'],
  ]);
  ignores([
    'La policía detectó un coche sospechoso cerca del aeropuerto.',
  ]);
});

describe('es: party names that start with a common word (Más País, Más Madrid) and Vox as a party', () => {
  detects([
    ['Más País criticó la decisión del Ejecutivo.', 'Más País', 'organization'],
    ['Más Madrid ha denunciado que el Ayuntamiento no convoca la comisión.', 'Más Madrid', 'organization'],
    ['Según Más Madrid, la ley de vivienda es insuficiente.', 'Más Madrid', 'organization'],
    ['La ley es insuficiente, denunció Más Madrid en un comunicado.', 'Más Madrid', 'organization'],
    ['Vox anunció este lunes que presentará una moción de censura.', 'Vox', 'organization'],
  ]);
  ignores([
    'Más Madrid acoge este fin de semana el festival de cine.',
  ]);
});

describe('es: a listener after "al" of any noun (solicitó al tribunal que, pidió al ayuntamiento que)', () => {
  detects([
    ['La Fiscalía Anticorrupción solicitó este lunes al tribunal que mantenga en prisión al empresario.', 'Fiscalía Anticorrupción', 'organization'],
    ['El sindicato pidió al ayuntamiento que retire la ordenanza.', 'El sindicato', 'organization'],
  ]);
  ignores([
    'La alcaldesa recordó al bombero fallecido durante el acto.',
    'La Fiscalía envió al tribunal un escrito de veinte páginas.',
  ]);
});

describe('es: after a quotation, a verb followed by a clause of its own has the last speaker for subject (recuerda mientras amasa)', () => {
  detects([
    ['María Fernández llegó a Madrid en 1998. «Al principio nadie me quería alquilar un local», recuerda mientras amasa.', 'María Fernández', 'person'],
  ]);
  ignores([
    'María Fernández llegó a Madrid en 1998. Hoy amasa mientras escucha la radio.',
  ]);
});

describe('es: "tanto X como Y" before a cue verb is two sources', () => {
  detects([
    ['Tanto el PNV como Bildu han rechazado que la reforma fiscal se aplique en el País Vasco.', 'el PNV', 'organization'],
    ['Tanto el PNV como Bildu han rechazado que la reforma fiscal se aplique en el País Vasco.', 'Bildu', 'organization'],
    ['Tanto el Gobierno como la oposición aseguran que habrá acuerdo.', 'el Gobierno', 'organization'],
    ['Tanto los médicos como los enfermeros denuncian que faltan recursos.', 'los médicos', 'anonymous'],
  ]);
  ignores([
    'Tanto el Gobierno como la oposición votaron la ley.',
  ]);
});
