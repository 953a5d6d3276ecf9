import { extract } from '../../src/ingest/extract';
import { cstoGazetteer, describeFact } from '../support/ingest';

/** The chairmanships proposed, with the discourse layer on or off. */
const chairs = (text: string, discourse = true) =>
  extract(text, { gazetteer: cstoGazetteer, published: '2026-11-20', discourse })
    .proposals.filter((fact) => fact.type === 'CHAIRS')
    .map(describeFact);
const lead = 'The Collective Security Treaty Organization met in Minsk on Monday.\n\n';
const leadRu = 'Организация Договора о коллективной безопасности провела встречу в Минске.\n\n';

describe('ingest: a state chairing the organization in focus, the organization left out', () => {
  it("reads a state's chairmanship as the chair of the organization in focus (English)", () => {
    const text = `${lead}The drills were the centrepiece of Belarus's rotating chairmanship.`;
    expect(chairs(text)).toEqual(['CHAIRS belarus → csto']);
    expect(chairs(text, false)).toEqual([]);
    expect(chairs(`${lead}After a quiet autumn the baton passes to Kyrgyzstan.`)).toEqual(['CHAIRS kyrgyzstan → csto']);
  });

  it('reads the Russian subject of a year of chairmanship and the relay handed on', () => {
    expect(chairs(`${leadRu}Белоруссия подводит итоги председательства без громких заявлений.`)).toEqual(['CHAIRS belarus → csto']);
    expect(chairs(`${leadRu}Казахстан в рамках своего председательства предложил новую программу.`)).toEqual(['CHAIRS kazakhstan → csto']);
    expect(chairs(`${leadRu}После саммита эстафета перейдет к Киргизии.`)).toEqual(['CHAIRS kyrgyzstan → csto']);
  });

  it('adds nothing for a negation or a chairmanship of a meeting', () => {
    expect(chairs(`${leadRu}Белоруссия так и не начинает год председательства.`)).toEqual([]);
    expect(chairs(`${lead}Uzbekistan is bidding for Kazakhstan's chairmanship.`)).toEqual([]);
    const session = `${lead}Kyrgyzstan's chairmanship of the session was brief.`;
    expect(chairs(session)).toEqual(chairs(session, false));
  });
});
