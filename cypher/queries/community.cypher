// community: who keeps meeting whom — the members of a person's Louvain community (set by `kg analyze --write`),
// best PageRank first, each with the meetings they shared with another member (up to five listed).
// The person is matched by name, alias or id; of namesakes, the one with the highest PageRank.
:param name => '马卫光';
MATCH (p:Person)
WHERE (p.name = $name OR $name IN p.aliases OR p.id = $name) AND p.community IS NOT NULL
WITH p ORDER BY p.pagerank DESC LIMIT 1
MATCH (m:Person {community: p.community})
OPTIONAL MATCH (m)-[:PRESIDED|SPOKE_AT|ATTENDED]->(e:Event)<-[:PRESIDED|SPOKE_AT|ATTENDED]-(o:Person {community: p.community})
WHERE o <> m
WITH p, m, e ORDER BY e.date, e.monthDay, e.name
WITH p, m, collect(DISTINCT e) AS shared
RETURN p.community AS community, m.name AS member, m.id AS id, round(m.pagerank, 6) AS pagerank,
       size(shared) AS shared_meetings, [e IN shared[0..5] | trim(coalesce(toString(e.date), e.monthDay, '') + ' ' + e.name)] AS meetings
ORDER BY pagerank DESC, id;
