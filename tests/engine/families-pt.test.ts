// Table-driven checks of the Portuguese pack, one table per cue family: sentences written for this
// test (Brazilian and European usage), the source found and its kind, and sentences that must give
// nothing (the author's voice, non-statement uses of cue words, negations, hypotheticals).
import { describe, expect, it } from 'vitest';
import { familyChecks } from '../helpers/families';

const { one, detects, ignores } = familyChecks('pt');

describe('pt: prepositional cues (segundo, de acordo com, conforme, na avaliação de, para X)', () => {
  detects([
    ['Segundo a Polícia Militar, cerca de 20 mil pessoas participaram do ato.', 'Polícia Militar', 'organization'],
    ['O número de mortos chegou a 12, segundo a Defesa Civil do estado.', 'Defesa Civil', 'organization'],
    ['Segundo o Ministério da Saúde, a campanha de vacinação foi prorrogada.', 'Ministério da Saúde', 'organization'],
    ['Segundo fontes do Palácio do Planalto, a reforma deve sair em março.', 'fontes', 'anonymous'],
    ['Segundo a agência Lusa, o incêndio já foi dado como dominado.', 'Lusa', 'outlet'],
    ['Segundo o ministro Alexandre de Moraes, a investigação continua.', 'Alexandre de Moraes', 'person'],
    ['Segundo ele, a reforma é injusta.', 'ele', 'person'],
    ['De acordo com a Receita Federal, o prazo de entrega termina em maio.', 'Receita Federal', 'organization'],
    ['De acordo com o boletim médico, o paciente está estável.', 'boletim médico', 'document'],
    ['De acordo com especialistas, a seca deve se agravar.', 'especialistas', 'anonymous'],
    ['De acordo com dados do IBGE divulgados nesta sexta, o desemprego caiu para 7,8%.', 'IBGE', 'organization'],
    ['Conforme o Tribunal de Contas da União, houve superfaturamento na obra.', 'Tribunal de Contas da União', 'organization'],
    ['Conforme dados do Banco Mundial, a pobreza extrema aumentou.', 'Banco Mundial', 'organization'],
    ['Na opinião da presidente do sindicato, a proposta é insuficiente.', 'presidente do sindicato', 'person'],
    ['No entendimento do relator, o réu deve ser absolvido.', 'relator', 'person'],
    ['Na avaliação do economista-chefe do banco, os juros devem cair.', 'economista-chefe do banco', 'person'],
    ['Nas palavras da ministra, o programa é uma prioridade do governo.', 'ministra', 'person'],
    ['Para economistas, a meta de inflação é difícil de cumprir.', 'economistas', 'anonymous'],
    ['Para especialistas ouvidos pelo g1, a medida pode aumentar o preço dos alimentos.', 'especialistas', 'anonymous'],
    ['Para o procurador-geral, não há provas suficientes.', 'procurador-geral', 'anonymous'],
    ['O prefeito foi informado pela Defesa Civil de que a barragem corria risco.', 'Defesa Civil', 'organization'],
    ['“Não vamos aceitar”, disse o ministro, citado pelo jornal Valor Econômico.', 'Valor Econômico', 'outlet'],
  ]);
  ignores([
    'O candidato ficou em segundo lugar na disputa.',
    'O segundo turno será disputado no fim de outubro.',
    'Em segundo lugar, é preciso rever os gastos.',
    'A obra será concluída conforme o previsto no contrato.',
    'Os preços sobem conforme a demanda aumenta.',
    'O time jogou de acordo com o esperado.',
    'A avaliação do projeto será feita em junho.',
    'Para a próxima temporada, o clube quer reforçar o elenco.',
    'Para evitar filas, a prefeitura ampliou o horário de atendimento.',
    'O livro mais citado pelos estudantes é um romance de 1950.',
  ]);
});

describe('pt: vague sources and hearsay', () => {
  detects([
    ['O acordo deve ser assinado em breve, segundo apurou a reportagem.', 'reportagem', 'anonymous'],
    ['Segundo informações de bastidores, o técnico será demitido.', 'informações de bastidores', 'anonymous'],
    ['Segundo relatos de moradores, o tiroteio durou mais de uma hora.', 'relatos', 'anonymous'],
    ['Fontes ligadas ao Planalto afirmam que a reforma ministerial deve ocorrer em março.', 'Fontes ligadas ao Planalto', 'anonymous'],
    ['O empresário supostamente ocultou bens no exterior.', 'informações sem fonte identificada', 'anonymous'],
    ['Muitos entendem que o senador cumpre bem o papel de moderador.', 'Muitos', 'anonymous'],
    ['A proposta é inconstitucional, dizem alguns.', 'alguns', 'anonymous'],
    ['Segundo outros, a reforma chegou tarde demais.', 'outros', 'anonymous'],
    ['O orçamento será revisto, disse à Lusa fonte do Governo.', 'fonte do Governo', 'anonymous'],
  ]);
  ignores([
    'A reportagem foi ao ar na noite de domingo.',
    'Os bastidores do teatro foram reformados no ano passado.',
    'O empresário pagou os impostos em dia.',
    'Muitos dos presos foram libertados na semana passada.',
    'Alguns chegaram cedo ao estádio.',
  ]);
});

describe('pt: speech verbs after the subject', () => {
  detects([
    ['O ministro da Economia, Fernando Haddad, afirmou nesta quarta-feira que o governo vai cumprir a meta fiscal.', 'Fernando Haddad', 'person'],
    ['A Polícia Federal informou que os mandados foram cumpridos em três estados.', 'Polícia Federal', 'organization'],
    ['O presidente do Banco Central, Gabriel Galípolo, disse que a inflação preocupa.', 'Gabriel Galípolo', 'person'],
    ['Moradores relataram que a água subiu mais de dois metros.', 'Moradores', 'anonymous'],
    ['A empresa negou as irregularidades apontadas pela auditoria.', 'A empresa', 'organization'],
    ['A prefeitura de São Paulo anunciou que as aulas serão retomadas na segunda-feira.', 'prefeitura de São Paulo', 'organization'],
    ['Especialistas alertam que o desmatamento pode comprometer as chuvas.', 'Especialistas', 'anonymous'],
    ['O governador garantiu à população que não haverá racionamento.', 'O governador', 'person'],
    ['O relatório da CPI aponta que houve omissão do governo.', 'relatório da CPI', 'document'],
    ['A pesquisa mostra que 60% dos brasileiros apoiam a medida.', 'A pesquisa', 'document'],
    ['O atacante disse à imprensa que pretende renovar o contrato.', 'O atacante', 'anonymous'],
    ['O ex-presidente Jair Bolsonaro (PL) disse nesta segunda-feira (3) que vai recorrer da decisão.', 'Jair Bolsonaro', 'person'],
    ['A Petrobras informou ao mercado que vai reduzir o preço da gasolina.', 'Petrobras', 'organization'],
    ['A PSP adiantou ao Público que foram detidas três pessoas.', 'PSP', 'organization'],
    ['O Presidente da República, Marcelo Rebelo de Sousa, considerou que o orçamento é equilibrado.', 'Marcelo Rebelo de Sousa', 'person'],
    ['O ministro tem afirmado que não haverá aumento de impostos.', 'O ministro', 'person'],
    ['O governo vem afirmando que não há crise fiscal.', 'O governo', 'organization'],
    ['Lula voltou a criticar a taxa de juros nesta sexta.', 'Lula', 'person'],
    ['O Ministério Público acusa o ex-prefeito de desviar recursos da saúde.', 'Ministério Público', 'organization'],
    ['Analistas ouvidos pela Reuters esperam que o Copom mantenha a taxa.', 'Analistas', 'anonymous'],
    ['A defesa do ex-presidente alegou que ele não sabia do esquema.', 'A defesa', 'organization'],
    ['Um relatório da ONU divulgado nesta terça aponta que a fome aumentou no mundo.', 'relatório da ONU', 'document'],
    ['O jogador disse estar feliz com a renovação do contrato.', 'O jogador', 'anonymous'],
    ['O ministro disse-lhe que não havia alternativa.', 'O ministro', 'person'],
    ['O senador se manifestou contra a proposta.', 'O senador', 'person'],
  ]);
  ignores([
    'O governo anunciou um pacote de R$ 10 bilhões para a indústria.',
    'O Senado aprovou nesta terça o projeto que limita os juros do cartão.',
    'O jogador marcou dois gols e garantiu a vitória do time.',
    'O presidente vai anunciar as medidas na próxima semana.',
    'Se o governo disser que não há recursos, a obra será cancelada.',
    'O ministro não comentou o caso.',
    'O time defendeu o título com uma vitória por 2 a 0.',
    'O goleiro defendeu o pênalti aos 40 minutos.',
    'A reunião diz respeito ao orçamento.',
    'O clube contou com o apoio da torcida.',
    'O deputado responde a um processo por corrupção.',
    'O atacante se destaca como o melhor jogador do campeonato.',
    'Estima-se que mil pessoas estavam no local.',
    'O ministro se negou a comentar o caso.',
    'Outro requerimento defendido na Casa é o do senador.',
    'Pacheco pediu para a advocacia analisar a proposta.',
  ]);
});

describe('pt: speech verbs before the source (inversion, null subject)', () => {
  detects([
    ['“Não há nenhuma chance de recuo”, afirmou o ministro.', 'o ministro', 'person'],
    ['“Estamos trabalhando dia e noite”, disse o prefeito de Porto Alegre, Sebastião Melo.', 'Sebastião Melo', 'person'],
    ['“A situação é grave”, alertou a Defesa Civil em comunicado.', 'Defesa Civil', 'organization'],
    ['“Foi um jogo difícil”, avaliou o técnico Abel Ferreira após a partida.', 'Abel Ferreira', 'person'],
    ['“Não vou renunciar”, declarou Maduro em discurso na televisão estatal.', 'Maduro', 'person'],
    ['“Vamos recorrer”, disse a advogada da família, Maria Oliveira.', 'Maria Oliveira', 'person'],
    ['“Não sabemos quando vai acabar”, contou uma moradora do bairro.', 'moradora', 'anonymous'],
    ['Os preços devem cair, diz o economista.', 'o economista', 'anonymous'],
    ['“É inaceitável”, disse Lira a jornalistas nesta terça.', 'Lira', 'person'],
    ['“Sim”, falou Tite ao programa de televisão.', 'Tite', 'person'],
    ['“Perdemos para nós mesmos”, lamentou o capitão do time.', 'capitão', 'person'],
    ['O corte de gastos é necessário, como afirmou o presidente do Banco Central.', 'presidente do Banco Central', 'person'],
    ['Segundo informou a Polícia Rodoviária Federal, a rodovia foi liberada.', 'Polícia Rodoviária Federal', 'organization'],
    ['«Não há dinheiro para tudo», sublinhou o ministro das Finanças.', 'ministro das Finanças', 'person'],
    ['— Não vou sair do clube — disse o treinador.', 'o treinador', 'person'],
    ['“Estamos muito preocupados”, afirmou à Reuters uma fonte do Itamaraty que pediu anonimato.', 'fonte', 'anonymous'],
    ['“Não vamos desistir”, disse-lhe o treinador.', 'o treinador', 'person'],
  ]);
  ignores([
    'Ele encontrou o ministro e depois foi embora.',
    '“Foi um erro”, lembrou-se o técnico anos depois.',
    'O ministro chegou, disse bom dia e saiu.',
  ]);
});

describe('pt: a verb with no subject is the last speaker\'s', () => {
  const sentenceSources = (text: string) => one(text).map((a) => [a.sentence, a.source, a.sourceKind]);
  it.each([
    ['A Petrobras anunciou que vai reduzir o preço da gasolina. E acrescentou que a queda será de 5%.', 'E acrescentou que a queda será de 5%.', 'A Petrobras'],
    ['O senador Paulo Paim criticou a proposta. Em seguida, afirmou que vai votar contra.', 'Em seguida, afirmou que vai votar contra.', 'Paulo Paim'],
    ['A ministra Marina Silva falou sobre a seca. “É a pior em 70 anos”, disse.', '“É a pior em 70 anos”, disse.', 'Marina Silva'],
    ['O técnico Abel Ferreira reclamou da arbitragem. Também disse que o time merecia vencer.', 'Também disse que o time merecia vencer.', 'Abel Ferreira'],
  ])('%s', (text, sentence, source) => {
    expect(sentenceSources(text)).toContainEqual([sentence, source, expect.any(String)]);
  });
  it.each([
    ['O ministro Fernando Haddad chegou ao Senado. Estima-se que o encontro dure duas horas.'],
    ['O ministro Fernando Haddad chegou ao Senado. Não disse nada aos jornalistas.'],
    ['Choveu muito em São Paulo. Disse-se que a cidade parou.'],
  ])('nothing without a subject in the second sentence: %s', (text) => {
    expect(one(text).filter((a) => !a.sentence.startsWith('O ministro') && !a.sentence.startsWith('Choveu'))).toEqual([]);
  });
});

describe('pt: gerunds (, afirmando que …)', () => {
  detects([
    ['O prefeito renunciou na segunda-feira, afirmando que sua posição se tornou insustentável.', 'O prefeito', 'anonymous'],
    ['A ministra da Saúde garantiu que os hospitais estão preparados, acrescentando que não faltarão vacinas.', 'ministra da Saúde', 'person'],
    ['O clube divulgou uma nota, alegando que o jogador descumpriu o contrato.', 'O clube', 'organization'],
  ]);
  ignores([
    'Andando pela praça, ele tropeçou.',
    'O prefeito renunciou na segunda-feira, deixando a cidade sem comando.',
  ]);
});

describe('pt: statements and labels (em nota, chamado de “…” por X)', () => {
  detects([
    ['Em nota, a federação condenou a violência no estádio.', 'a federação', 'organization'],
    ['Na entrevista, o técnico criticou a arbitragem.', 'o técnico', 'person'],
    ['A reforma, chamada de “retrocesso histórico” pelos sindicatos, foi aprovada.', 'sindicatos', 'organization'],
    ['O plano, classificado como “irresponsável” por economistas, foi retirado.', 'economistas', 'anonymous'],
  ]);
  ignores([
    'A violência foi condenada em nota.',
    'O jogador foi chamado para a seleção pelo técnico.',
  ]);
});

describe('pt: a definite office holder is a person; an unnamed spokesperson is not', () => {
  detects([
    ['O senador afirmou que o projeto será aprovado.', 'O senador', 'person'],
    ['A ministra da Saúde disse que as vacinas chegam em março.', 'ministra da Saúde', 'person'],
    ['O porta-voz disse que a empresa não vai comentar.', 'O porta-voz', 'anonymous'],
    ['Os senadores disseram que a votação será apertada.', 'Os senadores', 'anonymous'],
  ]);
});

// The article is written into the preposition ("pelo" is "por o", "da" is "de a"): the holder is as
// definite as "o senador". A member of a legislature ("o parlamentar") is an office like "o deputado".
describe('pt: an office holder after pelo, da, do, no, ao is definite; "o parlamentar" is an office', () => {
  detects([
    ['A proposta foi criticada pelo senador nesta terça-feira.', 'senador', 'person'],
    ['A avaliação feita pela governadora é de que a obra atrasou.', 'governadora', 'person'],
    ['Na visão do prefeito, a tarifa precisa subir.', 'prefeito', 'person'],
    ['O parlamentar disse que vai recorrer da decisão.', 'O parlamentar', 'person'],
    ['Segundo o parlamentar, o texto será votado em agosto.', 'o parlamentar', 'person'],
    ['Um parlamentar disse que o acordo está fechado.', 'Um parlamentar', 'anonymous'],
    ['Os parlamentares afirmaram que a sessão foi adiada.', 'Os parlamentares', 'anonymous'],
    ['A proposta foi criticada pelos parlamentares da oposição.', 'parlamentares', 'anonymous'],
    ['A decisão foi criticada pelo porta-voz do partido.', 'porta-voz', 'anonymous'],
    ['A obra foi criticada por um vereador da oposição.', 'vereador', 'anonymous'],
  ]);
});

describe('pt: news usage from the challenge set (European and Brazilian)', () => {
  detects([
    // "esta quinta-feira" (European: no "n-"): a time adjunct between the verb and "que".
    ['A ministra da Justiça garantiu esta segunda-feira que o concurso vai avançar.', 'ministra da Justiça', 'person'],
    ['O presidente da câmara, Rui Moreira, afirmou este domingo que a obra está no prazo.', 'Rui Moreira', 'person'],
    // People nouns of sport and local news; office nouns that name one holder.
    ['O médio assegurou que vai cumprir o contrato até ao fim.', 'médio', 'anonymous'],
    ['“Não vendemos nada hoje”, lamentou um vendedor da feira.', 'vendedor', 'anonymous'],
    ['«As obras terminam em março», garantiu o autarca.', 'autarca', 'person'],
    ['O primeiro-ministro admitiu que o calendário é apertado.', 'primeiro-ministro', 'person'],
    ['A magistrada considerou que a prova era nula.', 'magistrada', 'person'],
    // Inverted verbs after a quotation.
    ['“Ninguém vai ficar sem água”, tranquilizou o diretor da companhia.', 'diretor', 'anonymous'],
    ['“É a maior vitória do clube”, comemorou o treinador.', 'treinador', 'person'],
    ['“Não serei candidata”, cravou a senadora.', 'senadora', 'person'],
    // Passive agents of report verbs.
    ['A demissão foi confirmada pelo Ministério da Educação.', 'Ministério da Educação', 'organization'],
    ['A notícia foi avançada pelo semanário Expresso.', 'Expresso', 'outlet'],
    ['Os dados foram divulgados pela Secretaria Municipal de Saúde.', 'Secretaria Municipal de Saúde', 'organization'],
    // "A informação é de X", "lê-se no despacho", "no entender de", "do ponto de vista de".
    ['A informação é do jornal Público.', 'Público', 'outlet'],
    ['A previsão é da Agência Europeia do Ambiente.', 'Agência Europeia do Ambiente', 'organization'],
    ['Lê-se no acórdão que o arguido agiu com dolo.', 'acórdão', 'document'],
    ['No entender da bastonária, a reforma chega tarde.', 'bastonária', 'person'],
    ['Do ponto de vista da associação, o regulamento é ilegal.', 'associação', 'organization'],
    ['Na perspetiva do sindicato, o aumento é insuficiente.', 'sindicato', 'organization'],
    // Hearsay with no source, and reports of it.
    ['Diz-se que o presidente do clube vai sair em junho.', 'fontes não identificadas', 'anonymous'],
    ['Há rumores de que o banco vai ser vendido.', 'rumores', 'anonymous'],
    // A lone unknown name after an article is a body, not a surname: news writes no article before a person.
    ['A Cosan informou que vai vender a participação.', 'Cosan', 'organization'],
    ['Segundo o Cemaden, o risco de deslizamentos é alto.', 'Cemaden', 'organization'],
    ['A Galp anunciou que vai investir na refinaria de Sines.', 'Galp', 'organization'],
    ['Barroso disse que a decisão será mantida.', 'Barroso', 'person'],
    // A denied infinitive is content ("disse não ter"); short infinitives (ter, ler, dar, ir, ver) are verbs.
    ['O treinador disse não ter recebido nenhuma proposta.', 'treinador', 'person'],
    ['A deputada afirmou nunca ter visto o documento.', 'deputada', 'person'],
    ['O acusado disse ter agido sozinho.', 'acusado', 'anonymous'],
    // The simple pluperfect of a regular verb.
    ['O presidente afirmara que não haveria cortes.', 'presidente', 'person'],
    ['A juíza considerou que a prisão era ilegal.', 'juíza', 'person'],
    // "alertar para", research verbs, European progressives, statements on social networks.
    ['O Instituto Nacional de Meteorologia alertou para chuvas fortes no fim de semana.', 'Instituto Nacional de Meteorologia', 'organization'],
    ['Cientistas da Unicamp descobriram que o fungo resiste ao calor.', 'Cientistas', 'anonymous'],
    ['O sindicato está a exigir que os salários sejam revistos.', 'sindicato', 'organization'],
    ['A associação tem vindo a denunciar que faltam médicos de família.', 'associação', 'organization'],
    ['“Estamos juntos”, escreveu a cantora nas redes sociais.', 'cantora', 'anonymous'],
    ['A primeira-dama afirmou que vai acompanhar o presidente na viagem.', 'primeira-dama', 'person'],
    ['Os prazos foram prorrogados, informa a Proteção Civil.', 'Proteção Civil', 'organization'],
    // After a quotation, an aside set off by commas between the verb and its source.
    ['«O balanço é positivo», frisou, em declarações aos jornalistas, o presidente da câmara.', 'presidente da câmara', 'person'],
    ['“Foi um acidente”, disse, na saída do fórum, o advogado da família.', 'advogado', 'anonymous'],
    // Portuguese and Brazilian outlets.
    ['Segundo a CNN Portugal, o Governo vai rever a lei das rendas.', 'CNN Portugal', 'outlet'],
    ['O jornal A Bola avança que o defesa vai ser operado.', 'A Bola', 'outlet'],
    ['A TSF noticiou que a greve foi desconvocada.', 'TSF', 'outlet'],
    ['De acordo com o InfoMoney, as ações da empresa subiram 5%.', 'InfoMoney', 'outlet'],
  ]);
  ignores([
    'O deputado dirá amanhã se aceita o convite.',
    'O clube fez uma proposta pelo avançado do Braga.',
    'A proposta será votada esta semana.',
    'A informação é falsa.',
    'O livro lê-se numa tarde.',
    'Do ponto de vista técnico, a obra está bem feita.',
    // A negation before an object pronoun still denies the verb.
    'A empresa não se manifestou sobre o caso.',
    'O ministro não lhe respondeu que sim.',
    'O clube descobriu um novo talento na base.',
    'O governo está a preparar um novo pacote.',
    // Sport's "confirmar a vaga / o favoritismo" is no statement.
    'O Sporting confirmou a vaga nos quartos de final.',
    'A seleção confirmou o título com uma vitória por 3 a 1.',
    'Segundo dia de chuva deixa bairros alagados.',
  ]);
});

describe('pt: the interviewer and the court reading are not sources', () => {
  it.each([
    ['Ouvido pelo Público, o economista Pedro Reis afirmou que os juros vão descer.', 'Pedro Reis', 'Público'],
    ['Entrevistada pela Folha, a ministra disse que não vai deixar o cargo.', 'ministra', 'Folha'],
    ['A juíza sublinhou, na leitura da sentença, que o arguido mostrou arrependimento.', 'juíza', 'sentença'],
  ])('%s', (text, speaker, notSource) => {
    const sources = one(text).map((a) => a.source);
    expect(sources.some((s) => s.includes(speaker))).toBe(true);
    expect(sources.some((s) => s.includes(notSource))).toBe(false);
  });
});

describe('pt: second challenge set: a listener after an inverted verb, then a role and its name', () => {
  detects([
    ['«Há verbas para a obra», disse à Lusa o presidente da Câmara de Setúbal, André Martins.', 'André Martins', 'person'],
    ['“O prazo será cumprido”, afirmou aos jornalistas a ministra da Agricultura, Teresa Campos.', 'Teresa Campos', 'person'],
    ['«Vamos recorrer», garantiu ao Expresso o advogado do arguido, Rui Pereira.', 'Rui Pereira', 'person'],
  ]);
  // Without a name, the role is the source, not the place it belongs to.
  it.each([
    ['«Há verbas para a obra», disse à Lusa o presidente da Câmara de Setúbal.', 'o presidente da Câmara de Setúbal'],
    ['«Há verbas», disse à Lusa o presidente da Câmara de Setúbal, que visitou a obra.', 'o presidente da Câmara de Setúbal'],
  ])('%s', (text, source) => {
    expect(one(text).map((a) => a.source)).toEqual([source]);
  });
});

// People by what they do or where they come from: nouns in -ista, -dor(a), -ólogo, -ógrafo, -ês are
// read as people (morphology.agentNoun); the rest are listed (people-nouns.json).
describe('pt: second challenge set: unlisted people nouns, demonyms, defendants', () => {
  detects([
    ['O arguido negou ter ameaçado a antiga companheira.', 'arguido', 'anonymous'],
    ['O réu afirmou em juízo que estava em casa.', 'réu', 'anonymous'],
    ['«Foi um jogo muito tático», disse o espanhol no fim do encontro.', 'espanhol', 'anonymous'],
    ['A portuguesa garantiu que vai lutar pelo pódio.', 'portuguesa', 'anonymous'],
    ['O norueguês explicou que a prova foi dura.', 'norueguês', 'anonymous'],
    ['O climatologista alertou que o verão será mais seco.', 'climatologista', 'anonymous'],
    ['O geólogo explicou que a encosta pode deslizar.', 'geólogo', 'anonymous'],
    ['A fotógrafa contou que foi empurrada por um segurança.', 'fotógrafa', 'anonymous'],
    ['O motorista relatou que os travões falharam.', 'motorista', 'anonymous'],
    ['O candidato afirmou que vai baixar os impostos.', 'candidato', 'anonymous'],
    ['O lateral-esquerdo afirmou que quer ficar no clube.', 'lateral-esquerdo', 'anonymous'],
    ['O centroavante garantiu que vai voltar a marcar.', 'centroavante', 'anonymous'],
    ['O seu homólogo afirmou que a cimeira foi um sucesso.', 'homólogo', 'anonymous'],
    ['A seguradora garantiu que vai pagar as indemnizações.', 'seguradora', 'organization'],
  ]);
  ignores([
    'A entrevista foi publicada no domingo.',
    'A revista chegou às bancas com uma edição especial.',
    'O ministro quer que o partido resista à pressão.',
    'O indicador subiu pelo terceiro mês seguido.',
    'O inglês foi adotado como língua oficial do congresso.',
  ]);
});

describe('pt: second challenge set: "foi taxativo:", "queixar-se de que", "discursou"', () => {
  detects([
    ['O primeiro-ministro foi taxativo: «Não haverá eleições antecipadas».', 'primeiro-ministro', 'person'],
    ['A juíza foi perentória: o arguido fica em prisão preventiva.', 'juíza', 'person'],
    ['O ministro foi claro: não haverá cortes nas pensões.', 'ministro', 'person'],
    ['Os sindicatos foram categóricos: a greve mantém-se.', 'sindicatos', 'organization'],
    ['O técnico foi direto: “Precisamos de reforços”.', 'técnico', 'person'],
    ['Os moradores queixam-se de que o lixo não é recolhido há semanas.', 'moradores', 'anonymous'],
    ['A oposição se queixa de que não foi ouvida.', 'oposição', 'organization'],
    ['“A democracia venceu”, discursou o presidente do Senado.', 'presidente do Senado', 'person'],
  ]);
  ignores([
    'O resultado foi claro: 3 a 0 para o Porto.',
    'A resposta foi categórica: não.',
    'O voo foi direto para Lisboa.',
    'O jogador queixou-se de dores no joelho.',
    'O treinador queixou-se da arbitragem.',
    'O presidente discursou na abertura da cimeira.',
  ]);
});

// A verb before the cue's infinitive: declining or intending to speak is no statement ("evitou dizer",
// "pretende anunciar"); trying, insisting, ending up, limiting oneself to speaking is one, and the
// subject is the noun before it, not "O ministro evitou".
describe('pt: second challenge set: verbs before an infinitive cue', () => {
  detects([
    ['O técnico tentou explicar que o time jogou mal.', 'técnico', 'person'],
    ['A ministra fez questão de sublinhar que o plano é para cumprir.', 'ministra', 'person'],
    ['O autarca acabou por admitir que a obra vai atrasar.', 'autarca', 'person'],
    ['O porta-voz limitou-se a dizer que o caso está a ser analisado.', 'porta-voz', 'anonymous'],
    ['«Não comento», limitou-se a dizer o ministro.', 'ministro', 'person'],
  ]);
  ignores([
    'O ministro evitou dizer se vai deixar o cargo.',
    'O presidente pretende anunciar que vai concorrer a um segundo mandato.',
    'O governo quer anunciar que a obra terminou antes das eleições.',
    'O ministro recusou comentar a demissão do secretário de Estado.',
    'O avançado destacou-se na vitória sobre o Braga.',
  ]);
});

// Names with particles run to five words ("Luiz Inácio Lula da Silva"): set off by commas after a role,
// the name is the source, before its verb or after an inverted one.
describe('pt: second challenge set: long names set off by commas', () => {
  detects([
    ['O presidente, Luiz Inácio Lula da Silva, disse que a economia vai crescer.', 'Luiz Inácio Lula da Silva', 'person'],
    ['A ministra do Trabalho, Maria do Rosário Palma Ramalho, afirmou que a medida é justa.', 'Maria do Rosário Palma Ramalho', 'person'],
    ['«É uma medida justa», defendeu a ministra do Trabalho, Maria do Rosário Palma Ramalho.', 'Maria do Rosário Palma Ramalho', 'person'],
  ]);
});

// A name with a dot inside ("S.Paulo") keeps no sentence-final period: the outlet is found by its name.
describe('pt: second challenge set: a name with a dot inside at the end of the sentence', () => {
  detects([
    ['A informação é da Folha de S.Paulo.', 'Folha de S.Paulo', 'outlet'],
    ['O ministro recebeu o empresário, segundo a Folha de S.Paulo.', 'Folha de S.Paulo', 'outlet'],
  ]);
  it('leaves the period out of the source', () => {
    expect(one('A informação é da Folha de S.Paulo.').map((a) => a.source)).toEqual(['Folha de S.Paulo']);
  });
});

describe('pt: second challenge set: "as informações são de X"', () => {
  detects([
    ['As informações são do portal Metrópoles.', 'Metrópoles', 'outlet'],
    ['As previsões são do Instituto Nacional de Meteorologia.', 'Instituto Nacional de Meteorologia', 'organization'],
  ]);
  ignores([
    'As informações são de que o voo atrasou.',
    'As informações são escassas.',
  ]);
});

describe('pt: second challenge set: "precisou", present "nota que", "através de", football clubs', () => {
  detects([
    ['«A obra estará pronta em junho», precisou o autarca.', 'autarca', 'person'],
    ['O economista nota que os preços subiram mais do que os salários.', 'economista', 'anonymous'],
    ['O relatório nota que a inflação abrandou no segundo trimestre.', 'relatório', 'document'],
    ['O clube anunciou, através de comunicado, que o treinador foi despedido.', 'clube', 'organization'],
    ['O FC Porto garantiu que vai recorrer do castigo.', 'FC Porto', 'organization'],
  ]);
  ignores([
    'O clube precisou de “um milagre” para vencer.',
    'A nota que o ministro divulgou foi apagada.',
    'A nota do exame saiu ontem.',
    'A água passa através do filtro.',
  ]);
});

// Where adjectives follow their noun, a definite office holder stays a person with a demonym or a
// modifier after the title ("o presidente francês", "a presidente eleita").
describe('pt: second challenge set: an office holder with an adjective after the title', () => {
  detects([
    ['O presidente francês disse que a Europa precisa de se rearmar.', 'presidente francês', 'person'],
    ['“A democracia venceu”, afirmou a presidente eleita.', 'presidente eleita', 'person'],
    ['O ministro brasileiro disse que o acordo é bom para os dois países.', 'ministro brasileiro', 'person'],
    ['Os ministros europeus disseram que o acordo é bom.', 'ministros europeus', 'anonymous'],
  ]);
});

describe('pt: second challenge set: a time word inside a phrasal cue', () => {
  detects([
    ['O bastonário da Ordem dos Médicos alertou hoje para a falta de clínicos no interior.', 'bastonário da Ordem dos Médicos', 'person'],
    ['A empresa deu ontem conta de que vai despedir 200 trabalhadores.', 'empresa', 'organization'],
    ['O ministro voltou hoje a criticar a oposição.', 'ministro', 'person'],
  ]);
  ignores([
    'O ministro voltou hoje a Lisboa.',
    'A empresa deu ontem uma festa para os trabalhadores.',
  ]);
});

describe('pt: second challenge set: Portuguese and Brazilian outlets', () => {
  detects([
    ['O JN noticiou que o autarca foi detido.', 'JN', 'outlet'],
    ['Segundo o DN, o ministro vai deixar o Governo.', 'DN', 'outlet'],
    ['Segundo a BBC News Brasil, o acordo foi fechado.', 'BBC News Brasil', 'outlet'],
    ['O Dinheiro Vivo avança que a empresa vai ser vendida.', 'Dinheiro Vivo', 'outlet'],
    ['Segundo a Agência France-Presse, o ataque fez dez mortos.', 'Agência France-Presse', 'outlet'],
  ]);
});

describe('pt: second challenge set: "ao que apurou X", "segundo consta", "conforme antecipou a coluna"', () => {
  detects([
    ['Ao que apurou o Expresso, o ministro vai apresentar a demissão.', 'Expresso', 'outlet'],
    ['Ao que soube a Lusa, o concurso vai ser anulado.', 'Lusa', 'outlet'],
    ['Segundo consta, o empresário deixou o país em março.', 'fontes não identificadas', 'anonymous'],
    ['Conforme antecipou a coluna, o ministro deve deixar o cargo.', 'coluna', 'document'],
  ]);
  ignores([
    'O que apurou a polícia não foi divulgado.',
    'O prédio tem uma coluna de mármore.',
  ]);
});

// The author's own asides: "Vale lembrar que", "Cabe destacar que" speak in the writer's voice.
describe('pt: second challenge set: the author reminding the reader', () => {
  detects([
    ['A Vale informou que a barragem está estável.', 'Vale', 'organization'],
  ]);
  ignores([
    'Vale lembrar que o presidente já vetou a proposta em 2023.',
    'Cabe destacar que a empresa não comentou o caso.',
    'Importa referir que o contrato foi assinado em 2020.',
    'Convém recordar que a greve começou em março.',
    'Recorde-se que o ministro já tinha sido ouvido no parlamento.',
  ]);
});

describe('pt: third challenge set: names of bodies with "e da", "e do"', () => {
  detects([
    ['O Ministério da Ciência e da Tecnologia informou que os recursos já foram liberados.', 'Ministério da Ciência e da Tecnologia', 'organization'],
    ['O Ministério da Saúde e do Planejamento informou que os pagamentos atrasaram.', 'Ministério da Saúde e do Planejamento', 'organization'],
    ['O Sindicato dos Professores da Grande Lisboa e do Vale do Tejo anunciou que haverá greve.', 'Sindicato dos Professores da Grande Lisboa e do Vale do Tejo', 'organization'],
    ['O Ministério do Meio Ambiente e da Mudança do Clima afirmou que o desmatamento caiu.', 'Ministério do Meio Ambiente e da Mudança do Clima', 'organization'],
    ['O presidente do Senado e do Congresso, Davi Alcolumbre, disse que a pauta está travada.', 'Davi Alcolumbre', 'person'],
  ]);
  it('keeps one body whose name joins two fields without articles', () => {
    expect(one('O Ministério de Minas e Energia informou que não haverá racionamento.').map((a) => a.source)).toEqual(['O Ministério de Minas e Energia']);
    expect(one('A Secretaria de Saúde e Tecnologia informou que os pagamentos atrasaram.').map((a) => a.source)).toEqual(['A Secretaria de Saúde e Tecnologia']);
  });
});

describe('pt: third challenge set: two sources joined by "e", each with its title or article', () => {
  it('gives one record per titled name', () => {
    const found = one('O prefeito Eduardo Paes e o governador Cláudio Castro disseram que o plano será lançado.').map((a) => a.source);
    expect(found).toEqual(['Eduardo Paes', 'Cláudio Castro']);
  });
  it('gives one record per body, each with its article', () => {
    const found = one('A Ordem dos Advogados do Brasil e a Associação Brasileira de Imprensa afirmaram que a decisão é grave.').map((a) => a.source);
    expect(found).toHaveLength(2);
    expect(found[0]).toContain('Ordem dos Advogados do Brasil');
    expect(found[1]).toContain('Associação Brasileira de Imprensa');
  });
});

describe('pt: third challenge set: "acusou X" after a quotation', () => {
  detects([
    ['“Isso é uma perseguição política”, acusou o deputado Eduardo Bolsonaro.', 'Eduardo Bolsonaro', 'person'],
    ['«É uma vergonha», acusou o PCP.', 'PCP', 'organization'],
    ['“Eles sabiam do risco e não fizeram nada”, acusou Marcelo Freixo nas redes sociais.', 'Marcelo Freixo', 'person'],
    ['Não há previsão de reabertura da estrada, informou a concessionária.', 'concessionária', 'organization'],
  ]);
  ignores([
    'A polícia acusou o motorista.',
    'O réu, que a polícia acusou, fugiu.',
    'O governo aumentou os impostos e acusou a oposição.',
  ]);
});

describe('pt: third challenge set: whoever issues a note speaks through it (divulgou nota dizendo que)', () => {
  detects([
    ['A Secretaria da Fazenda e do Planejamento divulgou nota dizendo que não houve atraso nos pagamentos.', 'Secretaria da Fazenda e do Planejamento', 'organization'],
    ['O Itamaraty emitiu um comunicado afirmando que o embaixador foi chamado.', 'Itamaraty', 'organization'],
    ['O sindicato publicou uma nota afirmando que a greve continua.', 'sindicato', 'organization'],
  ]);
  ignores([
    'O clube divulgou a lista de convocados para o jogo de domingo.',
    'A empresa publicou o balanço do trimestre na sexta-feira.',
  ]);
});

describe('pt: third challenge set: impersonal report verbs (especula-se, afirma-se que)', () => {
  detects([
    ['Especula-se que o técnico deixe o clube no fim da temporada.', 'fontes não identificadas', 'anonymous'],
    ['Afirma-se que o prazo não será cumprido.', 'fontes não identificadas', 'anonymous'],
  ]);
  ignores([
    'O ministro afirma-se disponível para negociar.',
    'A estimativa do governo é otimista.',
  ]);
});

describe('pt: third challenge set: two agents of one passive cue (por X e por Y), "anunciado pelo"', () => {
  it('gives one record per agent', () => {
    expect(one('A decisão foi criticada por juristas e por entidades da sociedade civil.').map((a) => a.source)).toEqual(['juristas', 'entidades da sociedade civil']);
    expect(one('A proposta foi defendida pelo ministro e pela bancada do PT.').map((a) => a.source)).toEqual(['ministro', 'bancada do PT']);
  });
  detects([
    ['Foi anunciado pelo governo que o salário mínimo subirá 7%.', 'governo', 'organization'],
  ]);
  ignores([
    'O prêmio foi anunciado no palco do teatro.',
  ]);
});

describe('pt: third challenge set: "o delegado responsável pelo caso", a qualifier like "próximo ao"', () => {
  detects([
    ['O delegado responsável pelo caso afirmou que a principal linha de investigação é o latrocínio.', 'delegado responsável pelo caso', 'anonymous'],
    ['A promotora responsável pela investigação disse que vai pedir a prisão.', 'promotora responsável pela investigação', 'anonymous'],
    ['Os responsáveis pela obra afirmaram que o prazo será cumprido.', 'responsáveis pela obra', 'anonymous'],
    ['Segundo o médico responsável pelo tratamento, o paciente está estável.', 'médico responsável pelo tratamento', 'anonymous'],
  ]);
  ignores([
    'O responsável pelo ataque fugiu.',
    'O delegado responsável pelo caso prendeu o suspeito.',
  ]);
});

describe('pt: third challenge set: an outlet written in lowercase with a digit ("o g1 apurou")', () => {
  detects([
    ['O g1 apurou que o contrato foi assinado sem licitação.', 'g1', 'outlet'],
    ['Segundo o g1, o contrato foi assinado sem licitação.', 'g1', 'outlet'],
  ]);
  ignores([
    'O público aplaudiu de pé o discurso do presidente.',
  ]);
});

describe('pt: third challenge set: "secretário-geral", "diretor-geral" are titles, so the name after them speaks', () => {
  detects([
    ['O projeto foi elogiado pelo secretário-geral da ONU, António Guterres.', 'António Guterres', 'person'],
    ['Segundo o secretário-geral da ONU, António Guterres, a situação é grave.', 'António Guterres', 'person'],
    ['O diretor-geral da PF, Andrei Rodrigues, declarou que a investigação está avançada.', 'Andrei Rodrigues', 'person'],
  ]);
  ignores([
    'A secretária-geral do partido chegou ao congresso pela manhã.',
  ]);
});

describe('pt: third challenge set: "não quis comentar" after an opening participle says nothing', () => {
  ignores([
    'Contactado pelo DN, o ministério não quis comentar.',
    'Procurada, a empresa não quis se manifestar.',
    'O ministro quis dizer que a reforma é necessária.',
    'O presidente queria anunciar o plano na sexta.',
  ]);
  detects([
    ['Questionada pela agência Lusa, a PSP confirmou a detenção.', 'PSP', 'organization'],
  ]);
});

describe('pt: third challenge set: "fez saber que", and "-nos" written onto an inverted verb', () => {
  detects([
    ['A autarquia fez saber, através de comunicado, que a piscina vai fechar.', 'autarquia', 'organization'],
    ['O Governo fez saber ao sindicato que não vai ceder.', 'Governo', 'organization'],
    ['«Estamos preparados», assegurou-nos o comandante.', 'comandante', 'person'],
    ['«Estamos preparados», disse-nos o comandante.', 'comandante', 'person'],
  ]);
  ignores([
    'O ministro fez saber muito pouco sobre o acordo.',
    'Os manifestantes concentraram-se nos jardins do palácio.',
  ]);
});

describe('pt: round 3: a longer aside before "que", after the listener too', () => {
  detects([
    ['A treinadora explicou, durante a conferência de imprensa realizada no estádio, que a equipa está cansada.', 'treinadora', 'person'],
    ['O autarca disse ao Jornal de Notícias, numa entrevista publicada este sábado, que a obra vai avançar.', 'autarca', 'person'],
  ]);
  ignores([
    'O presidente visitou, durante a tarde de ontem, a feira do livro que decorre em Lisboa.',
  ]);
});

describe('pt: round 3: an object after the listener ("confirmou à TV Globo a prisão"), a document with a bare noun object', () => {
  detects([
    ['A Polícia Federal confirmou à TV Globo a prisão de dois suspeitos.', 'Polícia Federal', 'organization'],
    ['O clube confirmou ao jornal O Globo a saída do treinador.', 'clube', 'organization'],
    ['O relatório da auditoria aponta irregularidades nos contratos da prefeitura.', 'relatório da auditoria', 'document'],
    ['O estudo revela diferenças significativas entre os dois grupos.', 'estudo', 'document'],
    ['“Está tudo bem”, disse à SIC Notícias o ministro.', 'ministro', 'person'],
  ]);
  ignores([
    'O livro conta a história de uma família de pescadores.',
    'O relatório tem mais de trezentas páginas.',
    'O ministro falou à RTP a semana passada.',
    'O estudo avalia o impacto das chuvas.',
  ]);
});

describe('pt: round 3: a one-word name after a title that gives a gender ("Dona Maria … Ela conta")', () => {
  detects([
    ['Dona Maria, 80 anos, mora sozinha na aldeia. Ela conta que nunca viu um inverno assim.', 'Maria', 'person'],
    ['Dona Rosa vende flores na feira há trinta anos. “Antigamente vendia-se mais”, lembra.', 'Rosa', 'person'],
  ]);
});

describe('pt: round 3: impersonal "diz-se" with adjuncts before "que", "como bem lembrou X"', () => {
  detects([
    ['Diz-se nos bastidores do clube que o treinador está de saída.', 'fontes não identificadas', 'anonymous'],
    ['Afirmou-se, durante a sessão, que o prazo será cumprido.', 'fontes não identificadas', 'anonymous'],
    ['Como bem lembrou a ministra Ana Silva, o orçamento é limitado.', 'Ana Silva', 'person'],
  ]);
  ignores([
    'Fala-se muito nos corredores do que o ministro fez.',
    'Disse-se muito sobre o caso, mas pouco foi provado.',
    'Como bem sabemos, o orçamento é limitado.',
  ]);
});

describe('pt: round 3: "junta de freguesia", "denunciou a falta de", "afiançou", "desconversou:"', () => {
  detects([
    ['A junta de freguesia de Arroios anunciou que a rua vai fechar.', 'junta de freguesia', 'organization'],
    ['O sindicato denunciou a falta de condições nas escolas.', 'sindicato', 'organization'],
    ['O comandante afiançou que a situação está controlada.', 'comandante', 'person'],
    ['Questionado sobre a renovação, o atacante desconversou: “Agora só penso no jogo.”', 'atacante', 'anonymous'],
  ]);
  ignores([
    'O ministro não denunciou o acordo.',
    'A junta militar tomou o poder.',
  ]);
});

describe('pt: round 3: ", disse X" after a clause with an adjunct set off by commas', () => {
  detects([
    ['A polícia prendeu, no sábado, cinco homens, disse o porta-voz.', 'porta-voz', 'anonymous'],
    ['A GNR apreendeu, durante a operação, duas toneladas de haxixe, adiantou o comandante.', 'comandante', 'person'],
    ['A ministra, da ala moderada do partido, disse que a reforma avança.', 'ministra', 'person'],
  ]);
});

describe('pt: round 3: a listener before the agent ("confirmada ao Público por fonte"), "mas garantiu" after an opening participle', () => {
  detects([
    ['A notícia foi avançada à SIC Notícias pelo advogado do arguido.', 'advogado do arguido', 'anonymous'],
    ['A detenção foi confirmada ao Expresso por fonte policial.', 'fonte policial', 'anonymous'],
  ]);
  ignores([
    'A carta foi entregue ao Presidente por três deputados.',
    'O projeto foi apresentado ao Congresso pelo governo.',
  ]);
  it.each([
    ['Questionado pelos deputados, o ministro admitiu atrasos, mas garantiu que a obra avança.', ['o ministro']],
    ['Em Lisboa, a ministra reconheceu falhas, mas garantiu que o plano avança.', ['a ministra']],
  ])('%s → only %j', (sentence, sources) => {
    expect(one(sentence).map((a) => a.sourceMention ?? a.source)).toEqual(sources);
  });
});

describe('pt: round 3: outlets of Angola, Mozambique and Brazil', () => {
  detects([
    ['Segundo a ANGOP, o Presidente inaugurou a ponte sobre o rio Kwanza.', 'ANGOP', 'outlet'],
    ['A Rádio Moçambique noticiou que as cheias desalojaram mil famílias.', 'Rádio Moçambique', 'outlet'],
    ['O Novo Jornal escreve que o ministro vai ser exonerado.', 'Novo Jornal', 'outlet'],
    ['A Gazeta do Povo revelou que o contrato foi assinado sem licitação.', 'Gazeta do Povo', 'outlet'],
  ]);
});
