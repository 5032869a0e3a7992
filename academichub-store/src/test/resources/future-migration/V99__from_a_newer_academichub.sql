-- A migration only a newer AcademicHub would have: SchemaUpgradeTest applies it to prove that older code refuses
-- a database a newer one has upgraded.
CREATE TABLE ah_from_the_future (x INTEGER);
