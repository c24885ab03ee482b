import { describe, expect, test } from 'vitest';
import { createCalculator } from '../../../src/stores/calculator';
import { carbonActions } from '../../../src/lib/carbon-data';
import { formatMass } from '../../../src/lib/carbon-format';

const make = () => createCalculator({ actions: carbonActions, population: 1_410_000_000 });
const total = (c: ReturnType<typeof make>) => formatMass(c.$savings.get().total).text;

describe('createCalculator', () => {
  test('starts at 1.021 kg for me for one day', () => {
    const c = make();
    expect(total(c)).toBe('1.021 千克');
    expect(c.$fields.get()['action:stairs']).toEqual({ text: '1' });
  });

  test('steppers change the value and the field together, within range', () => {
    const c = make();
    c.stepField('action:stairs', 1);
    c.stepField('action:stairs', 1);
    expect(c.$fields.get()['action:stairs']).toEqual({ text: '3' });
    expect(total(c)).toBe('1.457 千克');
    for (let i = 0; i < 5; i++) c.stepField('action:fan', -1);
    expect(c.$fields.get()['action:fan']).toEqual({ text: '0' });
    expect(c.$scenario.get().perDay['fan']).toBe(0);
  });

  test('typing a good value updates the result at once; the field keeps what was typed', () => {
    const c = make();
    c.typeField('action:aircon', '１。５');
    expect(c.$scenario.get().perDay['aircon']).toBe(150);
    expect(c.$fields.get()['action:aircon']).toEqual({ text: '１。５' });
    expect(total(c)).toBe('约 1.332 千克'); // 1.021 + 0.5 × 0.621 = 1.3315
    c.commitField('action:aircon');
    expect(c.$fields.get()['action:aircon']).toEqual({ text: '1.5' });
  });

  test('a bad value shows its message and leaves the result alone until fixed', () => {
    const c = make();
    c.typeField('action:aircon', '25');
    expect(c.$fields.get()['action:aircon']?.error).toBe(
      '一天只有 24 小时，少开空调不能超过 24 小时。',
    );
    expect(total(c)).toBe('1.021 千克');
    c.commitField('action:aircon');
    expect(c.$fields.get()['action:aircon']).toMatchObject({ text: '25' });
    expect(total(c)).toBe('1.021 千克');
    c.typeField('action:aircon', '2');
    expect(c.$fields.get()['action:aircon']).toEqual({ text: '2' });
    expect(total(c)).toBe('1.642 千克');
  });

  test('a stepper after a bad value steps from the last good value', () => {
    const c = make();
    c.typeField('classSize', 'abc');
    c.stepField('classSize', 1);
    expect(c.$fields.get()['classSize']).toEqual({ text: '41' });
  });

  test('emptying a field waits for blur before complaining', () => {
    const c = make();
    c.typeField('action:tv', '');
    expect(c.$fields.get()['action:tv']).toEqual({ text: '' });
    c.commitField('action:tv');
    expect(c.$fields.get()['action:tv']?.error).toBe('请填写少看电视。');
    expect(c.$scenario.get().perDay['tv']).toBe(100);
  });

  test('while an input method composes, the text is kept and nothing is parsed', () => {
    const c = make();
    c.typeField('classSize', 'ｓｈｉ', true);
    expect(c.$fields.get()['classSize']).toEqual({ text: 'ｓｈｉ' });
    c.typeField('classSize', '３５', true);
    expect(c.$scenario.get().classSize).toBe(40);
    c.typeField('classSize', '３５');
    expect(c.$scenario.get().classSize).toBe(35);
  });

  test('population above 20亿 is refused; the national result stays', () => {
    const c = make();
    c.setWho('country');
    expect(total(c)).toBe('约 143.96 万吨');
    c.typeField('population', '200');
    expect(c.$fields.get()['population']?.error).toContain('不能超过 20 亿人');
    expect(total(c)).toBe('约 143.96 万吨');
  });

  test('period and who scale the total', () => {
    const c = make();
    c.setWho('class');
    c.setPeriod('week');
    expect(total(c)).toBe('285.88 千克'); // 40 × 7 × 1.021
    c.setPeriod('custom');
    c.typeField('customDays', '10');
    expect(total(c)).toBe('408.4 千克');
  });

  test('the query follows the scenario and loads back; bad values give notices', () => {
    const a = make();
    a.stepField('action:stairs', 1);
    a.setWho('school');
    const b = make();
    b.loadQuery(`?${a.$query.get()}`);
    expect(b.$scenario.get()).toEqual(a.$scenario.get());
    expect(b.$notices.get()).toEqual([]);
    b.loadQuery('?who=everyone&stairs=1000');
    expect(b.$notices.get()).toHaveLength(2);
    expect(b.$scenario.get().who).toBe('me');
    b.dismissNotices();
    expect(b.$notices.get()).toEqual([]);
    b.reset();
    expect(total(b)).toBe('1.021 千克');
  });

  test('grades 3–4: whole numbers only; switching flags a decimal beside its field', () => {
    const c = make();
    c.typeField('action:aircon', '1.5');
    c.setBand('3-4');
    expect(c.$scenario.get().band).toBe('3-4');
    expect(c.$fields.get()['action:aircon']?.error).toBe('少开空调要填整数，不能有小数。');
    // The result keeps the last good value until the pupil fixes it.
    expect(c.$scenario.get().perDay['aircon']).toBe(150);
    c.typeField('action:aircon', '２');
    expect(c.$fields.get()['action:aircon']).toEqual({ text: '２' });
    expect(c.$scenario.get().perDay['aircon']).toBe(200);
    expect(c.$query.get()).toContain('band=3-4');
    c.setBand('5-6');
    c.typeField('action:fan', '0.5');
    expect(c.$fields.get()['action:fan']).toEqual({ text: '0.5' });
  });
});
