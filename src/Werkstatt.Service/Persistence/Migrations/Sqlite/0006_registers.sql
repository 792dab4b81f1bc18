-- 0006: blueprints (working copy and published versions) and member registers (entries, own attributes, declined blueprint changes).
CREATE TABLE "blueprints" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_blueprints" PRIMARY KEY,
    "NetworkId" TEXT NOT NULL,
    "Level" TEXT NOT NULL,
    "PublishedVersion" INTEGER NOT NULL,
    "HasUnpublishedChanges" INTEGER NOT NULL,
    "ChangedAt" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_blueprints_networks_NetworkId" FOREIGN KEY ("NetworkId") REFERENCES "networks" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "blueprint_items" (
    "Key" TEXT NOT NULL,
    "BlueprintId" TEXT NOT NULL,
    "ParentKey" TEXT NULL,
    "Kind" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "LeikaKey" TEXT NULL,
    "Description" TEXT NULL,
    "Position" INTEGER NOT NULL,
    CONSTRAINT "PK_blueprint_items" PRIMARY KEY ("BlueprintId", "Key"),
    CONSTRAINT "FK_blueprint_items_blueprints_BlueprintId" FOREIGN KEY ("BlueprintId") REFERENCES "blueprints" ("Id") ON DELETE CASCADE
);

CREATE TABLE "blueprint_releases" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_blueprint_releases" PRIMARY KEY,
    "BlueprintId" TEXT NOT NULL,
    "Level" TEXT NOT NULL,
    "Number" INTEGER NOT NULL,
    "PublishedAt" INTEGER NOT NULL,
    "PublishedBy" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_blueprint_releases_blueprints_BlueprintId" FOREIGN KEY ("BlueprintId") REFERENCES "blueprints" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "registers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_registers" PRIMARY KEY,
    "NetworkId" TEXT NOT NULL,
    "MemberId" TEXT NOT NULL,
    "BlueprintId" TEXT NOT NULL,
    "BlueprintVersion" INTEGER NOT NULL,
    "IsShared" INTEGER NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "UpdatedAt" INTEGER NOT NULL,
    "UpdatedBy" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_registers_blueprints_BlueprintId" FOREIGN KEY ("BlueprintId") REFERENCES "blueprints" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_registers_members_MemberId" FOREIGN KEY ("MemberId") REFERENCES "members" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_registers_networks_NetworkId" FOREIGN KEY ("NetworkId") REFERENCES "networks" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "blueprint_release_items" (
    "Key" TEXT NOT NULL,
    "ReleaseId" TEXT NOT NULL,
    "ParentKey" TEXT NULL,
    "Kind" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "LeikaKey" TEXT NULL,
    "Description" TEXT NULL,
    "Position" INTEGER NOT NULL,
    CONSTRAINT "PK_blueprint_release_items" PRIMARY KEY ("ReleaseId", "Key"),
    CONSTRAINT "FK_blueprint_release_items_blueprint_releases_ReleaseId" FOREIGN KEY ("ReleaseId") REFERENCES "blueprint_releases" ("Id") ON DELETE CASCADE
);

CREATE TABLE "register_attributes" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_register_attributes" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Choices" TEXT NOT NULL,
    "Position" INTEGER NOT NULL,
    "RegisterId" TEXT NOT NULL,
    CONSTRAINT "FK_register_attributes_registers_RegisterId" FOREIGN KEY ("RegisterId") REFERENCES "registers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "register_declined_changes" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_register_declined_changes" PRIMARY KEY AUTOINCREMENT,
    "Kind" TEXT NOT NULL,
    "ItemKey" TEXT NOT NULL,
    "Value" TEXT NOT NULL,
    "RegisterId" TEXT NOT NULL,
    CONSTRAINT "FK_register_declined_changes_registers_RegisterId" FOREIGN KEY ("RegisterId") REFERENCES "registers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "register_entries" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_register_entries" PRIMARY KEY,
    "BlueprintKey" TEXT NULL,
    "Group" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "BaseName" TEXT NULL,
    "LeikaKey" TEXT NULL,
    "Description" TEXT NULL,
    "IsStruck" INTEGER NOT NULL,
    "StrikeReason" TEXT NULL,
    "OwnerUnit" TEXT NULL,
    "ResponsiblePerson" TEXT NULL,
    "CaseVolume" INTEGER NULL,
    "Priority" TEXT NULL,
    "Status" TEXT NOT NULL,
    "LibraryEntryId" TEXT NULL,
    "Values" TEXT NOT NULL,
    "Position" INTEGER NOT NULL,
    "RegisterId" TEXT NOT NULL,
    CONSTRAINT "FK_register_entries_registers_RegisterId" FOREIGN KEY ("RegisterId") REFERENCES "registers" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_blueprint_releases_BlueprintId_Number" ON "blueprint_releases" ("BlueprintId", "Number");

CREATE UNIQUE INDEX "IX_blueprints_NetworkId_Level" ON "blueprints" ("NetworkId", "Level");

CREATE INDEX "IX_register_attributes_RegisterId" ON "register_attributes" ("RegisterId");

CREATE INDEX "IX_register_declined_changes_RegisterId" ON "register_declined_changes" ("RegisterId");

CREATE INDEX "IX_register_entries_RegisterId_BlueprintKey" ON "register_entries" ("RegisterId", "BlueprintKey");

CREATE INDEX "IX_registers_BlueprintId" ON "registers" ("BlueprintId");

CREATE UNIQUE INDEX "IX_registers_MemberId" ON "registers" ("MemberId");

CREATE INDEX "IX_registers_NetworkId" ON "registers" ("NetworkId");
