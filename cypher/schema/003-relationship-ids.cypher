// Relationship ids are unique within each type of the vocabulary (server/src/model/vocabulary.ts);
// the constraint's index backs every lookup of a relationship by id and type.
// A type added to the vocabulary needs its constraint in a new migration file (a test checks).
CREATE CONSTRAINT rel_member_of_id IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_observer_of_id IF NOT EXISTS FOR ()-[r:OBSERVER_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_part_of_id IF NOT EXISTS FOR ()-[r:PART_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_administers_id IF NOT EXISTS FOR ()-[r:ADMINISTERS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_chairs_id IF NOT EXISTS FOR ()-[r:CHAIRS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_holds_position_id IF NOT EXISTS FOR ()-[r:HOLDS_POSITION]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_heads_id IF NOT EXISTS FOR ()-[r:HEADS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_participates_in_id IF NOT EXISTS FOR ()-[r:PARTICIPATES_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_hosts_id IF NOT EXISTS FOR ()-[r:HOSTS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_held_in_id IF NOT EXISTS FOR ()-[r:HELD_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_located_in_id IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_headquartered_in_id IF NOT EXISTS FOR ()-[r:HEADQUARTERED_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_adopted_at_id IF NOT EXISTS FOR ()-[r:ADOPTED_AT]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_focuses_on_id IF NOT EXISTS FOR ()-[r:FOCUSES_ON]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_coordinates_id IF NOT EXISTS FOR ()-[r:COORDINATES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_edition_of_id IF NOT EXISTS FOR ()-[r:EDITION_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_announced_id IF NOT EXISTS FOR ()-[r:ANNOUNCED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_succeeded_by_id IF NOT EXISTS FOR ()-[r:SUCCEEDED_BY]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_established_by_id IF NOT EXISTS FOR ()-[r:ESTABLISHED_BY]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_signed_id IF NOT EXISTS FOR ()-[r:SIGNED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_attended_id IF NOT EXISTS FOR ()-[r:ATTENDED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_plans_id IF NOT EXISTS FOR ()-[r:PLANS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_concerns_id IF NOT EXISTS FOR ()-[r:CONCERNS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_session_of_id IF NOT EXISTS FOR ()-[r:SESSION_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_conducts_id IF NOT EXISTS FOR ()-[r:CONDUCTS]-() REQUIRE r.id IS UNIQUE;
