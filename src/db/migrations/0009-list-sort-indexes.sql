-- Staff lists sort by a key and then by id (src/shared/http/list.ts), and exports walk them by keyset on
-- (key, id). These indexes serve the default orders of the lists that grow largest.
CREATE INDEX employers_name_id_idx ON employers (name, id);
CREATE INDEX people_created_at_id_idx ON people (created_at, id);
CREATE INDEX complaints_received_at_id_idx ON complaints (received_at, id);
