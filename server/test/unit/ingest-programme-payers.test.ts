import { extract } from '../../src/ingest/extract';
import { writtenForms } from '../../src/ingest/gazetteer';
import { cstoGazetteer, describeFact } from '../support/ingest';

const PROGRAMME = 'tajik-afghan-border-programme';
/** The states a text says take part in the border programme. */
const payers = (text: string) =>
  extract(text, { gazetteer: cstoGazetteer, published: '2026-11-20' })
    .proposals.filter((fact) => fact.type === 'PARTICIPATES_IN' && fact.to.entityId === PROGRAMME)
    .map(describeFact)
    .sort();

// Written for the test: the programme named in one paragraph, who pays for it or supplies it in the next.
const EN = 'The Interstate targeted programme to strengthen the Tajik-Afghan border was reviewed in Dushanbe.\n\n';
const RU = 'Межгосударственную целевую программу по укреплению таджикско-афганской границы обсудили в Душанбе.\n\n';
const to = (...states: string[]) => states.map((state) => `PARTICIPATES_IN ${state} → ${PROGRAMME}`);

describe('ingest (round 16): payers of the programme in focus, by plain verbs, donors, goods and sums', () => {
  it('reads the plain form of a paying verb after its subject or "help to", and "pay into"', () => {
    expect(payers(`${EN}Armenia and Belarus fund the bulk of the purchases.`)).toEqual(to('armenia', 'belarus'));
    expect(payers(`${EN}The outposts get cameras under the Tajik-Afghan border programme, which Armenia and Kyrgyzstan help to finance.`)).toEqual(to('armenia', 'kyrgyzstan'));
    expect(payers(`${EN}Belarus and Armenia also pay into it.`)).toEqual(to('armenia', 'belarus'));
    expect(payers(`${EN}Armenia is still paying in, while Belarus continues to fund the cameras.`)).toEqual(to('armenia', 'belarus'));
    expect(payers(`${RU}Армения и Белоруссия продолжают финансирование.`)).toEqual(to('armenia', 'belarus'));
    expect(payers('Армения полностью перечислила взносы на 2026 год по Межгосударственной целевой программе по укреплению таджикско-афганской границы.')).toEqual(to('armenia'));
  });

  it('reads a donor said with a copula, in both languages', () => {
    expect(payers(`${EN}Kazakhstan is the largest donor.`)).toEqual(to('kazakhstan'));
    expect(payers(`${RU}Главным донором остаётся Белоруссия.`)).toEqual(to('belarus'));
    expect(payers(`${RU}Армения — крупнейший спонсор программы.`)).toEqual(to('armenia'));
  });

  it('reads goods supplied in kind, by a verb or a noun of supplying, in both languages', () => {
    expect(payers(`${EN}Armenia has supplied night-vision equipment, and Belarus delivered two radars.`)).toEqual(to('armenia', 'belarus'));
    expect(payers(`${RU}Киргизия продолжает поставки техники на заставы.`)).toEqual(to('kyrgyzstan'));
    expect(payers(`${RU}Армения передала пограничникам тепловизоры.`)).toEqual(to('armenia'));
    expect(payers('Белоруссия возобновит поставки оборудования в рамках Межгосударственной целевой программы по укреплению таджикско-афганской границы.')).toEqual(to('belarus'));
  });

  it('reads a sum in a currency and a date between the payer and its verb', () => {
    expect(payers(`${RU}Белоруссия выделила на программу почти 500 млн рублей.`)).toEqual(to('belarus'));
    expect(payers(`${EN}Armenia allocated $3 million to it.`)).toEqual(to('armenia'));
    expect(payers(`${RU}Армения в 2026 году перечислила свой взнос полностью.`)).toEqual(to('armenia'));
    expect(payers(`${RU}Киргизия своё финансирование выполнила.`)).toEqual(to('kyrgyzstan'));
    expect(payers(`${RU}Армения тратит на программу немалые деньги.`)).toEqual(to('armenia'));
  });

  it('keeps the programme in focus through a run of sentences that say who pays', () => {
    // A paragraph about a meeting between takes the programme out of the paragraph's focus: only the run of sentences carries it.
    const between = `${EN}The summit in Minsk ended on Friday.\n\n`;
    expect(payers(`${between}Tajikistan coordinates the programme. Kazakhstan is the main donor. Armenia also pays into it, and Belarus contributes trucks.`)).toEqual(to('armenia', 'belarus', 'kazakhstan'));
    // A sentence that says nothing of the programme ends the run.
    expect(payers(`${between}Tajikistan coordinates the programme. The weather in the Pamirs was harsh. Armenia also pays into it.`)).toEqual([]);
  });

  it('keeps the programme in focus where a report speaks of its stages, deliveries or outposts, also from the paragraph before', () => {
    const between = `${EN}The summit in Minsk ended on Friday.\n\n`;
    expect(payers(`${between}The second stage, deliveries to a dozen outposts, is behind schedule. Armenia has carried most of the cost.`)).toEqual(to('armenia'));
    expect(payers(`${RU}Саммит в Минске завершился в пятницу.\n\nВторой этап охватывает двенадцать застав.\n\nОсновную часть расходов несёт Белоруссия.`)).toEqual(to('belarus'));
    expect(payers(`${RU}Саммит в Минске завершился в пятницу.\n\nПоставки оплачены из взносов Армении и Киргизии.`)).toEqual(to('armenia', 'kyrgyzstan'));
    // Where the article has named two programmes, a stage says not whose it is; nor does a sentence about neither.
    const two = `${EN}Procurement goes through the CSTO Interstate Program.\n\nThe summit in Minsk ended on Friday.\n\n`;
    const interstate = (text: string) => extract(text, { gazetteer: cstoGazetteer, published: '2026-11-20' }).proposals.filter((fact) => fact.type === 'PARTICIPATES_IN').map(describeFact);
    expect(interstate(`${two}The second stage, deliveries to a dozen outposts, is behind schedule. Armenia has carried most of the cost.`)).toEqual([]);
    expect(payers(`${EN}The summit in Minsk ended on Friday.\n\nThe weather was harsh. Armenia has carried most of the cost.`)).toEqual([]);
  });

  it('reads «кроме того» as "moreover", not as "except"', () => {
    expect(payers(`${RU}Кроме того, Армения перечислила свой взнос.`)).toEqual(to('armenia'));
    expect(payers(`${RU}Все, кроме Армении, перечислили свои взносы.`)).toEqual([]);
  });

  it('gives nothing for a fund that is a noun, a donor of something else, a promise or goods for another thing', () => {
    expect(payers(`${EN}Armenia and Belarus set up a new fund for their own border units.`)).toEqual([]);
    expect(payers(`${EN}Kazakhstan is the largest donor of aid to Kabul.`)).toEqual([]);
    expect(payers(`${RU}Казахстан — крупнейший донор гуманитарной помощи Афганистану.`)).toEqual([]);
    expect(payers(`${EN}Armenia has promised to supply vehicles.`)).toEqual([]);
    expect(payers(`${EN}Belarus supplied the trucks for the Rubezh exercise.`)).toEqual([]);
  });
});

describe('ingest (round 16): a Russian name said with or without «по» before its verbal noun', () => {
  it('adds the genitive, a quoted title, an owner\'s acronym and the head without its adjectives', () => {
    expect(writtenForms('Целевая программа по развитию связи', ['ЕАЭС'])).toEqual([
      'Целевая программа по развитию связи',
      'Целевая программа развития связи',
      'Целевая программа «Развитие связи»',
      'Целевая программа ЕАЭС по развитию связи',
    ]);
    expect(writtenForms('Межгосударственная целевая программа по обновлению пограничных застав')).toContain('программа обновления пограничных застав');
    // A name with «по» but no verbal noun takes the owner only; one without «по» stays as it is.
    expect(writtenForms('Комиссия по военно-экономическому сотрудничеству', ['ЕАЭС'])).toEqual(['Комиссия по военно-экономическому сотрудничеству', 'Комиссия ЕАЭС по военно-экономическому сотрудничеству']);
    expect(writtenForms('Interstate Programme', ['ЕАЭС'])).toEqual(['Interstate Programme']);
  });

  it('finds the programme written in each of these ways, and what is said of it', () => {
    const mentions = (text: string) => extract(text, { gazetteer: cstoGazetteer, published: '2026-11-20' }).mentions.filter((mention) => mention.entityId === PROGRAMME).map((mention) => mention.text);
    expect(payers('Россия финансирует Межгосударственную целевую программу укрепления таджикско-афганской границы.')).toEqual(to('russia'));
    expect(mentions('Белоруссия передала технику по Межгосударственной целевой программе «Укрепление таджикско-афганской границы».')).toEqual(['Межгосударственной целевой программе «Укрепление таджикско-афганской границы»']);
    expect(mentions('Армения не участвует в Межгосударственной целевой программе ОДКБ по укреплению таджикско-афганской границы.')).toEqual(['Межгосударственной целевой программе ОДКБ по укреплению таджикско-афганской границы']);
    expect(mentions('Эксперты спорят, во что обойдётся программа укрепления таджикско-афганской границы.')).toEqual(['программа укрепления таджикско-афганской границы']);
    // The border alone is no programme.
    expect(mentions('Обстановка на таджикско-афганской границе остаётся сложной.')).toEqual([]);
  });
});
