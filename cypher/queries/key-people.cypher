// key-people: who matters — persons by PageRank in the co-attendance network (set by `kg analyze --write`),
// optionally only those who took part in events held in a place (its subdivisions included, via PART_OF;
// matched by name or alias); place '' means everywhere. events_here counts their events there.
:param place => '';
:param limit => 20;
MATCH (p:Person)-[:PRESIDED|SPOKE_AT|ATTENDED]->(e:Event)
WHERE p.pagerank IS NOT NULL
  AND ($place = '' OR EXISTS {
    MATCH (e)-[:HELD_IN]->(:Location)-[:PART_OF*0..3]->(l:Location)
    WHERE l.name = $place OR $place IN l.aliases
  })
WITH p, count(DISTINCT e) AS events_here
RETURN p.name AS person, p.id AS id, round(p.pagerank, 6) AS pagerank, round(p.betweenness, 6) AS betweenness,
       p.community AS community, p.eventCount AS events, events_here
ORDER BY pagerank DESC, id
LIMIT toInteger($limit);
