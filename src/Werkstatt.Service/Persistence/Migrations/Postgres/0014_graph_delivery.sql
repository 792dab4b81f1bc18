-- 0014: Microsoft Graph delivery of invitations: when the events are next due, failed attempts, and per day the
-- snapshot of what Graph holds (to PATCH only what changed) instead of a sequence number.

ALTER TABLE werkstatt_calendars ADD "GraphDueAt" timestamp with time zone NULL;

ALTER TABLE werkstatt_calendars ADD "GraphAttempts" integer NOT NULL DEFAULT 0;

ALTER TABLE calendar_days ADD "GraphState" text NULL;

ALTER TABLE calendar_days DROP COLUMN "GraphSequence";

CREATE INDEX "IX_werkstatt_calendars_GraphDueAt" ON werkstatt_calendars ("GraphDueAt");
