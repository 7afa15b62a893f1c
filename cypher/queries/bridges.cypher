// bridges: who links groups that otherwise rarely meet — persons by betweenness in the co-attendance network
// (set by `kg analyze --write`), with their own community and the communities of the people they met.
:param limit => 20;
MATCH (p:Person)
WHERE p.betweenness > 0
OPTIONAL MATCH (p)-[:PRESIDED|SPOKE_AT|ATTENDED]->(:Event)<-[:PRESIDED|SPOKE_AT|ATTENDED]-(o:Person)
WHERE o <> p
WITH p, o.community AS met ORDER BY met
WITH p, collect(DISTINCT met) AS met
RETURN p.name AS person, p.id AS id, round(p.betweenness, 6) AS betweenness, p.community AS community,
       size(met) AS communities_met, met AS communities
ORDER BY betweenness DESC, id
LIMIT toInteger($limit);
