-- 0009: submissions (model versions and their files, profiles, quality review history and comments) and the network's convention settings.
CREATE TABLE "network_conventions" (
    "NetworkId" TEXT NOT NULL CONSTRAINT "PK_network_conventions" PRIMARY KEY,
    "ChangedAt" INTEGER NULL,
    "ChangedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_network_conventions_networks_NetworkId" FOREIGN KEY ("NetworkId") REFERENCES "networks" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "network_convention_rules" (
    "RuleId" TEXT NOT NULL,
    "NetworkId" TEXT NOT NULL,
    "Enabled" INTEGER NOT NULL,
    "Level" TEXT NOT NULL,
    CONSTRAINT "PK_network_convention_rules" PRIMARY KEY ("NetworkId", "RuleId"),
    CONSTRAINT "FK_network_convention_rules_network_conventions_NetworkId" FOREIGN KEY ("NetworkId") REFERENCES "network_conventions" ("NetworkId") ON DELETE CASCADE
);

CREATE TABLE "submissions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_submissions" PRIMARY KEY,
    "WerkstattId" TEXT NOT NULL,
    "ProcessId" TEXT NOT NULL,
    "MemberId" TEXT NOT NULL,
    "State" TEXT NOT NULL,
    "ReworkDeadline" INTEGER NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_submissions_members_MemberId" FOREIGN KEY ("MemberId") REFERENCES "members" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_submissions_processes_ProcessId" FOREIGN KEY ("ProcessId") REFERENCES "processes" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_submissions_werkstaetten_WerkstattId" FOREIGN KEY ("WerkstattId") REFERENCES "werkstaetten" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "submission_comments" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_submission_comments" PRIMARY KEY AUTOINCREMENT,
    "Step" INTEGER NOT NULL,
    "ModelVersion" INTEGER NOT NULL,
    "Text" TEXT NOT NULL,
    "ElementId" TEXT NULL,
    "At" INTEGER NOT NULL,
    "By" TEXT NOT NULL,
    "SubmissionId" TEXT NOT NULL,
    CONSTRAINT "FK_submission_comments_submissions_SubmissionId" FOREIGN KEY ("SubmissionId") REFERENCES "submissions" ("Id") ON DELETE CASCADE
);

CREATE TABLE "submission_files" (
    "SubmissionId" TEXT NOT NULL,
    "Number" INTEGER NOT NULL,
    "Content" BLOB NOT NULL,
    CONSTRAINT "PK_submission_files" PRIMARY KEY ("SubmissionId", "Number"),
    CONSTRAINT "FK_submission_files_submissions_SubmissionId" FOREIGN KEY ("SubmissionId") REFERENCES "submissions" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "submission_history" (
    "Number" INTEGER NOT NULL,
    "SubmissionId" TEXT NOT NULL,
    "From" TEXT NOT NULL,
    "To" TEXT NOT NULL,
    "At" INTEGER NOT NULL,
    "By" TEXT NOT NULL,
    "Note" TEXT NULL,
    "Deadline" INTEGER NULL,
    "ModelVersion" INTEGER NULL,
    CONSTRAINT "PK_submission_history" PRIMARY KEY ("SubmissionId", "Number"),
    CONSTRAINT "FK_submission_history_submissions_SubmissionId" FOREIGN KEY ("SubmissionId") REFERENCES "submissions" ("Id") ON DELETE CASCADE
);

CREATE TABLE "submission_profiles" (
    "Number" INTEGER NOT NULL,
    "SubmissionId" TEXT NOT NULL,
    "SavedAt" INTEGER NOT NULL,
    "SavedBy" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "LeikaKey" TEXT NULL,
    "Trigger" TEXT NULL,
    "Result" TEXT NULL,
    "Roles" TEXT NULL,
    "ItSystems" TEXT NULL,
    "CaseVolumePerYear" INTEGER NULL,
    "ProcessingTime" TEXT NULL,
    "MediaBreaks" TEXT NULL,
    "Digitisation" TEXT NULL,
    "LegalBasis" TEXT NULL,
    "Notes" TEXT NULL,
    CONSTRAINT "PK_submission_profiles" PRIMARY KEY ("SubmissionId", "Number"),
    CONSTRAINT "FK_submission_profiles_submissions_SubmissionId" FOREIGN KEY ("SubmissionId") REFERENCES "submissions" ("Id") ON DELETE CASCADE
);

CREATE TABLE "submission_versions" (
    "Number" INTEGER NOT NULL,
    "SubmissionId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "FileName" TEXT NOT NULL,
    "Size" INTEGER NOT NULL,
    "Sha256" TEXT NOT NULL,
    "UploadedAt" INTEGER NOT NULL,
    "UploadedBy" TEXT NOT NULL,
    "Elements" INTEGER NOT NULL,
    "HasDiagram" INTEGER NOT NULL,
    "Problems" INTEGER NOT NULL,
    CONSTRAINT "PK_submission_versions" PRIMARY KEY ("SubmissionId", "Number"),
    CONSTRAINT "FK_submission_versions_submissions_SubmissionId" FOREIGN KEY ("SubmissionId") REFERENCES "submissions" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_submission_comments_SubmissionId" ON "submission_comments" ("SubmissionId");

CREATE INDEX "IX_submissions_MemberId" ON "submissions" ("MemberId");

CREATE INDEX "IX_submissions_ProcessId" ON "submissions" ("ProcessId");

CREATE UNIQUE INDEX "IX_submissions_WerkstattId_ProcessId_MemberId" ON "submissions" ("WerkstattId", "ProcessId", "MemberId");
