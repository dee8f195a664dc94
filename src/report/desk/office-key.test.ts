import { describe, expect, it } from 'vitest';
import { matchOffices, splitOfficeName } from './office-key';

describe('splitOfficeName', () => {
  it('reads 人民政府 as optional, and ignores spaces of every width, quotes and zero-width marks', () => {
    for (const name of [
      '阁山镇人民政府',
      '阁山镇',
      ' 阁山镇 人民政府 ',
      '阁山镇\u3000人民政府',
      '\u200b阁山镇人民政府\ufeff',
      '“阁山镇人民政府”',
      '阁山镇政府',
    ]) {
      expect(splitOfficeName(name)).toEqual({ bare: '阁山镇', region: '' });
    }
  });

  it('reads full-width letters and digits as half-width', () => {
    expect(splitOfficeName('ＸＸ开发区第２街道').bare).toBe(splitOfficeName('XX开发区第2街道').bare);
  });

  it('takes 街道办事处, 街道办 and 办事处 as one 街道, and 管理委员会 as 管委会', () => {
    for (const name of ['城关街道办事处', '城关街道', '城关街道办', '城关办事处', '城关街道人民政府']) {
      expect(splitOfficeName(name).bare).toBe('城关街道');
    }
    expect(splitOfficeName('城关镇人民政府').bare).toBe('城关镇');
    expect(splitOfficeName('樟树市经济开发区管理委员会')).toEqual({
      bare: '樟树市经济开发区管委会',
      region: '',
    });
  });

  it('parts a township from the areas written in front of it', () => {
    expect(splitOfficeName('樟树市阁山镇人民政府')).toEqual({ bare: '阁山镇', region: '樟树市' });
    expect(splitOfficeName('江西省宜春市樟树市阁山镇')).toEqual({
      bare: '阁山镇',
      region: '江西省宜春市樟树市',
    });
    expect(splitOfficeName('潍坊市坊子区九龙街道办事处')).toEqual({
      bare: '九龙街道',
      region: '潍坊市坊子区',
    });
    expect(splitOfficeName('市中区东城街道')).toEqual({ bare: '东城街道', region: '市中区' });
  });

  it('never cuts a place name down to one character, and leaves departments whole', () => {
    expect(splitOfficeName('新市镇人民政府')).toEqual({ bare: '新市镇', region: '' });
    expect(splitOfficeName('新区街道')).toEqual({ bare: '新区街道', region: '' });
    expect(splitOfficeName('樟树市财政局')).toEqual({ bare: '樟树市财政局', region: '' });
    expect(splitOfficeName('樟树市人民政府')).toEqual({ bare: '樟树市', region: '' });
  });
});

describe('matchOffices', () => {
  it('matches a name with and without its region when only one region is written', () => {
    const ids = matchOffices(['阁山镇人民政府', '樟树市阁山镇人民政府', '阁山镇', '潘庄镇人民政府']);
    expect(ids.get('阁山镇人民政府')).toBe(ids.get('樟树市阁山镇人民政府'));
    expect(ids.get('阁山镇')).toBe(ids.get('阁山镇人民政府'));
    expect(ids.get('潘庄镇人民政府')).not.toBe(ids.get('阁山镇人民政府'));
  });

  it('keeps two regions’ townships of the same name apart, and does not guess for the bare name', () => {
    const ids = matchOffices(['甲县城关镇人民政府', '乙县城关镇人民政府', '城关镇人民政府', '甲县城关镇']);
    expect(ids.get('甲县城关镇人民政府')).toBe(ids.get('甲县城关镇'));
    expect(ids.get('甲县城关镇人民政府')).not.toBe(ids.get('乙县城关镇人民政府'));
    expect(ids.get('城关镇人民政府')).not.toBe(ids.get('甲县城关镇人民政府'));
    expect(ids.get('城关镇人民政府')).not.toBe(ids.get('乙县城关镇人民政府'));
  });

  it('matches a longer region with the shorter one it ends with', () => {
    const ids = matchOffices(['宜春市樟树市阁山镇', '樟树市阁山镇人民政府', '阁山镇']);
    expect(new Set(ids.values()).size).toBe(1);
  });
});
