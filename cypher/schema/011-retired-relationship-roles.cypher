// roleSearch at an older release (queries/role-search-at-release) matches the roles relationships had
// then: earlier versions of edited or retired relationships are :RETIRED copies holding their role,
// which relationship_roles (008, the live types only) does not see. Analysed as relationship_roles is.
CREATE FULLTEXT INDEX retired_relationship_roles IF NOT EXISTS FOR ()-[r:RETIRED]-() ON EACH [r.role];
