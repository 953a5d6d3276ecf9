import { extract } from '../../src/ingest/extract';
import { cstoGazetteer, describeFact } from '../support/ingest';

/** The facts of one type a text gives, described with their dates and status. */
const facts = (type: string, text: string) =>
  extract(text, { gazetteer: cstoGazetteer, published: '2026-11-20' })
    .proposals.filter((fact) => fact.type === type)
    .map(describeFact)
    .map((fact) => fact.replace(/ \[chair\]$/u, ''));

const CSTO = 'The Collective Security Treaty Organization met in Moscow. ';
const ODKB = 'Саммит ОДКБ прошёл в Москве. ';

// Every sentence here was written for these tests.
describe('ingest: a membership beside a frozen participation, in more of its shapes', () => {
  it('reads a list of members that names the state whose participation the next clause says is frozen', () => {
    const found = facts('MEMBER_OF', 'В ОДКБ входят Армения, Белоруссия и Россия; Армения с 2024 года заморозила участие в работе организации.');
    expect(found).toContain('MEMBER_OF armenia → csto');
    expect(found).toContain('MEMBER_OF armenia → csto 2024.. {participation frozen}');
  });

  it('reads a concessive «хотя … остаётся членом» past the other clause\'s negation', () => {
    expect(facts('MEMBER_OF', `${ODKB}Армения, заморозившая участие в 2024 году, военных не направила, хотя формально остаётся членом ОДКБ.`)).toContain('MEMBER_OF armenia → csto');
    // Leaving threatened is no statement that it stays, nor that it left; "has not left" is not read as a membership (the labels give none).
    expect(facts('MEMBER_OF', `${CSTO}Armenia has threatened to leave the bloc.`)).toEqual([]);
    expect(facts('MEMBER_OF', `${CSTO}Armenia has not left.`)).toEqual([]);
    expect(facts('MEMBER_OF', `${ODKB}Армения не остаётся в стороне, хотя и не является членом ЕАЭС.`)).toEqual([]);
  });

  it('reads a freeze told with the subject of another verb, a kept freeze and a leader\'s government', () => {
    expect(facts('MEMBER_OF', `${CSTO}Yerevan remains a formal member but has frozen its participation since February 2024.`)).toEqual([
      'MEMBER_OF armenia → csto',
      'MEMBER_OF armenia → csto 2024-02.. {participation frozen}',
    ]);
    expect(facts('MEMBER_OF', `${CSTO}Armenia has kept its participation frozen since February 2024.`)).toEqual(['MEMBER_OF armenia → csto 2024-02.. {participation frozen}']);
    expect(facts('MEMBER_OF', `${CSTO}Nikol Pashinyan stayed away, as he has from every summit since his government froze its participation in February 2024.`)).toEqual([
      'MEMBER_OF armenia → csto 2024-02.. {participation frozen}',
    ]);
    expect(facts('MEMBER_OF', `${CSTO}Nikol Pashinyan, the Armenian prime minister, froze his country's participation in February 2024.`)).toEqual([
      'MEMBER_OF armenia → csto 2024-02.. {participation frozen}',
    ]);
    // A freeze only threatened is none.
    expect(facts('MEMBER_OF', `${CSTO}Nikol Pashinyan said in 2023 that his government might freeze its participation.`)).toEqual([]);
  });

  it('reads bare appositions of membership and "two of its own members"', () => {
    expect(facts('MEMBER_OF', `${CSTO}Belarus, a member since 1993, is closely tied to Russia.`)).toEqual(['MEMBER_OF belarus → csto']);
    expect(facts('MEMBER_OF', `${CSTO}Armenia, a member whose participation has been frozen since 2024, sent nobody.`)).toEqual([
      'MEMBER_OF armenia → csto 2024.. {participation frozen}',
      'MEMBER_OF armenia → csto',
    ]);
    expect(facts('MEMBER_OF', `${CSTO}It failed to mediate in the 2022 fighting between Kyrgyzstan and Tajikistan, two of its own members.`)).toEqual([
      'MEMBER_OF kyrgyzstan → csto',
      'MEMBER_OF tajikistan → csto',
    ]);
    expect(facts('MEMBER_OF', `${CSTO}Its members besides Russia are Belarus and Kazakhstan.`)).toEqual([
      'MEMBER_OF belarus → csto',
      'MEMBER_OF kazakhstan → csto',
      'MEMBER_OF russia → csto',
    ]);
    // Not a member, or a member of something else.
    expect(facts('MEMBER_OF', `${CSTO}Serbia, a candidate for observer status, sent a delegation.`)).toEqual([]);
  });
});

describe('ingest: a chairmanship and a chair of a meeting, in more of their shapes', () => {
  it('reads "whose country has chaired the alliance" and the leader presiding over a session', () => {
    const found = facts('CHAIRS', `${CSTO}Vladimir Putin, whose country has chaired the six-nation alliance since January 1, presided over a session of its Collective Security Council on November 11.`);
    expect(found).toContain('CHAIRS russia → csto 2026-01-01..');
    expect(found).toContain('CHAIRS vladimir-putin → "session" 2026-11-11..2026-11-11');
  });

  it('reads a state holding the chairmanship, its year at the head of the organization and its taking the organization over', () => {
    expect(facts('CHAIRS', `${CSTO}In 2026 the commission's work gained weight as Russia, holding the chairmanship, pushed joint projects.`)).toEqual(['CHAIRS russia → csto']);
    expect(facts('CHAIRS', `${CSTO}Russia promised that its year at the head of the CSTO would be about readiness.`)).toEqual(['CHAIRS russia → csto']);
    expect(facts('CHAIRS', `${CSTO}Tajikistan takes over the CSTO on January 1.`)).toEqual(['CHAIRS tajikistan → csto 2027-01-01..']);
    // A turn hoped for, a take-over wanted: none.
    expect(facts('CHAIRS', `${CSTO}Kazakhstan hopes for its turn at the head of the CSTO.`)).toEqual([]);
    expect(facts('CHAIRS', `${CSTO}Tajikistan wants to take over the CSTO in 2027.`)).toEqual([]);
    // The Secretariat taken over is a post, not the chairmanship.
    expect(facts('CHAIRS', `${CSTO}Masadykov, a former official from Kyrgyzstan, who took over the Secretariat in January, spoke.`)).toEqual([]);
    expect(facts('CHAIRS', `${CSTO}Kassym-Jomart Tokayev, who held the rotating chairmanship in 2024, spoke first.`)).toEqual(['CHAIRS kassym-jomart-tokayev → csto 2024..2024']);
  });

  it('reads «На … сессии председательствовал X», «X как председатель провёл саммит» and «Председатель СКБ — X»', () => {
    expect(facts('CHAIRS', `${ODKB}На московской сессии 11 ноября председательствовал Владимир Путин.`)).toEqual(['CHAIRS vladimir-putin → "московской сессии" 2026-11-11..2026-11-11']);
    expect(facts('CHAIRS', `${ODKB}Владимир Путин как председатель провёл саммит без Армении.`)).toEqual(['CHAIRS vladimir-putin → "саммит"']);
    expect(facts('CHAIRS', `${ODKB}Председатель Совета коллективной безопасности — президент России Владимир Путин.`)).toEqual([
      'CHAIRS vladimir-putin → collective-security-council',
    ]);
    // Talks held are not a meeting chaired.
    expect(facts('CHAIRS', `${ODKB}Владимир Путин провёл переговоры с Александром Лукашенко.`)).toEqual([]);
  });

  it('reads «председателем станет X» with the date before it', () => {
    expect(facts('CHAIRS', `${ODKB}С 1 января 2027 года председателем станет Таджикистан.`)).toEqual(['CHAIRS tajikistan → csto 2027-01-01..']);
  });

  it('reads an earlier term in passing, dated apart by its own year, beside the coming one', () => {
    expect(facts('CHAIRS', `${ODKB}С 1 января 2027 года Таджикистан будет председательствовать в ОДКБ. Таджикистан председательствовал в ОДКБ в 2021 году. Приоритетами таджикского председательства станут границы.`)).toEqual([
      'CHAIRS tajikistan → csto 2027-01-01..',
      'CHAIRS tajikistan → csto 2021..2021',
    ]);
  });
});

describe('ingest: Russian memberships told as one of the members or of the signatories', () => {
  it('reads «остаётся одним из … участников организации» and «входит в число государств, подписавших Договор» (a signatory)', () => {
    expect(facts('MEMBER_OF', `${ODKB}Беларусь с тех пор остаётся одним из наиболее последовательных участников организации.`)).toEqual(['MEMBER_OF belarus → csto']);
    expect(facts('SIGNED', `${ODKB}Армения входит в число государств, подписавших Договор о коллективной безопасности 15 мая 1992 года.`)).toEqual([
      'SIGNED armenia → collective-security-treaty 1992-05-15..',
    ]);
    // Negated: none.
    expect(facts('MEMBER_OF', `${ODKB}Армения не является одним из участников организации.`)).toEqual([]);
  });
});

describe('ingest: the subject of a membership told without the organization', () => {
  it('gives a suspension to the state of its own clause, not to the states of the clause before', () => {
    expect(facts('MEMBER_OF', `${CSTO}Azerbaijan and Georgia left the treaty in 1999, and Uzbekistan suspended its membership in 2012.`).filter((fact) => /→ csto/u.test(fact))).toEqual([
      'MEMBER_OF uzbekistan → csto 2012.. {participation suspended}',
    ]);
  });

  it('gives a return dated after the companions of a departure to the subject alone', () => {
    expect(facts('MEMBER_OF', `${ODKB}Узбекистан, вышедший из договора в 1999 году вместе с Азербайджаном и Грузией, вернулся в 2006-м.`).filter((fact) => /→ csto/u.test(fact))).toEqual([
      'MEMBER_OF uzbekistan → csto 2006..',
    ]);
  });
});
