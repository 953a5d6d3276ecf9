import { buildGazetteer, extract } from '../../src/ingest/extract';
import { SEED_ARTICLE, cstoGazetteer, extractFrom, mentionsOf } from '../support/ingest';

describe('ingest: mentions of known entities', () => {
  it('finds in the seed article the CSTO, Russia, Kyrgyzstan, Bishkek, the commission, the programmes and the exercises it names', () => {
    const result = extractFrom(SEED_ARTICLE);
    const ids = new Set(result.mentions.map((mention) => mention.entityId));
    for (const id of ['csto', 'russia', 'kyrgyzstan', 'bishkek', 'icmec', 'interstate-program', 'tajik-afghan-border-programme', 'interaction', 'echelon', 'search']) {
      expect(ids).toContain(id);
    }
    expect(mentionsOf(result)).toEqual(
      expect.arrayContaining([
        'icmec:CSTO Interstate Commission for Military-Economic Cooperation',
        'interstate-program:Interstate Program',
        'tajik-afghan-border-programme:Tajik-Afghan border security initiative',
        'collective-security-council:Collective Security Council',
      ]),
    );
  });

  it('gives offsets that index the stored paragraph exactly', () => {
    const result = extractFrom(SEED_ARTICLE);
    expect(result.mentions.length).toBeGreaterThan(10);
    for (const mention of result.mentions) {
      expect(result.paragraphs[mention.paragraph - 1]!.slice(mention.start, mention.end)).toBe(mention.text);
    }
  });

  it('does not link exercise names that are ordinary words in ordinary prose', () => {
    const text =
      'The search for a solution continues. Interaction between ministries improved, the barrier to trade fell, ' +
      'cobalt prices rose and the frontier of research moved. An echelon of officers arrived.\n\n' +
      'Search teams worked all night. Поиск решения продолжается, а взаимодействие между ведомствами улучшилось; эшелон прибыл.';
    const linked = extractFrom(text).mentions.filter((mention) => ['search', 'interaction', 'barrier', 'cobalt', 'rubezh', 'echelon'].includes(mention.entityId));
    expect(linked).toEqual([]);
  });

  it('links them where the text uses them as names: quoted, capitalised mid-sentence, or beside "exercise" or "учения"', () => {
    const text =
      'Troops rehearsed for the Barrier exercise and for “Cobalt”. The drills Interaction and Frontier ended.\n\n' +
      'Завершились учения «Поиск» и «Эшелон».';
    expect(mentionsOf(extractFrom(text))).toEqual([
      'barrier:Barrier', 'cobalt:Cobalt', 'interaction:Interaction', 'rubezh:Frontier', 'search:Поиск', 'echelon:Эшелон',
    ]);
  });

  it('reads a capital mid-sentence as a name after a long name, but not in a headline', () => {
    // The four capitals of the forces' name count once: the sentence is prose, and "Cobalt" a name.
    expect(mentionsOf(extractFrom('The Collective Rapid Reaction Forces will hold Cobalt in Armenia in the spring.'))).toEqual([
      'collective-rapid-reaction-forces:Collective Rapid Reaction Forces', 'cobalt:Cobalt', 'armenia:Armenia',
    ]);
    // Prose with lower-case words around many names: "said", "would", "conduct".
    expect(mentionsOf(extractFrom('He said the Collective Rapid Reaction Forces would conduct Cobalt and Echelon in Armenia in September.'))).toEqual([
      'collective-rapid-reaction-forces:Collective Rapid Reaction Forces', 'cobalt:Cobalt', 'echelon:Echelon', 'armenia:Armenia',
    ]);
    expect(mentionsOf(extractFrom('Armenia Says Search For Missing Hikers Goes On'))).toEqual(['armenia:Armenia']);
  });

  it('links a Russian text through its case endings', () => {
    const text =
      'Президент Таджикистана прибыл в Москву. Делегация Киргизии и представители Организации Договора о коллективной безопасности ' +
      'обсудили с Россией работу Совета коллективной безопасности ОДКБ в Бишкеке.';
    expect(mentionsOf(extractFrom(text))).toEqual([
      'tajikistan:Таджикистана', 'moscow:Москву', 'kyrgyzstan:Киргизии', 'csto:Организации Договора о коллективной безопасности',
      'russia:Россией', 'collective-security-council:Совета коллективной безопасности', 'csto:ОДКБ', 'bishkek:Бишкеке',
    ]);
  });

  it('does not take a common Russian noun for a name it begins (груз is not Грузия)', () => {
    expect(mentionsOf(extractFrom('Груз прибыл в порт, а Грузии он не нужен.'))).toEqual(['georgia:Грузии']);
  });

  it('resolves overlaps to the longest name: the Collective Security Council is not also collective security', () => {
    const mentions = mentionsOf(extractFrom('Leaders of the Collective Security Treaty Organization met at the Collective Security Council.'));
    expect(mentions).toEqual(['csto:Collective Security Treaty Organization', 'collective-security-council:Collective Security Council']);
  });

  it('matches across line breaks, dashes, quotes, non-breaking spaces and possessives', () => {
    const text = "Armenia's stance on the Tajik–Afghan border and the Collective\nSecurity\u00a0Council, said the “CSTO”.";
    expect(mentionsOf(extractFrom(text))).toEqual([
      'armenia:Armenia', 'tajik-afghan-border:Tajik–Afghan border', 'collective-security-council:Collective\nSecurity\u00a0Council', 'csto:CSTO',
    ]);
  });

  it('matches acronyms only in capitals', () => {
    expect(mentionsOf(extractFrom('The csto and the cdm met; the CSTO and the CDM met.'))).toEqual(['csto:CSTO', 'council-of-defence-ministers:CDM']);
  });

  it('links a surname alone only when one known person has it', () => {
    const gazetteer = buildGazetteer([
      { id: 'a', kind: 'person', name: 'Anna Petrova', aliases: [] },
      { id: 'b', kind: 'person', name: 'Boris Petrova', aliases: [] },
      { id: 'c', kind: 'person', name: 'Ivan Zas', aliases: [] },
    ]);
    const result = extract('Petrova met Zas.', { gazetteer });
    expect(result.mentions.map((mention) => `${mention.entityId}:${mention.text}`)).toEqual(['c:Zas']);
  });

  it('refuses a gazetteer entry of an unknown kind, naming it', () => {
    expect(() => buildGazetteer([{ id: 'x', kind: 'planet', name: 'Mars', aliases: [] }])).toThrow(/x: kind "planet"/);
  });

  it('detects the language from the script', () => {
    expect(extractFrom('ОДКБ провела учения.').language).toBe('ru');
    expect(extractFrom('The CSTO held drills.').language).toBe('en');
    expect(cstoGazetteer.size).toBeGreaterThan(100);
  });
});
