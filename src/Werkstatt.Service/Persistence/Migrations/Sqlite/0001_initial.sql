-- 0001: accounts (ASP.NET Core Identity), networks, members, people, Werkstätten and their phase history.
CREATE TABLE "AspNetRoles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetRoles" PRIMARY KEY,
    "Name" TEXT NULL,
    "NormalizedName" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL
);


CREATE TABLE "AspNetUsers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetUsers" PRIMARY KEY,
    "PersonId" TEXT NULL,
    "DisplayName" TEXT NOT NULL,
    "UserName" TEXT NULL,
    "NormalizedUserName" TEXT NULL,
    "Email" TEXT NULL,
    "NormalizedEmail" TEXT NULL,
    "EmailConfirmed" INTEGER NOT NULL,
    "PasswordHash" TEXT NULL,
    "SecurityStamp" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL,
    "PhoneNumber" TEXT NULL,
    "PhoneNumberConfirmed" INTEGER NOT NULL,
    "TwoFactorEnabled" INTEGER NOT NULL,
    "LockoutEnd" INTEGER NULL,
    "LockoutEnabled" INTEGER NOT NULL,
    "AccessFailedCount" INTEGER NOT NULL
);


CREATE TABLE "networks" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_networks" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "FederalState" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "Template_AssignmentConfirmedDays" INTEGER NOT NULL,
    "Template_DeadlineTime" TEXT NOT NULL,
    "Template_FollowUpDueDays" INTEGER NOT NULL,
    "Template_ModelsDueDays" INTEGER NOT NULL,
    "Template_OpeningTime" TEXT NOT NULL,
    "Template_PreReadOutDays" INTEGER NOT NULL,
    "Template_ReviewDueDays" INTEGER NOT NULL,
    "Template_TopicCollectionOpensDays" INTEGER NOT NULL,
    "Template_VotingClosesDays" INTEGER NOT NULL,
    "Template_WorkshopDays" INTEGER NOT NULL,
    "Template_WorkshopEndTime" TEXT NOT NULL,
    "Template_WorkshopStartTime" TEXT NOT NULL,
    "Version" INTEGER NOT NULL
);


CREATE TABLE "AspNetRoleClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetRoleClaims" PRIMARY KEY AUTOINCREMENT,
    "RoleId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetRoleClaims_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetUserClaims" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetUserClaims_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserLogins" (
    "LoginProvider" TEXT NOT NULL,
    "ProviderKey" TEXT NOT NULL,
    "ProviderDisplayName" TEXT NULL,
    "UserId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserLogins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
    CONSTRAINT "FK_AspNetUserLogins_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserRoles" (
    "UserId" TEXT NOT NULL,
    "RoleId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserRoles" PRIMARY KEY ("UserId", "RoleId"),
    CONSTRAINT "FK_AspNetUserRoles_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AspNetUserRoles_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserTokens" (
    "UserId" TEXT NOT NULL,
    "LoginProvider" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Value" TEXT NULL,
    CONSTRAINT "PK_AspNetUserTokens" PRIMARY KEY ("UserId", "LoginProvider", "Name"),
    CONSTRAINT "FK_AspNetUserTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "members" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_members" PRIMARY KEY,
    "NetworkId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Level" TEXT NOT NULL,
    "Population" INTEGER NOT NULL,
    "StaffCount" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_members_networks_NetworkId" FOREIGN KEY ("NetworkId") REFERENCES "networks" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "werkstaetten" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_werkstaetten" PRIMARY KEY,
    "NetworkId" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Phase" TEXT NOT NULL,
    "CancellationReason" TEXT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "Schedule_AssignmentConfirmed" INTEGER NOT NULL,
    "Schedule_Day1End" INTEGER NOT NULL,
    "Schedule_Day1Start" INTEGER NOT NULL,
    "Schedule_Day2End" INTEGER NULL,
    "Schedule_Day2Start" INTEGER NULL,
    "Schedule_FollowUpDue" INTEGER NOT NULL,
    "Schedule_ModelsDue" INTEGER NOT NULL,
    "Schedule_PreReadOut" INTEGER NOT NULL,
    "Schedule_ReviewDue" INTEGER NOT NULL,
    "Schedule_TopicCollectionOpens" INTEGER NOT NULL,
    "Schedule_VotingCloses" INTEGER NOT NULL,
    "Venue_Address" TEXT NULL,
    "Venue_Format" TEXT NOT NULL,
    "Venue_MeetingUrl" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_werkstaetten_networks_NetworkId" FOREIGN KEY ("NetworkId") REFERENCES "networks" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "people" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_people" PRIMARY KEY,
    "NetworkId" TEXT NOT NULL,
    "MemberId" TEXT NULL,
    "Name" TEXT NOT NULL,
    "Email" TEXT NOT NULL,
    "Function" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_people_members_MemberId" FOREIGN KEY ("MemberId") REFERENCES "members" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_people_networks_NetworkId" FOREIGN KEY ("NetworkId") REFERENCES "networks" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "werkstatt_phase_changes" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_werkstatt_phase_changes" PRIMARY KEY AUTOINCREMENT,
    "From" TEXT NOT NULL,
    "To" TEXT NOT NULL,
    "At" INTEGER NOT NULL,
    "By" TEXT NULL,
    "Note" TEXT NULL,
    "WerkstattId" TEXT NOT NULL,
    CONSTRAINT "FK_werkstatt_phase_changes_werkstaetten_WerkstattId" FOREIGN KEY ("WerkstattId") REFERENCES "werkstaetten" ("Id") ON DELETE CASCADE
);


CREATE INDEX "IX_AspNetRoleClaims_RoleId" ON "AspNetRoleClaims" ("RoleId");


CREATE UNIQUE INDEX "RoleNameIndex" ON "AspNetRoles" ("NormalizedName");


CREATE INDEX "IX_AspNetUserClaims_UserId" ON "AspNetUserClaims" ("UserId");


CREATE INDEX "IX_AspNetUserLogins_UserId" ON "AspNetUserLogins" ("UserId");


CREATE INDEX "IX_AspNetUserRoles_RoleId" ON "AspNetUserRoles" ("RoleId");


CREATE INDEX "EmailIndex" ON "AspNetUsers" ("NormalizedEmail");


CREATE UNIQUE INDEX "UserNameIndex" ON "AspNetUsers" ("NormalizedUserName");


CREATE UNIQUE INDEX "IX_members_NetworkId_Name" ON "members" ("NetworkId", "Name");


CREATE INDEX "IX_people_MemberId" ON "people" ("MemberId");


CREATE UNIQUE INDEX "IX_people_NetworkId_Email" ON "people" ("NetworkId", "Email");


CREATE INDEX "IX_werkstaetten_NetworkId_Phase" ON "werkstaetten" ("NetworkId", "Phase");


CREATE INDEX "IX_werkstatt_phase_changes_WerkstattId" ON "werkstatt_phase_changes" ("WerkstattId");



