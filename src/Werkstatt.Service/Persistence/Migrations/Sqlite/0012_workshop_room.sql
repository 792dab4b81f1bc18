-- 0012: workshop room: the agenda's times in the sent calendar days.
ALTER TABLE "calendar_days" ADD COLUMN "AgendaTimes" TEXT NOT NULL DEFAULT '';
