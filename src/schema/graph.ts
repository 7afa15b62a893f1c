/**
 * The graph schema: the single source of truth for node labels, relationship
 * types and their properties. The extractor validates its output against it,
 * the Neo4j loader takes labels and types only from these lists, and the
 * README's graph-model table is generated from it (`npm run docs`).
 */
import { z } from 'zod';

export const NODE_LABELS = ['Person', 'Organization', 'Event', 'Policy', 'Location', 'Target'] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

export const RELATIONSHIP_TYPES = [
  'PRESIDED',
  'SPOKE_AT',
  'ATTENDED',
  'MANDATES',
  'HELD_IN',
  'ORGANIZED_BY',
  'HOLDS_POSITION',
  'PART_OF',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

/** Which labels a relationship type connects, with a sentence that states one. */
export interface RelationshipSpec {
  from: readonly NodeLabel[];
  to: readonly NodeLabel[];
  meaning: string;
  example: string;
}

/**
 * Specs by relationship type. The graph builder and validateGraph take extra
 * specs beside these (a new relation type tried out before it joins the
 * schema, a test's toy type); the loader only ever writes the schema's own.
 */
export type RelationshipSpecs<T extends string> = Readonly<Record<T, RelationshipSpec>>;

export const RELATIONSHIP_SPECS: RelationshipSpecs<RelationshipType> = {
  PRESIDED: { from: ['Person'], to: ['Event'], meaning: 'chaired the meeting (主持)', example: '市委副书记、市长张新伟主持。' },
  SPOKE_AT: {
    from: ['Person'],
    to: ['Event'],
    meaning: 'spoke, gave remarks or instructions at the event (讲话, 致辞, 强调, 指出)',
    example: '省委常委、市委书记韦韬出席并讲话',
  },
  ATTENDED: {
    from: ['Person'],
    to: ['Event'],
    meaning: 'attended or accompanied (出席, 参加, 陪同, 市领导A、B出席)',
    example: '市领导杨继承、卢秋生、裴耀军出席。',
  },
  MANDATES: {
    from: ['Event'],
    to: ['Policy', 'Target'],
    meaning: 'the event calls for, adopts or deploys the policy or target',
    example: '常态化开展河湖“清四乱”行动',
  },
  HELD_IN: { from: ['Event'], to: ['Location'], meaning: 'where the event took place', example: '全国宣传部长会议4日在京召开' },
  ORGANIZED_BY: {
    from: ['Event'],
    to: ['Organization'],
    meaning: 'the body that organized, hosted or convened it (主办, 举办, 召开)',
    example: '本届博览会由省工信厅、省商务厅共同主办',
  },
  HOLDS_POSITION: {
    from: ['Person'],
    to: ['Organization'],
    meaning: 'the person holds a title in the organization (properties.title, properties.date)',
    example: '市委书记彭佳学',
  },
  PART_OF: {
    from: ['Location'],
    to: ['Location'],
    meaning: 'administrative containment from the gazetteer (清徐县 PART_OF 太原市)',
    example: '清徐县',
  },
};

/** Label-specific node properties. Unknown keys are rejected so typos surface. */
export const NODE_PROPERTY_SCHEMAS = {
  Person: z.object({}).strict(),
  Organization: z.object({}).strict(),
  Event: z
    .object({
      /** YYYY-MM-DD, or MM-DD when neither the text nor the article date gives the year. */
      date: z.string().regex(/^(\d{4}-)?\d{2}-\d{2}$/).nullable(),
      kind: z.enum(['meeting', 'visit', 'ceremony', 'forum', 'activity']),
    })
    .strict(),
  Policy: z.object({ kind: z.enum(['system', 'campaign', 'law', 'plan', 'slogan', 'programme']) }).strict(),
  Location: z
    .object({
      /** Administrative code from the gazetteer when the place is a division. */
      divisionCode: z.string().nullable(),
      level: z.enum(['country', 'province', 'city', 'county', 'township', 'village', 'place', 'water', 'region']),
    })
    .strict(),
  Target: z
    .object({
      text: z.string().min(1),
      value: z.number().finite(),
      unit: z.string().min(1),
      deadline: z.string().nullable(),
    })
    .strict(),
} satisfies Record<NodeLabel, z.ZodTypeAny>;

const Span = { article: z.string().min(1), start: z.number().int().nonnegative(), end: z.number().int().nonnegative() };

export const MentionSchema = z
  .object({ ...Span, titles: z.array(z.string().min(1)).optional() })
  .refine((m) => m.end > m.start, 'mention end must be after start');

export const EvidenceSchema = z
  .object({ ...Span, text: z.string().min(1) })
  .refine((e) => e.end > e.start, 'evidence end must be after start');

/**
 * `minMentions` 0: an organization a person's title names and the article never
 * prints on its own (市委书记 → 太原市委) is a node with no mention, reached by its
 * HOLDS_POSITION, whose evidence is where the title stands (validateGraph checks that).
 */
const nodeVariant = <L extends NodeLabel>(label: L, minMentions = 1) =>
  z.object({
    id: z.string().regex(/^[a-z]+:.+$/, 'node ids look like "person:韦韬"'),
    label: z.literal(label),
    name: z.string().min(1),
    aliases: z.array(z.string()),
    properties: NODE_PROPERTY_SCHEMAS[label],
    mentions: z.array(MentionSchema).min(minMentions),
  });

export const NodeSchema = z.discriminatedUnion('label', [
  nodeVariant('Person'),
  nodeVariant('Organization', 0),
  nodeVariant('Event'),
  nodeVariant('Policy'),
  nodeVariant('Location'),
  nodeVariant('Target'),
]);

const relationshipSchema = <T extends string>(type: z.ZodType<T>) =>
  z.object({
    type,
    from: z.string().min(1),
    to: z.string().min(1),
    properties: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
    evidence: z.array(EvidenceSchema).min(1),
  });

export const RelationshipSchema = relationshipSchema(z.enum(RELATIONSHIP_TYPES));

export const ArticleSchema = z.object({
  id: z.string().min(1),
  title: z.string().nullable(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  source: z.string().nullable(),
  url: z.string().nullable(),
  path: z.string(),
});

/** The document schema whose relationships have the types `type` accepts. */
export const graphDocumentSchema = <T extends string>(type: z.ZodType<T>) =>
  z.object({
    version: z.literal(1),
    /** Offsets in mentions and evidence index into each article's analysed text: see src/clean/README. */
    articles: z.array(ArticleSchema),
    nodes: z.array(NodeSchema),
    relationships: z.array(relationshipSchema(type)),
  });

export const GraphDocumentSchema = graphDocumentSchema(z.enum(RELATIONSHIP_TYPES));

export type Mention = z.infer<typeof MentionSchema>;
export type Evidence = z.infer<typeof EvidenceSchema>;
export type GraphNode = z.infer<typeof NodeSchema>;
export type NodeProperties<L extends NodeLabel> = z.infer<(typeof NODE_PROPERTY_SCHEMAS)[L]>;
/** A relationship of the schema's types, or (T) of extra ones. */
export type Relationship<T extends string = RelationshipType> = z.infer<ReturnType<typeof relationshipSchema<T>>>;
export type ArticleRecord = z.infer<typeof ArticleSchema>;
export type GraphDocument<T extends string = RelationshipType> = z.infer<ReturnType<typeof graphDocumentSchema<T>>>;

/** Node id prefix per label: ids read as "person:韦韬", "event:seed-a/全市…会议". */
export const ID_PREFIX: Record<NodeLabel, string> = {
  Person: 'person',
  Organization: 'org',
  Event: 'event',
  Policy: 'policy',
  Location: 'location',
  Target: 'target',
};

/** The schema's specs plus `extra` ones; an extra type may not redefine one of the schema's. */
export function withExtraSpecs(extra?: RelationshipSpecs<string>): RelationshipSpecs<string> {
  if (!extra) return RELATIONSHIP_SPECS;
  const clash = Object.keys(extra).find((t) => Object.hasOwn(RELATIONSHIP_SPECS, t));
  if (clash) throw new Error(`relationship type ${clash} is the schema's already`);
  return { ...RELATIONSHIP_SPECS, ...extra };
}
