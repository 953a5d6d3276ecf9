import { extract } from '../../src/ingest/extract';
import { cstoGazetteer, describeFact } from '../support/ingest';

const facts = (text: string) => extract(text, { gazetteer: cstoGazetteer, published: '2026-11-20' }).proposals.map(describeFact);

describe('ingest: ends and readings a relationship cannot have', () => {
  it('participation that was discussed is no participation, in both languages', () => {
    expect(facts('The delegations discussed the participation of Uzbekistan in the Interstate targeted programme to strengthen the Tajik-Afghan border.')).toEqual([]);
    expect(facts('Особое внимание было уделено участию Узбекистана в Межгосударственной целевой программе по укреплению таджикско-афганской границы.')).toEqual([]);
    expect(facts('Узбекистан участвует в Межгосударственной целевой программе по укреплению таджикско-афганской границы.')).toEqual(['PARTICIPATES_IN uzbekistan → tajik-afghan-border-programme']);
  });

  it('a chairmanship is of a meeting or a body, not of the exercises held under it', () => {
    expect(facts('В 2026 году под председательством Казахстана силы ОДКБ провели шесть совместных учений.')).toEqual([]);
    expect(facts('В 2026 году, под председательством Казахстана, силы ОДКБ провели шесть совместных учений.')).toEqual(['CHAIRS kazakhstan → csto 2026..2026 [chair]']);
  });

  it('a state is no member of a collective force, whose units it sends', () => {
    expect(facts('Belarus is a member of the Collective Rapid Reaction Forces.')).toEqual([]);
  });

  it('a membership read of a working body (a secretariat, a staff) is the organization\'s', () => {
    expect(facts('Armenia froze its participation in the CSTO Secretariat in 2024.')).toEqual(['MEMBER_OF armenia → csto 2024.. {participation frozen}']);
  });

  it('«Программу …» at the head of a sentence is the programme named before, as «программу» inside one is', () => {
    expect(facts('Главным приоритетом станет Межгосударственная целевая программа по укреплению таджикско-афганской границы. Программу координирует Таджикистан, а основную часть расходов оплачивает Россия.')).toEqual([
      'PARTICIPATES_IN russia → tajik-afghan-border-programme',
      'COORDINATES tajikistan → tajik-afghan-border-programme',
    ]);
  });
});
