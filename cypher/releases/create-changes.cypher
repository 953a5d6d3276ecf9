// Change records of one release: a row per record written, its JSON before and after.
UNWIND $rows AS row
CREATE (c:Change)
SET c = row
