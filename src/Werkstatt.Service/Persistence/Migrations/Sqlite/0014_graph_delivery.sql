-- 0014: Microsoft Graph delivery of invitations: when the events are next due, failed attempts, and per day the
-- snapshot of what Graph holds (to PATCH only what changed) instead of a sequence number.

ALTER TABLE "werkstatt_calendars" ADD COLUMN "GraphDueAt" INTEGER NULL;

ALTER TABLE "werkstatt_calendars" ADD COLUMN "GraphAttempts" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "calendar_days" ADD COLUMN "GraphState" TEXT NULL;

ALTER TABLE "calendar_days" DROP COLUMN "GraphSequence";

CREATE INDEX "IX_werkstatt_calendars_GraphDueAt" ON "werkstatt_calendars" ("GraphDueAt");
