-- 0008: the audit trail (who changed what, when), written in the transaction of each change.
CREATE TABLE audit_entries (
    "Id" uuid NOT NULL,
    "At" timestamp with time zone NOT NULL,
    "NetworkId" uuid,
    "MemberId" uuid,
    "ActorId" character varying(100) NOT NULL,
    "ActorName" character varying(200) NOT NULL,
    "Kind" character varying(100) NOT NULL,
    "Action" character varying(100) NOT NULL,
    "EntityType" character varying(100) NOT NULL,
    "EntityId" character varying(100) NOT NULL,
    "Summary" character varying(1000) NOT NULL,
    CONSTRAINT "PK_audit_entries" PRIMARY KEY ("Id")
);

CREATE INDEX "IX_audit_entries_ActorId" ON audit_entries ("ActorId");

CREATE INDEX "IX_audit_entries_At" ON audit_entries ("At");

CREATE INDEX "IX_audit_entries_EntityId" ON audit_entries ("EntityId");

CREATE INDEX "IX_audit_entries_NetworkId_At" ON audit_entries ("NetworkId", "At");
