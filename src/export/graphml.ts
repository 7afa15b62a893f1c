/**
 * GraphML for Gephi and yEd: every node and relationship of the property
 * graph, with its label or type and properties as <data>. Lists are written
 * as JSON text (GraphML has no list type). XML text is escaped strictly and
 * characters XML 1.0 cannot carry become U+FFFD.
 */
import neo4j from 'neo4j-driver';
import type { GraphModel, Value } from '../load/model.js';

export function xmlText(s: string): string {
  return s
    .replace(/[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;');
}

type AttrType = 'string' | 'long' | 'double' | 'boolean';

function typeOf(v: Value): AttrType {
  if (neo4j.isInt(v)) return 'long';
  if (typeof v === 'number') return 'double';
  if (typeof v === 'boolean') return 'boolean';
  return 'string';
}

function text(v: Value): string {
  if (Array.isArray(v)) return JSON.stringify(v.map((x) => (neo4j.isInt(x) ? x.toNumber() : x)));
  return neo4j.isInt(v) ? v.toString() : String(v);
}

export function renderGraphml(model: GraphModel): string {
  const keys = new Map<string, { domain: 'node' | 'edge'; name: string; type: AttrType }>();
  const keyId = (domain: 'node' | 'edge', name: string, v: Value) => {
    const id = `${domain === 'node' ? 'n' : 'e'}_${name}`;
    const type = Array.isArray(v) ? 'string' : typeOf(v);
    const old = keys.get(id);
    if (!old) keys.set(id, { domain, name, type });
    else if (old.type !== type) old.type = 'string';
    return id;
  };
  const body: string[] = [];
  const index = new Map<string, string>();
  model.nodes.forEach((n, i) => {
    const xmlId = `n${i}`;
    index.set(`${n.label}|${n.id}`, xmlId);
    const data: [string, Value][] = [
      ['labels', `:${n.label}`],
      ['label', String(n.props.name ?? n.props.title ?? n.id)],
      ['id', n.id],
      ...Object.entries(n.props),
    ];
    body.push(`    <node id="${xmlId}">`);
    for (const [k, v] of data) body.push(`      <data key="${xmlText(keyId('node', k, v))}">${xmlText(text(v))}</data>`);
    body.push('    </node>');
  });
  model.relationships.forEach((r, i) => {
    const source = index.get(`${r.from.label}|${r.from.id}`);
    const target = index.get(`${r.to.label}|${r.to.id}`);
    if (!source || !target) throw new Error(`relationship ${r.type} refers to a missing node`);
    body.push(`    <edge id="e${i}" source="${source}" target="${target}" label="${r.type}">`);
    for (const [k, v] of [['type', r.type] as [string, Value], ...Object.entries(r.identity), ...Object.entries(r.props)]) {
      body.push(`      <data key="${xmlText(keyId('edge', k, v))}">${xmlText(text(v))}</data>`);
    }
    body.push('    </edge>');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...[...keys].map(([id, k]) => `  <key id="${xmlText(id)}" for="${k.domain}" attr.name="${xmlText(k.name)}" attr.type="${k.type}"/>`),
    '  <graph id="news-kg" edgedefault="directed">',
    ...body,
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}
