-- 0010: the process library – entries (with a German full-text vector), versions, imports ("Nachnutzung"), files.
CREATE TABLE library_entries (
    "Id" uuid NOT NULL,
    "NetworkId" uuid NOT NULL,
    "Key" character varying(220) NOT NULL,
    "Name" character varying(200) NOT NULL,
    "LeikaKey" character varying(14),
    "Topic" character varying(200),
    "Levels" character varying(100) NOT NULL,
    "MemberIds" text NOT NULL,
    "WerkstattIds" text NOT NULL,
    "LatestOn" date NOT NULL,
    "SearchText" text NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "Version" integer NOT NULL,
    "SearchVector" tsvector GENERATED ALWAYS AS (to_tsvector('german', "SearchText")) STORED,
    CONSTRAINT "PK_library_entries" PRIMARY KEY ("Id")
);

CREATE UNIQUE INDEX "IX_library_entries_NetworkId_Key" ON library_entries ("NetworkId", "Key");
CREATE INDEX "IX_library_entries_NetworkId_LatestOn" ON library_entries ("NetworkId", "LatestOn");
CREATE INDEX "IX_library_entries_NetworkId_LeikaKey" ON library_entries ("NetworkId", "LeikaKey");
CREATE INDEX "IX_library_entries_SearchVector" ON library_entries USING GIN ("SearchVector");

CREATE TABLE library_versions (
    "EntryId" uuid NOT NULL,
    "Number" integer NOT NULL,
    "Source" character varying(20) NOT NULL,
    "WerkstattId" uuid,
    "WerkstattTitle" character varying(200),
    "ProcessId" uuid,
    "HeldOn" date,
    "AddedAt" timestamp with time zone NOT NULL,
    "DossierNumber" integer,
    "WorkshopNotes" text,
    "QaSummary" text,
    "Models" text NOT NULL,
    "Profiles" text NOT NULL,
    CONSTRAINT "PK_library_versions" PRIMARY KEY ("EntryId", "Number"),
    CONSTRAINT "FK_library_versions_library_entries_EntryId" FOREIGN KEY ("EntryId") REFERENCES library_entries ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_library_versions_EntryId_WerkstattId" ON library_versions ("EntryId", "WerkstattId");
CREATE INDEX "IX_library_versions_WerkstattId" ON library_versions ("WerkstattId");

CREATE TABLE library_imports (
    "EntryId" uuid NOT NULL,
    "MemberId" uuid NOT NULL,
    "VersionNumber" integer NOT NULL,
    "At" timestamp with time zone NOT NULL,
    "By" character varying(200) NOT NULL,
    CONSTRAINT "PK_library_imports" PRIMARY KEY ("EntryId", "MemberId", "VersionNumber"),
    CONSTRAINT "FK_library_imports_library_entries_EntryId" FOREIGN KEY ("EntryId") REFERENCES library_entries ("Id") ON DELETE CASCADE
);

CREATE TABLE library_files (
    "NetworkId" uuid NOT NULL,
    "Sha256" character varying(64) NOT NULL,
    "FileName" character varying(255) NOT NULL,
    "Content" bytea NOT NULL,
    "StoredAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_library_files" PRIMARY KEY ("NetworkId", "Sha256")
);
