import { describe, expect, it } from 'vitest';
import type { LedgerVocabulary } from './ledger-choice';
import { resolveChoice } from './resolve-choice';

// Two choices ending in the same label: only the full path tells them apart.
const TWIN: LedgerVocabulary = {
  what: '结果',
  choices: [
    { id: 'a-1', name: '甲 / 维持', path: ['甲', '维持'] },
    { id: 'b-1', name: '乙 / 维持', path: ['乙', '维持'] },
    { id: 'b-2', name: '乙 / 撤销', path: ['乙', '撤销'] },
  ],
  context: [],
  excluded: [],
  aliases: {},
};

describe('resolveChoice', () => {
  it('refuses a label that two choices end in, listing both, and reads either by its path', () => {
    const r = resolveChoice(TWIN, '维持');
    expect(r).toEqual({
      ok: false,
      reason: '“维持”可以指“甲 / 维持”、“乙 / 维持”，请写出完整的结果',
      candidates: [TWIN.choices[0], TWIN.choices[1]],
    });
    expect(resolveChoice(TWIN, '乙/维持')).toEqual({ ok: true, choice: TWIN.choices[1] });
    expect(resolveChoice(TWIN, '撤销')).toEqual({ ok: true, choice: TWIN.choices[2] });
  });

  it('ignores zero-width characters and the ideographic space', () => {
    expect(resolveChoice(TWIN, '\u200b乙\u3000/\ufeff撤销')).toMatchObject({ ok: true });
  });
});
