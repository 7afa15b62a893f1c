/** The property-graph model: how an event's date is stored (a Cypher date when the year is known). */
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { eventDateProps, toGraphModel } from '../../src/load/model.js';
import { cypherValue } from '../../src/export/cypher.js';

describe('event dates in the model', () => {
  it('stores 2023-06-29 as a Cypher date and prints it back as ISO text', () => {
    const { date, monthDay } = eventDateProps('2023-06-29');
    expect(neo4j.isDate(date)).toBe(true);
    expect(String(date)).toBe('2023-06-29');
    expect(monthDay).toBeNull();
    expect(cypherValue(date)).toBe("date('2023-06-29')");
  });

  it('keeps 06-29 (year unknown) as the monthDay text, with no date', () => {
    expect(eventDateProps('06-29')).toEqual({ date: null, monthDay: '06-29' });
    expect(eventDateProps(null)).toEqual({ date: null, monthDay: null });
  });

  it('gives the Event node of a document a date and no monthDay', () => {
    const model = toGraphModel({
      version: 1,
      articles: [{ id: 'a1', title: 't', date: '2023-06-29', source: null, url: null, path: null }],
      nodes: [{ id: 'event:x', label: 'Event', name: '会议', aliases: [], properties: { date: '2023-06-29', kind: 'meeting' }, mentions: [{ article: 'a1', start: 0, end: 2 }] }],
      relationships: [],
    } as never);
    const event = model.nodes.find((n) => n.id === 'event:x')!;
    expect(String(event.props.date)).toBe('2023-06-29');
    expect(event.props).not.toHaveProperty('monthDay');
  });
});
