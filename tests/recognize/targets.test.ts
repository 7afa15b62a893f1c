import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../src/workflows/analyse.js';

const analyse = (body: string) => analyseArticle({ id: 't', path: 't', title: null, date: null, source: null, url: null, body });
const targets = (body: string) => analyse(body).targets.map(({ value, unit, deadline }) => ({ value, unit, deadline }));

describe('targets', () => {
  it('reads 力争到YYYY年…达到N个以上 with its deadline', () => {
    expect(targets('会议提出，力争到2027年全市省级产业强镇达到20个以上。')).toEqual([{ value: 20, unit: '个', deadline: '2027年' }]);
  });

  it('reads every clause of 年内完成… with the shared deadline', () => {
    expect(targets('要加快国土绿化，年内完成人工造林5.5万亩以上，退化林修复3万亩以上，稳步提高森林覆盖率。')).toEqual([
      { value: 5.5, unit: '万亩', deadline: '年内' },
      { value: 3, unit: '万亩', deadline: '年内' },
    ]);
  });

  it('reads a list of goals after 将…实现, and not the number in “5个100”', () => {
    const t = targets('我市将在2025年年底实现“3个100”：乡镇综合文化站覆盖率100%，村级服务点覆盖率100%，全年举办100场文化惠民演出。');
    expect(t).toEqual([
      { value: 100, unit: '%', deadline: '2025年年底' },
      { value: 100, unit: '%', deadline: '2025年年底' },
      { value: 100, unit: '场', deadline: '2025年年底' },
    ]);
  });

  it('reads 计划 as a goal only for the numbers after it in its clause', () => {
    expect(targets('全县40个重点项目今年计划完成投资120亿元。')).toEqual([{ value: 120, unit: '亿元', deadline: '今年' }]);
  });

  it('does not take forecasts (预计) as goals', () => {
    expect(targets('预计春运期间全省发送旅客3000万人次。')).toEqual([]);
  });

  it('leaves out reported results', () => {
    expect(targets('今年以来，全市规上工业增加值同比增长12%，累计新增市场主体1069个。')).toEqual([]);
    expect(targets('去年全市完成植树造林8万亩。')).toEqual([]);
    expect(targets('截至2023年12月底，全市新增就业岗位3.2万人，是全年目标任务的105%。')).toEqual([]);
  });
});
