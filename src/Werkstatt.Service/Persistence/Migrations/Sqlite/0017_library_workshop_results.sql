-- 0017: the workshop's notes and action items per library version as JSON (metadata.json's notes[] and actionItems[]);
-- versions from before keep their workshopNotes text and get empty lists.

ALTER TABLE "library_versions" ADD COLUMN "Notes" TEXT NOT NULL DEFAULT '[]';
ALTER TABLE "library_versions" ADD COLUMN "ActionItems" TEXT NOT NULL DEFAULT '[]';
