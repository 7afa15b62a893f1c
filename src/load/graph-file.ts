/**
 * A graph-document file read as a stream: its articles, nodes and
 * relationships one element at a time, never the whole document (whose
 * mentions and evidence grow with the corpus). JSON.parse needs the file's
 * text and the parsed document at once; @streamparser/json tokenizes the
 * file chunk by chunk and hands over each selected array element as soon as
 * it is complete, dropping it from its parent, so only one element is held.
 *
 * A fresh load reads the file twice: scanGraphFile checks every element
 * against the schema (and what Neo4j would refuse) and digests the document
 * (DocumentDigester), before anything is written; the writer then reads it
 * again and sends rows in batches as the elements come.
 */
import { createReadStream } from 'node:fs';
import { ArticleSchema, NodeSchema, RelationshipSchema } from '../schema/graph.js';
import { ReferenceCheck } from '../validate/index.js';
import { addItem, articleIdProblems, DocumentDigester, nodeLoadProblems, relationshipLoadProblems, type DocumentDigest, type DocumentItem } from './model.js';

const SECTIONS = ['articles', 'nodes', 'relationships'] as const;

type FileElement = { section: (typeof SECTIONS)[number]; value: unknown } | { section: 'version' | 'partOfEvidence'; value: unknown };

/** The file's top-level version and partOfEvidence, and each element of its three arrays, in file order. */
async function* fileElements(path: string): AsyncGenerator<FileElement> {
  // Imported here, not at the top: only a streamed load needs the parser (every other command, and the library, runs without it).
  const { JSONParser } = await import('@streamparser/json');
  const parser = new JSONParser({ paths: ['$.version', '$.partOfEvidence', ...SECTIONS.map((s) => `$.${s}.*`)], keepStack: false });
  let ready: FileElement[] = [];
  parser.onValue = ({ value, key, stack }) => {
    const section = stack.length === 1 ? key : stack[1]?.key;
    ready.push({ section: section as FileElement['section'], value });
  };
  for await (const chunk of createReadStream(path)) {
    parser.write(chunk as Buffer);
    yield* ready;
    ready = [];
  }
  if (!parser.isEnded) parser.end(); // throws when the text stops inside the document (the parser ends itself after it)
  yield* ready;
}

/** The file's elements as document items, for a file scanGraphFile admitted (so each element is valid). */
export async function* graphFileItems(path: string): AsyncGenerator<DocumentItem> {
  for await (const e of fileElements(path)) if (e.section !== 'version' && e.section !== 'partOfEvidence') yield e as DocumentItem;
}

const schemas = { articles: ArticleSchema, nodes: NodeSchema, relationships: RelationshipSchema };

/**
 * The digest of a graph-document file whose elements are all valid and
 * loadable, or null when the file is not one the stream can load: not JSON,
 * not a graph document, a shard document (its PART_OF are derived again when
 * shards merge), relationships listed before the nodes they link, or any
 * problem. The caller then reads it whole, the way that reports problems.
 */
export async function scanGraphFile(path: string): Promise<DocumentDigest | null> {
  const digester = new DocumentDigester();
  const references = new ReferenceCheck();
  const seen = { version: false, nodes: false, relationships: false };
  try {
    for await (const e of fileElements(path)) {
      if (e.section === 'partOfEvidence' || (e.section === 'version' && e.value !== 1)) return null;
      if (e.section === 'version') {
        seen.version = true;
        continue;
      }
      if (e.section === 'nodes' && seen.relationships) return null;
      seen[e.section as 'nodes' | 'relationships'] = true;
      const checked = schemas[e.section].safeParse(e.value);
      if (!checked.success) return null;
      const item = { section: e.section, value: checked.data } as DocumentItem;
      if (item.section === 'articles' && articleIdProblems(item.value.id).length) return null;
      if (item.section === 'nodes') {
        if (nodeLoadProblems(item.value).length || item.value.mentions.some((m) => articleIdProblems(m.article).length)) return null;
        references.node(item.value);
      }
      if (item.section === 'relationships') {
        if (relationshipLoadProblems(item.value).length || item.value.evidence.some((ev) => articleIdProblems(ev.article).length)) return null;
        if (!references.relationship(item.value)) return null;
      }
      addItem(digester, item);
    }
  } catch {
    return null; // not JSON: the whole-document path reports it
  }
  if (!seen.version || !seen.nodes || !seen.relationships || references.finish().length) return null;
  return digester.finish();
}
