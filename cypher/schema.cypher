// Generated from src/schema/graph.ts by `npm run gen:schema` (src/load/schema.ts). Do not edit.
// Uniqueness on id for every label, name lookups, and a CJK full-text index over names and aliases:
//   CALL db.index.fulltext.queryNodes('entity_names', '韦韬') YIELD node, score RETURN node, score
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT policy_id IF NOT EXISTS FOR (n:Policy) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT location_id IF NOT EXISTS FOR (n:Location) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT target_id IF NOT EXISTS FOR (n:Target) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
CREATE INDEX event_name IF NOT EXISTS FOR (n:Event) ON (n.name);
CREATE INDEX policy_name IF NOT EXISTS FOR (n:Policy) ON (n.name);
CREATE INDEX location_name IF NOT EXISTS FOR (n:Location) ON (n.name);
CREATE INDEX target_name IF NOT EXISTS FOR (n:Target) ON (n.name);
CREATE INDEX presided_key IF NOT EXISTS FOR ()-[r:PRESIDED]-() ON (r.key);
CREATE INDEX spoke_at_key IF NOT EXISTS FOR ()-[r:SPOKE_AT]-() ON (r.key);
CREATE INDEX attended_key IF NOT EXISTS FOR ()-[r:ATTENDED]-() ON (r.key);
CREATE INDEX mandates_key IF NOT EXISTS FOR ()-[r:MANDATES]-() ON (r.key);
CREATE INDEX held_in_key IF NOT EXISTS FOR ()-[r:HELD_IN]-() ON (r.key);
CREATE INDEX organized_by_key IF NOT EXISTS FOR ()-[r:ORGANIZED_BY]-() ON (r.key);
CREATE INDEX holds_position_key IF NOT EXISTS FOR ()-[r:HOLDS_POSITION]-() ON (r.key);
CREATE INDEX part_of_key IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.key);
CREATE INDEX article_date IF NOT EXISTS FOR (n:Article) ON (n.date);
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Person|Organization|Event|Policy|Location|Target) ON EACH [n.name, n.aliases] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
