-- 0007: the pre-read dossier – build requests (release, detected changes) and the stored versions.
CREATE TABLE dossier_requests (
    "Id" uuid NOT NULL,
    "WerkstattId" uuid NOT NULL,
    "Key" character varying(200) NOT NULL,
    "Kind" character varying(20) NOT NULL,
    "RequestedAt" timestamp with time zone NOT NULL,
    "RequestedBy" character varying(200) NOT NULL,
    "ClaimedBy" character varying(200),
    "ClaimedAt" timestamp with time zone,
    "CompletedAt" timestamp with time zone,
    "DossierId" uuid,
    "Attempts" integer NOT NULL,
    "LastError" character varying(2000),
    CONSTRAINT "PK_dossier_requests" PRIMARY KEY ("Id")
);

CREATE TABLE dossiers (
    "Id" uuid NOT NULL,
    "WerkstattId" uuid NOT NULL,
    "NetworkId" uuid NOT NULL,
    "Number" integer NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "Reason" character varying(4000) NOT NULL,
    "FileName" character varying(300) NOT NULL,
    "SizeBytes" bigint NOT NULL,
    "Sha256" character varying(64) NOT NULL,
    "PageCount" integer NOT NULL,
    "Summary" text NOT NULL,
    "Fingerprint" character varying(64) NOT NULL,
    CONSTRAINT "PK_dossiers" PRIMARY KEY ("Id")
);

CREATE UNIQUE INDEX "IX_dossier_requests_Key" ON dossier_requests ("Key");

CREATE INDEX "IX_dossier_requests_WerkstattId_CompletedAt" ON dossier_requests ("WerkstattId", "CompletedAt");

CREATE UNIQUE INDEX "IX_dossiers_WerkstattId_Number" ON dossiers ("WerkstattId", "Number");

