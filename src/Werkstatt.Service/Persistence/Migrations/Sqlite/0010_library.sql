-- 0010: the process library – entries, versions, imports ("Nachnutzung"), files, and an FTS5 index kept in sync by triggers.
CREATE TABLE "library_entries" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_library_entries" PRIMARY KEY,
    "NetworkId" TEXT NOT NULL,
    "Key" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "LeikaKey" TEXT NULL,
    "Topic" TEXT NULL,
    "Levels" TEXT NOT NULL,
    "MemberIds" TEXT NOT NULL,
    "WerkstattIds" TEXT NOT NULL,
    "LatestOn" TEXT NOT NULL,
    "SearchText" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL
);

CREATE UNIQUE INDEX "IX_library_entries_NetworkId_Key" ON "library_entries" ("NetworkId", "Key");
CREATE INDEX "IX_library_entries_NetworkId_LatestOn" ON "library_entries" ("NetworkId", "LatestOn");
CREATE INDEX "IX_library_entries_NetworkId_LeikaKey" ON "library_entries" ("NetworkId", "LeikaKey");

CREATE TABLE "library_versions" (
    "EntryId" TEXT NOT NULL,
    "Number" INTEGER NOT NULL,
    "Source" TEXT NOT NULL,
    "WerkstattId" TEXT NULL,
    "WerkstattTitle" TEXT NULL,
    "ProcessId" TEXT NULL,
    "HeldOn" TEXT NULL,
    "AddedAt" INTEGER NOT NULL,
    "DossierNumber" INTEGER NULL,
    "WorkshopNotes" TEXT NULL,
    "QaSummary" TEXT NULL,
    "Models" TEXT NOT NULL,
    "Profiles" TEXT NOT NULL,
    CONSTRAINT "PK_library_versions" PRIMARY KEY ("EntryId", "Number"),
    CONSTRAINT "FK_library_versions_library_entries_EntryId" FOREIGN KEY ("EntryId") REFERENCES "library_entries" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_library_versions_EntryId_WerkstattId" ON "library_versions" ("EntryId", "WerkstattId");
CREATE INDEX "IX_library_versions_WerkstattId" ON "library_versions" ("WerkstattId");

CREATE TABLE "library_imports" (
    "EntryId" TEXT NOT NULL,
    "MemberId" TEXT NOT NULL,
    "VersionNumber" INTEGER NOT NULL,
    "At" INTEGER NOT NULL,
    "By" TEXT NOT NULL,
    CONSTRAINT "PK_library_imports" PRIMARY KEY ("EntryId", "MemberId", "VersionNumber"),
    CONSTRAINT "FK_library_imports_library_entries_EntryId" FOREIGN KEY ("EntryId") REFERENCES "library_entries" ("Id") ON DELETE CASCADE
);

CREATE TABLE "library_files" (
    "NetworkId" TEXT NOT NULL,
    "Sha256" TEXT NOT NULL,
    "FileName" TEXT NOT NULL,
    "Content" BLOB NOT NULL,
    "StoredAt" INTEGER NOT NULL,
    CONSTRAINT "PK_library_files" PRIMARY KEY ("NetworkId", "Sha256")
);

-- Umlauts fold (remove_diacritics 2), so "Anträge" and "Antrage" meet; the service adds prefix matching for German endings.
CREATE VIRTUAL TABLE "library_fts" USING fts5("EntryId" UNINDEXED, "SearchText", tokenize = 'unicode61 remove_diacritics 2');

CREATE TRIGGER "library_entries_fts_insert" AFTER INSERT ON "library_entries" BEGIN
    INSERT INTO "library_fts" ("EntryId", "SearchText") VALUES (new."Id", new."SearchText");
END;

CREATE TRIGGER "library_entries_fts_update" AFTER UPDATE OF "SearchText" ON "library_entries" BEGIN
    DELETE FROM "library_fts" WHERE "EntryId" = old."Id";
    INSERT INTO "library_fts" ("EntryId", "SearchText") VALUES (new."Id", new."SearchText");
END;

CREATE TRIGGER "library_entries_fts_delete" AFTER DELETE ON "library_entries" BEGIN
    DELETE FROM "library_fts" WHERE "EntryId" = old."Id";
END;
