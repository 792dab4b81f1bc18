-- 0015: workshop notes (weak spots, ideas, good practice, open questions, decisions) and action items per process.
CREATE TABLE "workshop_action_items" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_workshop_action_items" PRIMARY KEY,
    "WerkstattId" TEXT NOT NULL,
    "ProcessId" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    "Owner" TEXT NOT NULL,
    "Due" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "CreatedBy" TEXT NOT NULL,
    "DoneAt" INTEGER NULL,
    "DoneBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_workshop_action_items_members_Owner" FOREIGN KEY ("Owner") REFERENCES "members" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_workshop_action_items_processes_ProcessId" FOREIGN KEY ("ProcessId") REFERENCES "processes" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_workshop_action_items_werkstaetten_WerkstattId" FOREIGN KEY ("WerkstattId") REFERENCES "werkstaetten" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "workshop_notes" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_workshop_notes" PRIMARY KEY,
    "WerkstattId" TEXT NOT NULL,
    "ProcessId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    "MemberId" TEXT NULL,
    "WrittenAt" INTEGER NOT NULL,
    "WrittenBy" TEXT NOT NULL,
    "ChangedAt" INTEGER NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_workshop_notes_members_MemberId" FOREIGN KEY ("MemberId") REFERENCES "members" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_workshop_notes_processes_ProcessId" FOREIGN KEY ("ProcessId") REFERENCES "processes" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_workshop_notes_werkstaetten_WerkstattId" FOREIGN KEY ("WerkstattId") REFERENCES "werkstaetten" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_workshop_action_items_Owner_Status" ON "workshop_action_items" ("Owner", "Status");

CREATE INDEX "IX_workshop_action_items_ProcessId" ON "workshop_action_items" ("ProcessId");

CREATE INDEX "IX_workshop_action_items_WerkstattId_ProcessId" ON "workshop_action_items" ("WerkstattId", "ProcessId");

CREATE INDEX "IX_workshop_notes_MemberId" ON "workshop_notes" ("MemberId");

CREATE INDEX "IX_workshop_notes_ProcessId" ON "workshop_notes" ("ProcessId");

CREATE INDEX "IX_workshop_notes_WerkstattId_ProcessId" ON "workshop_notes" ("WerkstattId", "ProcessId");

