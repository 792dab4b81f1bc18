-- 0012: workshop room: the agenda's times in the sent calendar days.
ALTER TABLE calendar_days ADD COLUMN "AgendaTimes" character varying(1000) NOT NULL DEFAULT '';

-- The room's capacity (in-person workshops); registrations beyond it wait (derived from the registration order).
ALTER TABLE workshops ADD COLUMN "Capacity" integer;
