import { listsOf, withCoordinated } from '../../src/ingest/coordination';
import { extract } from '../../src/ingest/extract';
import type { Slot, Template } from '../../src/ingest/template';
import type { ProposedFact } from '../../src/ingest/types';
import { cstoGazetteer, describeFact } from '../support/ingest';

const facts = (text: string, types: string[]) =>
  extract(text, { gazetteer: cstoGazetteer, published: '2026-11-20' })
    .proposals.filter((fact) => types.includes(fact.type))
    .map(describeFact);

/** A template from words with slots written ⟦KIND:id⟧, as buildTemplate writes them (⟦KIND#n⟧). */
function template(words: string): Template {
  const slots: Slot[] = [];
  const at: number[] = [];
  let text = '';
  let rest = words;
  for (let match = /⟦(\w+):([\w-]+)⟧/.exec(rest); match; match = /⟦(\w+):([\w-]+)⟧/.exec(rest)) {
    text += rest.slice(0, match.index);
    at.push(text.length);
    text += `⟦${match[1]}#${slots.length}⟧`;
    slots.push({ kind: match[1] as Slot['kind'], start: 0, end: 0, text: match[2]!, entityId: match[2] });
    rest = rest.slice(match.index + match[0].length);
  }
  return { text: text + rest, slots, at };
}

const ids = (t: Template) => listsOf(t).map((list) => list.map((i) => t.slots[i]!.entityId));

const fact = (type: ProposedFact['type'], from: string, to: string): ProposedFact => ({
  type, from: { entityId: from, text: from }, to: { entityId: to, text: to }, rule: 'test', evidence: { quote: '', paragraph: 1, start: 0, end: 0 } as ProposedFact['evidence'],
});
const expanded = (t: Template, ...given: ProposedFact[]) => withCoordinated(given, new Map([['1|0', t]])).map((f) => `${f.type} ${f.from.entityId} → ${f.to.entityId}`);

describe('ingest coordination: the lists of a sentence', () => {
  it('reads items joined by commas and a conjunction, in both languages, with the preposition said again', () => {
    expect(ids(template('Troops of ⟦STATE:a⟧, ⟦STATE:b⟧ and ⟦STATE:c⟧ arrived.'))).toEqual([['a', 'b', 'c']]);
    expect(ids(template('Учения прошли в ⟦STATE:a⟧, в ⟦STATE:b⟧ и в ⟦STATE:c⟧.'))).toEqual([['a', 'b', 'c']]);
    expect(ids(template('the ⟦INIT:x⟧ and ⟦EVENT:y⟧ drills'))).toEqual([['x', 'y']]);
  });

  it('reads no list in an apposition, a comma before another phrase, or items of other kinds', () => {
    expect(ids(template('The ⟦ORG:forces⟧, ⟦ORG:bloc⟧\'s main unit, took part.'))).toEqual([]);
    expect(ids(template('Штаб ⟦ORG:org⟧, в ⟦ORG:body⟧ которой работают дипломаты, находится в Москве.'))).toEqual([]);
    expect(ids(template('⟦STATE:a⟧ and ⟦PERSON:p⟧ met.'))).toEqual([]);
    expect(ids(template('the ⟦ORG:forces⟧ of the ⟦ORG:bloc⟧ and ⟦STATE:a⟧'))).toEqual([]);
    expect(ids(template('⟦STATE:a⟧ hosted the drills, and ⟦STATE:b⟧ sent troops.'))).toEqual([]);
    expect(ids(template('⟦STATE:a⟧, ⟦STATE:b⟧, and ⟦STATE:c⟧ sent troops.'))).toEqual([['a', 'b', 'c']]);
  });
});

describe('ingest coordination: a fact over a list holds for each item', () => {
  it('gives the fact of one item to the others of its list', () => {
    expect(expanded(template('⟦STATE:a⟧, ⟦STATE:b⟧ and ⟦STATE:c⟧ sent units to ⟦EVENT:x⟧.'), fact('PARTICIPATES_IN', 'b', 'x'))).toEqual([
      'PARTICIPATES_IN b → x', 'PARTICIPATES_IN a → x', 'PARTICIPATES_IN c → x',
    ]);
  });

  it('pairs two lists item by item for a post or "respectively", and crosses them otherwise', () => {
    expect(expanded(template('the presidents of ⟦STATE:a⟧ and ⟦STATE:b⟧, ⟦PERSON:p⟧ and ⟦PERSON:q⟧'), fact('HOLDS_POSITION', 'p', 'a'))).toEqual(['HOLDS_POSITION p → a', 'HOLDS_POSITION q → b']);
    expect(expanded(template('⟦STATE:a⟧ and ⟦STATE:b⟧ hosted ⟦EVENT:x⟧ and ⟦EVENT:y⟧ respectively.'), fact('HOSTS', 'a', 'x'))).toEqual(['HOSTS a → x', 'HOSTS b → y']);
    expect(expanded(template('Troops from ⟦STATE:a⟧ and ⟦STATE:b⟧ took part in ⟦EVENT:x⟧ and ⟦EVENT:y⟧.'), fact('PARTICIPATES_IN', 'a', 'x'))).toEqual([
      'PARTICIPATES_IN a → x', 'PARTICIPATES_IN a → y', 'PARTICIPATES_IN b → x', 'PARTICIPATES_IN b → y',
    ]);
    // A post's pair out of its place in the lists is no reading of them.
    expect(expanded(template('the presidents of ⟦STATE:a⟧ and ⟦STATE:b⟧, ⟦PERSON:p⟧ and ⟦PERSON:q⟧'), fact('HOLDS_POSITION', 'q', 'a'))).toEqual(['HOLDS_POSITION q → a']);
  });

  it('gives a state\'s act to the states a comitative joins to it, and a person\'s title to no one', () => {
    expect(expanded(template('⟦STATE:a⟧ left the ⟦INIT:t⟧ in 1999 together with ⟦STATE:b⟧ and ⟦STATE:c⟧.'), fact('MEMBER_OF', 'a', 't'))).toEqual(['MEMBER_OF a → t', 'MEMBER_OF b → t', 'MEMBER_OF c → t']);
    expect(expanded(template('⟦STATE:a⟧ вышла из ⟦INIT:t⟧ вместе с ⟦STATE:b⟧.'), fact('MEMBER_OF', 'a', 't'))).toEqual(['MEMBER_OF a → t', 'MEMBER_OF b → t']);
    expect(expanded(template('⟦PERSON:p⟧, the president of ⟦STATE:a⟧, came along with ⟦PERSON:q⟧.'), fact('HOLDS_POSITION', 'p', 'a'))).toEqual(['HOLDS_POSITION p → a']);
  });
});

describe('ingest coordination: whole sentences', () => {
  it('reads a comitative list after a withdrawal, in English and Russian', () => {
    expect(facts('Uzbekistan walked out of the Collective Security Treaty in 1999, along with Georgia and Azerbaijan.', ['MEMBER_OF'])).toEqual(
      expect.arrayContaining(['MEMBER_OF georgia → collective-security-treaty ..1999', 'MEMBER_OF azerbaijan → collective-security-treaty ..1999']),
    );
    expect(facts('Узбекистан вышел из Договора о коллективной безопасности в 1999 году вместе с Грузией и Азербайджаном.', ['MEMBER_OF'])).toEqual(
      expect.arrayContaining(['MEMBER_OF georgia → collective-security-treaty ..1999', 'MEMBER_OF azerbaijan → collective-security-treaty ..1999']),
    );
  });

  it('gives nothing to states the sentence sets apart', () => {
    expect(facts('Uzbekistan walked out of the Collective Security Treaty in 1999, but Georgia and Azerbaijan stayed.', ['MEMBER_OF']).filter((f) => /georgia|azerbaijan/.test(f))).toEqual([]);
  });
});

describe('ingest coordination: a plural title over states and their holders', () => {
  const posts = (text: string) => facts(text, ['HOLDS_POSITION']);

  it('pairs a list of states with the list of names after it, in English and Russian', () => {
    expect(posts('The talks brought together the presidents of Kazakhstan and Kyrgyzstan, Kassym-Jomart Tokayev and Sadyr Japarov, for a second day.')).toEqual([
      'HOLDS_POSITION kassym-jomart-tokayev → kazakhstan [President]',
      'HOLDS_POSITION sadyr-japarov → kyrgyzstan [President]',
    ]);
    expect(posts('Президенты России, Белоруссии и Таджикистана Владимир Путин, Александр Лукашенко и Эмомали Рахмон обсудили итоги года.')).toEqual([
      'HOLDS_POSITION vladimir-putin → russia [President]',
      'HOLDS_POSITION alexander-lukashenko → belarus [President]',
      'HOLDS_POSITION emomali-rahmon → tajikistan [President]',
    ]);
  });

  it('pairs each state with the name after it, and each name with the state after "of"', () => {
    expect(posts('В Минск прибыли президенты Казахстана Касым-Жомарт Токаев, Киргизии Садыр Жапаров и Таджикистана Эмомали Рахмон.')).toEqual(
      expect.arrayContaining(['HOLDS_POSITION sadyr-japarov → kyrgyzstan [President]', 'HOLDS_POSITION emomali-rahmon → tajikistan [President]']),
    );
    expect(posts('Presidents Kassym-Jomart Tokayev of Kazakhstan and Sadyr Japarov of Kyrgyzstan spoke by phone.')).toEqual([
      'HOLDS_POSITION kassym-jomart-tokayev → kazakhstan [President]',
      'HOLDS_POSITION sadyr-japarov → kyrgyzstan [President]',
    ]);
  });

  it('pairs nothing when the lists differ in length, and states a post once in an article', () => {
    expect(posts('The presidents of Russia, Belarus and Kazakhstan, Vladimir Putin and Alexander Lukashenko, spoke first.')).toEqual([]);
    expect(posts('The presidents of Russia and Belarus, Vladimir Putin and Alexander Lukashenko, spoke first. Later President Lukashenko left.')).toEqual([
      'HOLDS_POSITION vladimir-putin → russia [President]',
      'HOLDS_POSITION alexander-lukashenko → belarus [President]',
    ]);
  });
});

describe('ingest coordination: a count before a list after a dash or a colon', () => {
  it('reads the list where the count stands, in Russian and English', () => {
    expect(facts('В ОДКБ по-прежнему состоят четыре бывшие республики — Армения, Белоруссия, Казахстан и Россия.', ['MEMBER_OF'])).toEqual([
      'MEMBER_OF armenia → csto',
      'MEMBER_OF belarus → csto',
      'MEMBER_OF kazakhstan → csto',
      'MEMBER_OF russia → csto',
    ]);
    expect(facts('Учение «Нерушимое братство» прошло осенью в два этапа — в Киргизии и в Таджикистане.', ['HELD_IN']).map((f) => f.replace(/ \S+\.\.\S*$/, ''))).toEqual([
      'HELD_IN indestructible-brotherhood → kyrgyzstan',
      'HELD_IN indestructible-brotherhood → tajikistan',
    ]);
    expect(facts('Next year Kazakhstan will host two exercises: Search and Echelon.', ['HOSTS'])).toEqual(['HOSTS kazakhstan → search 2027..2027', 'HOSTS kazakhstan → echelon 2027..2027']);
  });

  it('gives nothing where the clause takes the statement back, or with no list after the count', () => {
    expect(facts('В ОДКБ уже не состоят три — Азербайджан, Грузия и Узбекистан.', ['MEMBER_OF'])).toEqual([]);
    expect(facts('Next year Kazakhstan will host two exercises: one near Almaty.', ['HOSTS']).filter((f) => /search|echelon/.test(f))).toEqual([]);
  });
});

describe('ingest coordination: a reference book\'s lines', () => {
  it('reads exercises listed before a colon as held where the line says, the forces in brackets taking part', () => {
    // The forces named in brackets: the exercises are theirs, which they take part in (no verb says they conducted them).
    expect(facts('Учения «Поиск» и «Эшелон» (КСОР): Таджикистан, октябрь.', ['HELD_IN', 'CONDUCTS', 'PARTICIPATES_IN'])).toEqual([
      'HELD_IN search → tajikistan 2026-10..2026-10',
      'HELD_IN echelon → tajikistan 2026-10..2026-10',
      'PARTICIPATES_IN collective-rapid-reaction-forces → search 2026-10..2026-10',
      'PARTICIPATES_IN collective-rapid-reaction-forces → echelon 2026-10..2026-10',
    ]);
  });

  it('reads the states whose units a line about forces lists as taking part in them', () => {
    expect(facts('Collective Rapid Reaction Forces (CRRF): about 20,000 troops; units from Armenia, Belarus and Russia.', ['PARTICIPATES_IN'])).toEqual([
      'PARTICIPATES_IN armenia → collective-rapid-reaction-forces',
      'PARTICIPATES_IN belarus → collective-rapid-reaction-forces',
      'PARTICIPATES_IN russia → collective-rapid-reaction-forces',
    ]);
  });

  it('reads no line whose entries are not plainly places, nor a sentence that merely has a colon', () => {
    expect(facts('Учения «Поиск» и «Эшелон» (КСОР): перенесены, Таджикистан отказался.', ['HELD_IN', 'CONDUCTS', 'PARTICIPATES_IN'])).toEqual([]);
    expect(facts('Collective Rapid Reaction Forces (CRRF): Armenia has withdrawn its units from the forces.', ['PARTICIPATES_IN'])).toEqual([]);
  });
});

describe('ingest coordination: exercises listed each with its place', () => {
  it('holds each exercise in its own place, in English and Russian', () => {
    expect(facts('Officials said the autumn drills, including Search in Tajikistan and Indestructible Brotherhood in Kyrgyzstan, went well.', ['HELD_IN'])).toEqual([
      'HELD_IN search → tajikistan',
      'HELD_IN indestructible-brotherhood → kyrgyzstan',
    ]);
    // The second pair is also a phrase of its own (ru.held-in.exercise-phrase), read before the list.
    expect(facts('Осенью прошли учение «Взаимодействие» на полигонах Белоруссии, а также учение «Нерушимое братство» в Киргизии.', ['HELD_IN'])).toEqual([
      'HELD_IN indestructible-brotherhood → kyrgyzstan',
      'HELD_IN interaction → belarus',
    ]);
  });

  it('gives nothing where the sentence takes them back', () => {
    expect(facts('Search in Tajikistan and Echelon in Kazakhstan may be called off.', ['HELD_IN'])).toEqual([]);
  });
});

describe('ingest coordination: the units of a list of states', () => {
  it('gives each state whose units an exercise gathered a part in it (the Russian genitive, as "from")', () => {
    // The forces' exercise («учение КСОР») is one they take part in, too.
    expect(facts('Второй этап — учение КСОР «Поиск» — собрал подразделения Армении, Белоруссии и России.', ['PARTICIPATES_IN'])).toEqual([
      'PARTICIPATES_IN collective-rapid-reaction-forces → search',
      'PARTICIPATES_IN armenia → search',
      'PARTICIPATES_IN belarus → search',
      'PARTICIPATES_IN russia → search',
    ]);
  });

  it('gives nothing for units with no exercise, or units that did not come', () => {
    expect(facts('Подразделения России и Белоруссии охраняют границу Таджикистана.', ['PARTICIPATES_IN'])).toEqual([]);
    expect(facts('Учение «Поиск» прошло без участия подразделений Армении и Белоруссии.', ['PARTICIPATES_IN'])).toEqual([]);
  });
});

describe('ingest coordination: titles inside a list of people', () => {
  it('gives a title before a name to that name, not to the name before the comma', () => {
    expect(facts('Russian President Vladimir Putin, Kyrgyz President Sadyr Japarov and Tajik President Emomali Rahmon met in Moscow.', ['HOLDS_POSITION'])).toEqual([
      'HOLDS_POSITION vladimir-putin → russia [President]',
      'HOLDS_POSITION sadyr-japarov → kyrgyzstan [President]',
      'HOLDS_POSITION emomali-rahmon → tajikistan [President]',
    ]);
    // The apposition itself still reads.
    expect(facts('Sadyr Japarov, the Kyrgyz president, met reporters.', ['HOLDS_POSITION'])).toEqual(['HOLDS_POSITION sadyr-japarov → kyrgyzstan [President]']);
  });
});

describe('ingest coordination: "respectively" with dates', () => {
  it('gives each item of the list its own date, in English and Russian', () => {
    expect(facts('Belarus and Kazakhstan joined the Collective Security Treaty in 1993 and 1994, respectively.', ['MEMBER_OF'])).toEqual([
      'MEMBER_OF belarus → collective-security-treaty 1993..',
      'MEMBER_OF kazakhstan → collective-security-treaty 1994..',
    ]);
    expect(facts('Россия и Казахстан председательствовали в ОДКБ в 2026 и 2024 годах соответственно.', ['CHAIRS'])).toEqual([
      'CHAIRS russia → csto 2026..2026 [chair]',
      'CHAIRS kazakhstan → csto 2024..2024 [chair]',
    ]);
  });

  it('gives one date to every item without "respectively"', () => {
    expect(facts('Belarus and Kazakhstan joined the Collective Security Treaty in 1993.', ['MEMBER_OF'])).toEqual([
      'MEMBER_OF belarus → collective-security-treaty 1993..',
      'MEMBER_OF kazakhstan → collective-security-treaty 1993..',
    ]);
  });
});
