-- 0013: to-be (SOLL) models: saved versions with their XML, comments on elements, and the live draft of the modeler.
CREATE TABLE tobe_drafts (
    "WerkstattId" uuid NOT NULL,
    "ProcessId" uuid NOT NULL,
    "Xml" text NOT NULL,
    "Revision" bigint NOT NULL,
    "UpdatedAt" timestamp with time zone NOT NULL,
    "UpdatedBy" character varying(200) NOT NULL,
    CONSTRAINT "PK_tobe_drafts" PRIMARY KEY ("WerkstattId", "ProcessId"),
    CONSTRAINT "FK_tobe_drafts_processes_ProcessId" FOREIGN KEY ("ProcessId") REFERENCES processes ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_tobe_drafts_werkstaetten_WerkstattId" FOREIGN KEY ("WerkstattId") REFERENCES werkstaetten ("Id") ON DELETE RESTRICT
);

CREATE TABLE tobe_models (
    "WerkstattId" uuid NOT NULL,
    "ProcessId" uuid NOT NULL,
    "Version" integer NOT NULL,
    CONSTRAINT "PK_tobe_models" PRIMARY KEY ("WerkstattId", "ProcessId"),
    CONSTRAINT "FK_tobe_models_processes_ProcessId" FOREIGN KEY ("ProcessId") REFERENCES processes ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_tobe_models_werkstaetten_WerkstattId" FOREIGN KEY ("WerkstattId") REFERENCES werkstaetten ("Id") ON DELETE RESTRICT
);

CREATE TABLE tobe_comments (
    "Number" integer NOT NULL,
    "WerkstattId" uuid NOT NULL,
    "ProcessId" uuid NOT NULL,
    "ElementId" character varying(200),
    "Text" character varying(2000) NOT NULL,
    "At" timestamp with time zone NOT NULL,
    "By" character varying(200) NOT NULL,
    CONSTRAINT "PK_tobe_comments" PRIMARY KEY ("WerkstattId", "ProcessId", "Number"),
    CONSTRAINT "FK_tobe_comments_tobe_models_WerkstattId_ProcessId" FOREIGN KEY ("WerkstattId", "ProcessId") REFERENCES tobe_models ("WerkstattId", "ProcessId") ON DELETE CASCADE
);

CREATE TABLE tobe_files (
    "WerkstattId" uuid NOT NULL,
    "ProcessId" uuid NOT NULL,
    "Number" integer NOT NULL,
    "Content" bytea NOT NULL,
    CONSTRAINT "PK_tobe_files" PRIMARY KEY ("WerkstattId", "ProcessId", "Number"),
    CONSTRAINT "FK_tobe_files_tobe_models_WerkstattId_ProcessId" FOREIGN KEY ("WerkstattId", "ProcessId") REFERENCES tobe_models ("WerkstattId", "ProcessId") ON DELETE RESTRICT
);

CREATE TABLE tobe_versions (
    "Number" integer NOT NULL,
    "WerkstattId" uuid NOT NULL,
    "ProcessId" uuid NOT NULL,
    "SavedAt" timestamp with time zone NOT NULL,
    "SavedBy" character varying(200) NOT NULL,
    "Basis" character varying(20) NOT NULL,
    "BasedOnMember" uuid,
    "BasedOnVersion" integer,
    "Sha256" character varying(64) NOT NULL,
    "Size" bigint NOT NULL,
    "Elements" integer NOT NULL,
    "Problems" integer NOT NULL,
    "Findings" integer NOT NULL,
    CONSTRAINT "PK_tobe_versions" PRIMARY KEY ("WerkstattId", "ProcessId", "Number"),
    CONSTRAINT "FK_tobe_versions_tobe_models_WerkstattId_ProcessId" FOREIGN KEY ("WerkstattId", "ProcessId") REFERENCES tobe_models ("WerkstattId", "ProcessId") ON DELETE CASCADE
);

CREATE INDEX "IX_tobe_drafts_ProcessId" ON tobe_drafts ("ProcessId");

CREATE INDEX "IX_tobe_models_ProcessId" ON tobe_models ("ProcessId");
