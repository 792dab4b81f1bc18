-- 0015: workshop notes (weak spots, ideas, good practice, open questions, decisions) and action items per process.
CREATE TABLE workshop_action_items (
    "Id" uuid NOT NULL,
    "WerkstattId" uuid NOT NULL,
    "ProcessId" uuid NOT NULL,
    "Text" character varying(1000) NOT NULL,
    "Owner" uuid NOT NULL,
    "Due" date NOT NULL,
    "Status" character varying(10) NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "CreatedBy" character varying(200) NOT NULL,
    "DoneAt" timestamp with time zone,
    "DoneBy" character varying(200),
    "Version" integer NOT NULL,
    CONSTRAINT "PK_workshop_action_items" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_workshop_action_items_members_Owner" FOREIGN KEY ("Owner") REFERENCES members ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_workshop_action_items_processes_ProcessId" FOREIGN KEY ("ProcessId") REFERENCES processes ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_workshop_action_items_werkstaetten_WerkstattId" FOREIGN KEY ("WerkstattId") REFERENCES werkstaetten ("Id") ON DELETE RESTRICT
);

CREATE TABLE workshop_notes (
    "Id" uuid NOT NULL,
    "WerkstattId" uuid NOT NULL,
    "ProcessId" uuid NOT NULL,
    "Kind" character varying(20) NOT NULL,
    "Text" character varying(2000) NOT NULL,
    "MemberId" uuid,
    "WrittenAt" timestamp with time zone NOT NULL,
    "WrittenBy" character varying(200) NOT NULL,
    "ChangedAt" timestamp with time zone,
    "Version" integer NOT NULL,
    CONSTRAINT "PK_workshop_notes" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_workshop_notes_members_MemberId" FOREIGN KEY ("MemberId") REFERENCES members ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_workshop_notes_processes_ProcessId" FOREIGN KEY ("ProcessId") REFERENCES processes ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_workshop_notes_werkstaetten_WerkstattId" FOREIGN KEY ("WerkstattId") REFERENCES werkstaetten ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_workshop_action_items_Owner_Status" ON workshop_action_items ("Owner", "Status");

CREATE INDEX "IX_workshop_action_items_ProcessId" ON workshop_action_items ("ProcessId");

CREATE INDEX "IX_workshop_action_items_WerkstattId_ProcessId" ON workshop_action_items ("WerkstattId", "ProcessId");

CREATE INDEX "IX_workshop_notes_MemberId" ON workshop_notes ("MemberId");

CREATE INDEX "IX_workshop_notes_ProcessId" ON workshop_notes ("ProcessId");

CREATE INDEX "IX_workshop_notes_WerkstattId_ProcessId" ON workshop_notes ("WerkstattId", "ProcessId");

