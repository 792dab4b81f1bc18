-- 0008: the audit trail (who changed what, when), written in the transaction of each change.
CREATE TABLE "audit_entries" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_audit_entries" PRIMARY KEY,
    "At" INTEGER NOT NULL,
    "NetworkId" TEXT NULL,
    "MemberId" TEXT NULL,
    "ActorId" TEXT NOT NULL,
    "ActorName" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Action" TEXT NOT NULL,
    "EntityType" TEXT NOT NULL,
    "EntityId" TEXT NOT NULL,
    "Summary" TEXT NOT NULL
);

CREATE INDEX "IX_audit_entries_ActorId" ON "audit_entries" ("ActorId");

CREATE INDEX "IX_audit_entries_At" ON "audit_entries" ("At");

CREATE INDEX "IX_audit_entries_EntityId" ON "audit_entries" ("EntityId");

CREATE INDEX "IX_audit_entries_NetworkId_At" ON "audit_entries" ("NetworkId", "At");
