-- 0013: to-be (SOLL) models: saved versions with their XML, comments on elements, and the live draft of the modeler.
CREATE TABLE "tobe_drafts" (
    "WerkstattId" TEXT NOT NULL,
    "ProcessId" TEXT NOT NULL,
    "Xml" TEXT NOT NULL,
    "Revision" INTEGER NOT NULL,
    "UpdatedAt" INTEGER NOT NULL,
    "UpdatedBy" TEXT NOT NULL,
    CONSTRAINT "PK_tobe_drafts" PRIMARY KEY ("WerkstattId", "ProcessId"),
    CONSTRAINT "FK_tobe_drafts_processes_ProcessId" FOREIGN KEY ("ProcessId") REFERENCES "processes" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_tobe_drafts_werkstaetten_WerkstattId" FOREIGN KEY ("WerkstattId") REFERENCES "werkstaetten" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "tobe_models" (
    "WerkstattId" TEXT NOT NULL,
    "ProcessId" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "PK_tobe_models" PRIMARY KEY ("WerkstattId", "ProcessId"),
    CONSTRAINT "FK_tobe_models_processes_ProcessId" FOREIGN KEY ("ProcessId") REFERENCES "processes" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_tobe_models_werkstaetten_WerkstattId" FOREIGN KEY ("WerkstattId") REFERENCES "werkstaetten" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "tobe_comments" (
    "Number" INTEGER NOT NULL,
    "WerkstattId" TEXT NOT NULL,
    "ProcessId" TEXT NOT NULL,
    "ElementId" TEXT NULL,
    "Text" TEXT NOT NULL,
    "At" INTEGER NOT NULL,
    "By" TEXT NOT NULL,
    CONSTRAINT "PK_tobe_comments" PRIMARY KEY ("WerkstattId", "ProcessId", "Number"),
    CONSTRAINT "FK_tobe_comments_tobe_models_WerkstattId_ProcessId" FOREIGN KEY ("WerkstattId", "ProcessId") REFERENCES "tobe_models" ("WerkstattId", "ProcessId") ON DELETE CASCADE
);

CREATE TABLE "tobe_files" (
    "WerkstattId" TEXT NOT NULL,
    "ProcessId" TEXT NOT NULL,
    "Number" INTEGER NOT NULL,
    "Content" BLOB NOT NULL,
    CONSTRAINT "PK_tobe_files" PRIMARY KEY ("WerkstattId", "ProcessId", "Number"),
    CONSTRAINT "FK_tobe_files_tobe_models_WerkstattId_ProcessId" FOREIGN KEY ("WerkstattId", "ProcessId") REFERENCES "tobe_models" ("WerkstattId", "ProcessId") ON DELETE RESTRICT
);

CREATE TABLE "tobe_versions" (
    "Number" INTEGER NOT NULL,
    "WerkstattId" TEXT NOT NULL,
    "ProcessId" TEXT NOT NULL,
    "SavedAt" INTEGER NOT NULL,
    "SavedBy" TEXT NOT NULL,
    "Basis" TEXT NOT NULL,
    "BasedOnMember" TEXT NULL,
    "BasedOnVersion" INTEGER NULL,
    "Sha256" TEXT NOT NULL,
    "Size" INTEGER NOT NULL,
    "Elements" INTEGER NOT NULL,
    "Problems" INTEGER NOT NULL,
    "Findings" INTEGER NOT NULL,
    CONSTRAINT "PK_tobe_versions" PRIMARY KEY ("WerkstattId", "ProcessId", "Number"),
    CONSTRAINT "FK_tobe_versions_tobe_models_WerkstattId_ProcessId" FOREIGN KEY ("WerkstattId", "ProcessId") REFERENCES "tobe_models" ("WerkstattId", "ProcessId") ON DELETE CASCADE
);

CREATE INDEX "IX_tobe_drafts_ProcessId" ON "tobe_drafts" ("ProcessId");

CREATE INDEX "IX_tobe_models_ProcessId" ON "tobe_models" ("ProcessId");
