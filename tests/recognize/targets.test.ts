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

  it('reads a running total (累计) after a goal frame as the goal, and as a result without one', () => {
    expect(targets('要确保到2026年全县累计改造农村公路300公里。')).toEqual([{ value: 300, unit: '公里', deadline: '2026年' }]);
    expect(targets('全县累计改造农村公路300公里，确保群众出行安全。')).toEqual([]);
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

  it('takes a number named as the goal or task after it (…以上的任务, …以上目标)', () => {
    expect(targets('今年要保住市场主体，完成新增城镇就业900万人以上的任务。全年粮食产量能够实现1.3万亿斤以上目标。')).toEqual([
      { value: 900, unit: '万人', deadline: '今年' },
      { value: 1.3, unit: '万亿斤', deadline: null },
    ]);
  });

  it('leaves out history and schedules: a past 到YYYY年, 到YYYY年的…, 到YYYY年结束, “…计划” and 要求', () => {
    const dated = (body: string) =>
      analyseArticle({ id: 't', path: 't', title: null, date: '2019-06-24', source: null, url: null, body }).targets;
    expect(dated('到2017年校庆之际，鲁先生承诺出资3000万元实施“英贤计划”项目。')).toEqual([]);
    expect(dated('采购规模由最初的0.16亿元，扩大到2010年的45.37亿元。')).toEqual([]);
    expect(dated('第一期到2023年结束，每年600万元资金。')).toEqual([]);
    expect(dated('绍兴一中“英贤计划”项目签约 父子5年捐赠3000万元')).toEqual([]);
    expect(dated('按照部署要求，会议对选编的17个章节进行了集中学习。')).toEqual([]);
    expect(dated('力争到2025年省级特色专业镇达到30个以上。')).toMatchObject([{ value: 30, unit: '个', deadline: '2025年' }]);
  });
});
