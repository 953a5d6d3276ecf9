// Search by role ("Secretary-General", "chair"): a full-text index over the role of every relationship
// type of the vocabulary (a full-text index on relationships names its types; a test checks the list).
CREATE FULLTEXT INDEX relationship_roles IF NOT EXISTS FOR ()-[r:MEMBER_OF|OBSERVER_OF|PART_OF|ADMINISTERS|CHAIRS|HOLDS_POSITION|HEADS|PARTICIPATES_IN|HOSTS|HELD_IN|LOCATED_IN|HEADQUARTERED_IN|ADOPTED_AT|FOCUSES_ON|COORDINATES|EDITION_OF|ANNOUNCED|SUCCEEDED_BY|ESTABLISHED_BY|SIGNED|ATTENDED|PLANS|CONCERNS|SESSION_OF|CONDUCTS]-() ON EACH [r.role];
