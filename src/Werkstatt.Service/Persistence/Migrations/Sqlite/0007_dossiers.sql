-- 0007: the pre-read dossier – build requests (release, detected changes) and the stored versions.
CREATE TABLE "dossier_requests" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_dossier_requests" PRIMARY KEY,
    "WerkstattId" TEXT NOT NULL,
    "Key" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "RequestedAt" INTEGER NOT NULL,
    "RequestedBy" TEXT NOT NULL,
    "ClaimedBy" TEXT NULL,
    "ClaimedAt" INTEGER NULL,
    "CompletedAt" INTEGER NULL,
    "DossierId" TEXT NULL,
    "Attempts" INTEGER NOT NULL,
    "LastError" TEXT NULL
);

CREATE TABLE "dossiers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_dossiers" PRIMARY KEY,
    "WerkstattId" TEXT NOT NULL,
    "NetworkId" TEXT NOT NULL,
    "Number" INTEGER NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "Reason" TEXT NOT NULL,
    "FileName" TEXT NOT NULL,
    "SizeBytes" INTEGER NOT NULL,
    "Sha256" TEXT NOT NULL,
    "PageCount" INTEGER NOT NULL,
    "Summary" TEXT NOT NULL,
    "Fingerprint" TEXT NOT NULL
);

CREATE UNIQUE INDEX "IX_dossier_requests_Key" ON "dossier_requests" ("Key");

CREATE INDEX "IX_dossier_requests_WerkstattId_CompletedAt" ON "dossier_requests" ("WerkstattId", "CompletedAt");

CREATE UNIQUE INDEX "IX_dossiers_WerkstattId_Number" ON "dossiers" ("WerkstattId", "Number");

