import { extract } from '../../src/ingest/extract';
import { cstoGazetteer, describeFact } from '../support/ingest';

const PROGRAMME = 'tajik-afghan-border-programme';
/** The facts of these types a text states of the border programme. */
const roles = (text: string, types = ['PARTICIPATES_IN', 'ADMINISTERS', 'COORDINATES']) =>
  extract(text, { gazetteer: cstoGazetteer, published: '2026-11-20' })
    .proposals.filter((fact) => types.includes(fact.type) && fact.to.entityId === PROGRAMME)
    .map(describeFact)
    .sort();

// Written for the test: the programme named in one paragraph, who pays for or runs it in the next.
const EN = 'The Interstate targeted programme to strengthen the Tajik-Afghan border was extended last week.\n\n';
const RU = 'Межгосударственную целевую программу по укреплению таджикско-афганской границы продлили ещё на год.\n\n';

describe('ingest: who pays for, runs or coordinates the programme in focus, in a sentence that does not name it', () => {
  it('reads a payer before its verb, after a parenthesis, in a relative clause and as a passive agent, in English', () => {
    expect(roles(`${EN}Officials in Dushanbe say Armenia, as in past years, has covered the bulk of the expenses.`)).toEqual([`PARTICIPATES_IN armenia → ${PROGRAMME}`]);
    expect(roles(`${EN}Belarus, which provides about a third of the money, wants a say in the tenders.`)).toEqual([`PARTICIPATES_IN belarus → ${PROGRAMME}`]);
    expect(roles(`${EN}Most of the bill has been footed by Kazakhstan, and Kyrgyzstan transferred its 2026 share in March.`)).toEqual([
      `PARTICIPATES_IN kazakhstan → ${PROGRAMME}`,
      `PARTICIPATES_IN kyrgyzstan → ${PROGRAMME}`,
    ]);
  });

  it('reads the subject after the verb, a gapped second verb and a pronoun object, in Russian', () => {
    expect(roles(`${RU}Львиную долю затрат несут Казахстан и Армения.`)).toEqual([`PARTICIPATES_IN armenia → ${PROGRAMME}`, `PARTICIPATES_IN kazakhstan → ${PROGRAMME}`]);
    expect(roles(`${RU}Деньги выделяет главным образом Белоруссия, а Киргизия поставляет технику.`)).toEqual([`PARTICIPATES_IN belarus → ${PROGRAMME}`, `PARTICIPATES_IN kyrgyzstan → ${PROGRAMME}`]);
    expect(roles(`${RU}Её координирует Секретариат ОДКБ, администрирует — Межгосударственная комиссия по военно-экономическому сотрудничеству.`)).toEqual([
      `ADMINISTERS icmec → ${PROGRAMME}`,
      `COORDINATES csto-secretariat → ${PROGRAMME}`,
    ]);
  });

  it('gives nothing for a promise, a refusal, little paid, a place, another object, or a programme out of focus', () => {
    expect(roles(`${EN}Kyrgyzstan has pledged a larger share next year.`)).toEqual([]);
    expect(roles(`${EN}Armenia has contributed little so far.`)).toEqual([]);
    expect(roles(`${RU}Армения обещала внести свою долю, но денег пока не перечислила.`)).toEqual([]);
    expect(roles(`${EN}Russia has paid for the Rubezh exercise in full.`)).toEqual([]);
    expect(roles(`${EN}The equipment delivered to Tajikistan has been paid for by Kazakhstan.`)).toEqual([`PARTICIPATES_IN kazakhstan → ${PROGRAMME}`]);
    // Two paragraphs on, with no word of the programme, the focus has moved on.
    expect(roles(`${EN}Leaders met in Minsk on Thursday.\n\nBelarus covered most of the costs.`)).toEqual([]);
    // A paragraph that named two programmes does not say which the next one goes on about.
    expect(roles('The Interstate targeted programme to strengthen the Tajik-Afghan border is run like the CSTO Interstate Program.\n\nBelarus covered most of the costs.')).toEqual([]);
    // «наша республика» is the speaker's country, not the state named last.
    const coordinator = (who: string) => roles(`${RU}Посол России дал интервью. Её администрирует Межгосударственная комиссия по военно-экономическому сотрудничеству, а координирует ${who}.`, ['COORDINATES']);
    expect(coordinator('республика')).toEqual([`COORDINATES russia → ${PROGRAMME}`]);
    expect(coordinator('наша республика')).toEqual([]);
  });
});

describe('ingest: a payer and the programme its money goes to, named after the money', () => {
  it('reads «перечислил взнос в программу …» with nothing in focus', () => {
    expect(roles('Весной Киргизия внесла очередной взнос в Межгосударственную целевую программу по укреплению таджикско-афганской границы.')).toEqual([
      `PARTICIPATES_IN kyrgyzstan → ${PROGRAMME}`,
    ]);
  });

  it('gives nothing for a promised payment or money to another thing', () => {
    expect(roles('Киргизия обещала внести взнос в Межгосударственную целевую программу по укреплению таджикско-афганской границы.')).toEqual([]);
    expect(roles('Киргизия перечислила взнос на учения, а не на программу.')).toEqual([]);
  });
});

describe('ingest: the programme in focus as the missing end of taking part, paying and supplying (round 17)', () => {
  it('reads who took part in "the programme" or «в ней», who put up the money, and a relative "which fund part of it"', () => {
    expect(roles(`${EN}Armenia and Kyrgyzstan have taken part in the programme since its start.`)).toEqual([`PARTICIPATES_IN armenia → ${PROGRAMME}`, `PARTICIPATES_IN kyrgyzstan → ${PROGRAMME}`]);
    expect(roles(`${RU}Белоруссия участвует в ней с первого дня.`)).toEqual([`PARTICIPATES_IN belarus → ${PROGRAMME}`]);
    expect(roles(`${EN}Kazakhstan and Belarus have put up most of the cash.`)).toEqual([`PARTICIPATES_IN belarus → ${PROGRAMME}`, `PARTICIPATES_IN kazakhstan → ${PROGRAMME}`]);
    expect(roles(`${EN}Officials praised Kyrgyzstan, which funds part of it, for its punctuality.`)).toEqual([`PARTICIPATES_IN kyrgyzstan → ${PROGRAMME}`]);
  });

  it('reads whose money bought the goods, and a passive said of a shipment', () => {
    expect(roles(`${RU}На заставы пришли грузовики, закупленные на средства Казахстана.`)).toEqual([`PARTICIPATES_IN kazakhstan → ${PROGRAMME}`]);
    expect(roles(`${EN}Radars bought with money from Belarus reached two outposts in May.`)).toEqual([`PARTICIPATES_IN belarus → ${PROGRAMME}`]);
    expect(roles(`${EN}The latest shipment, financed by Kazakhstan, reached the outposts in May.`)).toEqual([`PARTICIPATES_IN kazakhstan → ${PROGRAMME}`]);
    expect(roles(`${RU}Россия обеспечивает большую часть поставок.`)).toEqual([`PARTICIPATES_IN russia → ${PROGRAMME}`]);
  });

  it('reads the programme as the object of a funding verb and a coordinator in a relative clause, in Russian', () => {
    expect(roles('Киргизия финансирует часть Межгосударственной целевой программы по укреплению таджикско-афганской границы.')).toEqual([`PARTICIPATES_IN kyrgyzstan → ${PROGRAMME}`]);
    expect(roles('Стороны обсудили Межгосударственную целевую программу по укреплению таджикско-афганской границы, координатором которой является Таджикистан.', ['COORDINATES'])).toEqual([
      `COORDINATES tajikistan → ${PROGRAMME}`,
    ]);
  });

  it('gives nothing for deliveries outside the programme, another programme, «за счёт» without a purchase, or a promise', () => {
    expect(roles(`${EN}Separately, Russia delivered armoured vehicles to Dushanbe.`)).toEqual([]);
    expect(roles(`${RU}Вне рамок программы Россия передала Таджикистану вертолёты.`)).toEqual([]);
    expect(roles(`${EN}Kazakhstan also took part in the UN Development Programme.`)).toEqual([]);
    expect(roles(`${RU}Армения участвует в программе НАТО «Партнёрство ради мира».`)).toEqual([]);
    expect(roles(`${RU}Рост достигнут за счёт России.`)).toEqual([]);
    expect(roles(`${EN}Kyrgyzstan has promised to put up some of the money next year.`)).toEqual([]);
    expect(roles(`${EN}Belarus has not taken part in the programme.`)).toEqual([]);
  });
});

describe('ingest: a role in a relative clause on the programme, closed by its comma (round 17)', () => {
  it('reads "The programme, which X coordinates, entered its second stage" and «Программа, которую финансирует X, …»', () => {
    expect(roles(`${EN}The programme, which Kyrgyzstan coordinates, moved to its third phase in spring.`, ['COORDINATES'])).toEqual([`COORDINATES kyrgyzstan → ${PROGRAMME}`]);
    expect(roles(`${RU}Программа, которую в основном финансирует Казахстан, перешла ко второму этапу.`)).toEqual([`PARTICIPATES_IN kazakhstan → ${PROGRAMME}`]);
  });

  it('still gives nothing for a refusal or a paid exercise inside the relative clause', () => {
    expect(roles(`${EN}The programme, which Kyrgyzstan has refused to fund, moved to its third phase in spring.`)).toEqual([]);
    expect(roles(`${EN}Officials also praised the drills, which Kazakhstan paid for, as a success.`)).toEqual([]);
    expect(roles(`${RU}Отдельного упоминания заслуживают учения, которые финансирует Казахстан.`)).toEqual([]);
  });
});

describe('ingest: supplies in kind, money that comes from a state, a participant, for the programme in focus (round 17)', () => {
  it('reads goods delivered, sent or to be supplied under the plan, in both languages', () => {
    expect(roles(`${RU}Белоруссия поставила бронемашины, а Киргизия направила на заставы радиостанции.`)).toEqual([`PARTICIPATES_IN belarus → ${PROGRAMME}`, `PARTICIPATES_IN kyrgyzstan → ${PROGRAMME}`]);
    expect(roles(`${EN}Under the plan, Armenia will supply helicopters and boats.`)).toEqual([`PARTICIPATES_IN armenia → ${PROGRAMME}`]);
    expect(roles(`${EN}The scheme is coordinated by Kyrgyzstan.`, ['COORDINATES'])).toEqual([`COORDINATES kyrgyzstan → ${PROGRAMME}`]);
  });

  it('reads the money that comes from a state and a state that is its participant', () => {
    expect(roles(`${EN}Most of the cash comes from Kazakhstan.`)).toEqual([`PARTICIPATES_IN kazakhstan → ${PROGRAMME}`]);
    expect(roles(`${RU}Основная часть средств поступает от Белоруссии.`)).toEqual([`PARTICIPATES_IN belarus → ${PROGRAMME}`]);
    expect(roles(`${EN}Armenia is also a participant.`)).toEqual([`PARTICIPATES_IN armenia → ${PROGRAMME}`]);
    expect(roles(`${RU}Киргизия также является её участником.`)).toEqual([`PARTICIPATES_IN kyrgyzstan → ${PROGRAMME}`]);
  });

  it('gives nothing for aid given bilaterally, what is only expected, money for an exercise, or a participant in something else', () => {
    expect(roles(`${EN}Russia bilaterally handed over helicopters to Dushanbe.`)).toEqual([]);
    expect(roles(`${EN}Kazakhstan is expected to send radios next year.`)).toEqual([]);
    expect(roles(`${EN}Most of the money for the Rubezh exercise comes from Russia.`)).toEqual([]);
    expect(roles(`${EN}Serbia is a participant in the Collective Security Treaty Organization's talks.`)).toEqual([]);
    expect(roles(`${RU}Основная часть средств поступает от продажи техники.`)).toEqual([]);
  });
});

describe('ingest: another programme named between takes the focus off the one the article named (round 17)', () => {
  it('gives nothing for "it" after a programme the graph lacks, in the next sentence or the same clause', () => {
    expect(roles(`${EN}The World Food Programme also works in the region. Armenia funds part of it.`)).toEqual([]);
    expect(roles(`${EN}A separate Japanese programme trains customs officers. Belarus pays for it.`)).toEqual([]);
    expect(roles(`${RU}Параллельно действует программа ЕС по подготовке таможенников. Киргизия финансирует её.`)).toEqual([]);
    expect(roles(`${EN}Kyrgyzstan, which coordinates a separate demining programme, was not represented.`, ['COORDINATES'])).toEqual([]);
  });

  it('still reads the programme in focus when the other sentence names no programme', () => {
    expect(roles(`${EN}The World Food Organization also works in the region. Armenia funds part of it.`)).toEqual([`PARTICIPATES_IN armenia → ${PROGRAMME}`]);
  });
});

describe('ingest: money that hangs on a state, and a gapped list of sums (round 17)', () => {
  it('reads "funding depends on X" / «финансирование зависит от X» and each state of a gapped list of sums', () => {
    expect(roles(`${EN}The programme's funding now rests largely on Belarus and Armenia.`)).toEqual([`PARTICIPATES_IN armenia → ${PROGRAMME}`, `PARTICIPATES_IN belarus → ${PROGRAMME}`]);
    expect(roles(`${RU}Финансирование почти полностью зависит от Киргизии.`)).toEqual([`PARTICIPATES_IN kyrgyzstan → ${PROGRAMME}`]);
    expect(roles(`${RU}Армения выделит 2 млрд руб., Киргизия — около 0,3 млрд руб.`)).toEqual([`PARTICIPATES_IN armenia → ${PROGRAMME}`, `PARTICIPATES_IN kyrgyzstan → ${PROGRAMME}`]);
    expect(roles(`${EN}Belarus gave $12 million, Kyrgyzstan $3 million.`)).toEqual([`PARTICIPATES_IN belarus → ${PROGRAMME}`, `PARTICIPATES_IN kyrgyzstan → ${PROGRAMME}`]);
  });

  it('gives nothing for what depends on a state without money, or a state in the list with no sum', () => {
    expect(roles(`${EN}Tajikistan's security depends on Russia.`)).toEqual([]);
    expect(roles(`${EN}Belarus gave $12 million, while Kyrgyzstan gave nothing.`)).toEqual([`PARTICIPATES_IN belarus → ${PROGRAMME}`]);
  });
});

describe('ingest: a state that takes part with deliveries or meets its obligations (round 17)', () => {
  it('reads «участвует поставками», «выполняет свои обязательства», "has met its commitments", a supply verb with any goods', () => {
    expect(roles(`${RU}Киргизия участвует поставками инженерной техники.`)).toEqual([`PARTICIPATES_IN kyrgyzstan → ${PROGRAMME}`]);
    expect(roles(`${RU}Армения выполняет свои обязательства в срок.`)).toEqual([`PARTICIPATES_IN armenia → ${PROGRAMME}`]);
    expect(roles(`${EN}Belarus has met its commitments in full.`)).toEqual([`PARTICIPATES_IN belarus → ${PROGRAMME}`]);
    expect(roles(`${EN}Kazakhstan supplied the observation masts.`)).toEqual([`PARTICIPATES_IN kazakhstan → ${PROGRAMME}`]);
    expect(roles(`${RU}Белоруссия передала для застав в Хатлоне системы наблюдения.`)).toEqual([`PARTICIPATES_IN belarus → ${PROGRAMME}`]);
  });

  it('gives nothing for obligations not met, a speech delivered, or a venue supplied for talks', () => {
    expect(roles(`${EN}Kyrgyzstan has not met its commitments.`)).toEqual([]);
    expect(roles(`${EN}Armenia delivered a speech on border security.`)).toEqual([]);
    expect(roles(`${EN}Belarus supplied the venue for the talks.`)).toEqual([]);
  });
});

describe('ingest: a question between leaves the programme to the answer (round 17)', () => {
  it('reads the answer after a question paragraph, in an interview of either language', () => {
    expect(roles(`${RU}— А кто за это платит?\n\n— Большую часть средств вносят Белоруссия и Армения.`)).toEqual([`PARTICIPATES_IN armenia → ${PROGRAMME}`, `PARTICIPATES_IN belarus → ${PROGRAMME}`]);
    expect(roles(`${EN}Q: And who pays for all this?\n\nA: Kyrgyzstan has put up most of the money.`)).toEqual([`PARTICIPATES_IN kyrgyzstan → ${PROGRAMME}`]);
  });

  it('gives nothing two paragraphs on when the paragraph between is no question', () => {
    expect(roles(`${RU}Погода в Душанбе остаётся жаркой.\n\nБольшую часть средств вносят Белоруссия и Армения.`)).toEqual([]);
  });
});

describe('ingest: an English clause joined by ", and (that)" is a clause of its own for the programme roles (round 17)', () => {
  it('reads a payer after ", and that" although the clause before speaks of a stage', () => {
    expect(roles(`${EN}Officials say the third stage has slipped, and that Armenia is still paying in.`)).toEqual([`PARTICIPATES_IN armenia → ${PROGRAMME}`]);
  });

  it('keeps a negation in its own clause', () => {
    expect(roles(`${EN}Belarus has delivered radios, but Armenia has not paid its share.`)).toEqual([`PARTICIPATES_IN belarus → ${PROGRAMME}`]);
  });
});
