// Search at an older release matches the names entities had then (queries/search-at-release): a
// full-text index over the name and alias names of every entity version in the change records,
// analysed as entity_names is. Change records written before this migration get their alias names
// from their JSON (server/src/releases/change-names.ts, run after the migrations).
CREATE FULLTEXT INDEX change_names IF NOT EXISTS FOR (n:Change) ON EACH [n.name, n.aliasNames];
