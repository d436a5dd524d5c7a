/**
 * Patterns of real reporting that `npm run draft:quality` found the drafter getting wrong, each on a
 * made-up article (no real article text is committed).
 */
import { describe, expect, it } from 'vitest';
import { draftStory } from '../../../src/draft/index.ts';
import { tables } from './tables.ts';

const quotes = (text: string, published = '2022-07-04') =>
  draftStory(text, { published }, tables).story.quotes.map((q) => ({
    text: q.text,
    speaker: q.speaker,
    role: q.role,
    saidOn: q.saidOn,
  }));

describe('reporting patterns', () => {
  it('keeps a headline without a full stop out of the first speaker’s role', () => {
    const [q] = quotes(
      'Russia claims Lysychansk\n\nUkrainian President Volodymyr Zelensky said on Sunday: "We will return."',
    );
    expect(q).toMatchObject({
      speaker: 'Volodymyr Zelensky',
      role: 'Ukrainian President',
      saidOn: '2022-07-03',
    });
  });

  it('does not read "self-declared" as a speech verb', () => {
    const [q] = quotes(
      'The ministry said on Sunday that its forces and the fighters of the self-declared republic "hold the city".',
    );
    expect(q?.speaker).toBe('The ministry');
  });

  it('finds the subject of a speech verb past an apposition, before and after the quote', () => {
    const [before] = quotes(
      'Petro Kovalenko, head of the regional administration, said on Sunday that the shelling "never stops".',
    );
    expect(before).toMatchObject({ speaker: 'Petro Kovalenko', saidOn: '2022-07-03' });
    const [after] = quotes('"We took the town," Ivan Petrenko, who leads the unit, said on Saturday.');
    expect(after).toMatchObject({ speaker: 'Ivan Petrenko', saidOn: '2022-07-02' });
  });

  it('gives "he said" to the person named before when no quote came first', () => {
    const [q] = quotes(
      'Petro Kovalenko made the remarks in a video on his channel on Sunday.\n\n"The town is ours," he said.',
    );
    expect(q).toMatchObject({ speaker: 'Petro Kovalenko', saidOn: '2022-07-03' });
  });

  it('gives "he said" to the person named since the last quote, not the one quoted before', () => {
    const [, q] = quotes(
      '"Two hundred surrendered," spokesman Ivan Petrenko said on Sunday.\n\n' +
        'Instead, Captain Petro Kovalenko, a commander of the battalion, taunted his attackers.\n\n' +
        '"We are still here," he said.',
    );
    expect(q?.speaker).toBe('Petro Kovalenko');
  });

  it('gives "the statement said" to the body whose statement it is', () => {
    const [, q] = quotes(
      '"The town is ours," the press office of the army said in a statement on Sunday.\n\n' +
        '"The losses are heavy," the statement said.',
    );
    expect(q).toMatchObject({ speaker: 'the press office of the army', saidOn: '2022-07-03' });
  });

  it('keeps a long "the …" body as written, not an earlier body with the same last word', () => {
    const [q] = quotes(
      'Russia’s main military objective is the town.\n\n' +
        '"The town is ours," the communications department of the Ukrainian military said on Sunday.',
    );
    expect(q?.speaker).toBe('the communications department of the Ukrainian military');
  });

  it('keeps a body whose name ends in capitalised words ("Armed Forces") whole', () => {
    const [q] = quotes(
      '"The garrison has done its duty," the General Staff of Ukraine’s Armed Forces said on Sunday.',
    );
    expect(q?.speaker).toBe('the General Staff of Ukraine’s Armed Forces');
  });

  it('takes a name given in apposition ("the spokesman, Petro Kovalenko, acknowledged")', () => {
    const [q] = quotes(
      'But the spokesman, Petro Kovalenko, acknowledged that troops could pull back amid "very heavy" attacks.',
    );
    expect(q?.speaker).toBe('Petro Kovalenko');
  });

  it('gives "the minister said" to the one minister the text names', () => {
    const [q] = quotes(
      'Defence Minister Ivan Petrenko spoke to the president on Sunday.\n\nThe minister said the army had "taken the town".',
    );
    expect(q).toMatchObject({ speaker: 'Ivan Petrenko', role: 'Defence Minister' });
  });

  it('gives "the unit said" to the body quoted last', () => {
    const [, q] = quotes(
      '"We withdrew to save lives," the Khortytsia group of troops posted on Telegram.\n\nThe unit said "the threat was real".',
    );
    expect(q?.speaker).toBe('the Khortytsia group of troops');
  });

  it('reads "Luhansk’s regional administration" as the oblast, and a republic, a river or a railway as no place', () => {
    const places = (text: string) =>
      draftStory(text, { published: '2022-07-04' }, tables)
        .story.draft?.evidence.filter((e) => e.collection === 'places')
        .map((e) => e.id);
    expect(places('Petro Kovalenko, head of Luhansk’s regional military administration, spoke.')).toEqual([
      'luhansk-oblast',
    ]);
    expect(
      places(
        'Fighters of the Luhansk People’s Republic crossed the Donetsk River; Donetsk railway trains stopped in Kramatorsk.',
      ),
    ).toEqual(['kramatorsk']);
  });

  it('gives "the statement reads" before any quote to the person named before it', () => {
    const [q] = quotes(
      'Commander Ivan Petrenko ordered the retreat.\n\n"We are leaving the town," the statement, published at night, reads.',
    );
    expect(q?.speaker).toBe('Ivan Petrenko');
  });

  it('knows a surname in another transliteration as the person named in full', () => {
    const [q] = quotes(
      'Governor Pavlo Kyrylenko spoke on Friday.\n\n"Dozens were killed at the station," Kirilenko said.',
      '2022-04-09',
    );
    expect(q).toMatchObject({ speaker: 'Pavlo Kyrylenko', role: 'Governor' });
  });

  it('remembers a person named as the subject of reported speech, for a later quote by surname', () => {
    const [q] = quotes(
      'Later, the head of the regional administration Pavlo Kyrylenko noted on Facebook that missiles hit the station.\n\n' +
        '"Dozens were killed at the station," Kirilenko said.',
      '2022-04-09',
    );
    expect(q).toMatchObject({ speaker: 'Pavlo Kyrylenko', role: 'head of the regional administration' });
  });

  it('closes a quote opened with a straight mark at a curly one', () => {
    const all = quotes(
      'Minister Ivan Petrenko said on Sunday that the army "has full control over the town.” Officials did not confirm it.',
    );
    expect(all.map((q) => q.text)).toEqual(['has full control over the town.']);
  });

  it('does not read "now" as the day a thing was said', () => {
    const [q] = quotes(
      'Most of the town is now held by the Russians, Petro Kovalenko said.\n\n"They destroy everything," Kovalenko said.',
      '2022-06-09',
    );
    expect(q?.speaker).toBe('Petro Kovalenko');
    expect(q?.saidOn).toBeUndefined();
  });

  it('reads "according to him" and "but he said" as pronouns for the person named before', () => {
    const [a, b] = quotes(
      'The commander, General Ivan Petrenko, announced the withdrawal.\n\n' +
        'According to him, "the soldiers did their duty."\n\n' +
        'But he said that the enemy "lost many men."',
    );
    expect(a?.speaker).toBe('Ivan Petrenko');
    expect(b?.speaker).toBe('Ivan Petrenko');
  });

  it('gives "he said" to a person named mid-sentence as the subject of a speech verb', () => {
    const [q] = quotes(
      'Claims of the capture are false, spokesman for the eastern group Petro Kovalenko said on Wednesday.\n\n' +
        '"The town is ours, wait for the report," he said.',
      '2023-01-11',
    );
    expect(q).toMatchObject({ speaker: 'Petro Kovalenko', saidOn: '2023-01-11' });
  });

  it('names no speaker "a message": a message with no body quoted before leaves the speaker open', () => {
    const [q] = quotes(
      'The command allowed the retreat to "preserve personnel," reads a message on the channel.',
    );
    expect(q?.speaker).toBeUndefined();
  });
});
