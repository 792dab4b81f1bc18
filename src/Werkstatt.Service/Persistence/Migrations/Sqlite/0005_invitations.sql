-- 0005: workshop participants, the invitations' calendar (days with UID/SEQUENCE, invited attendees),
-- private calendar feeds, and outbox messages that carry an iCalendar part.

CREATE TABLE "participants" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_participants" PRIMARY KEY,
    "WerkstattId" TEXT NOT NULL,
    "NetworkId" TEXT NOT NULL,
    "PersonId" TEXT NOT NULL,
    "MemberId" TEXT NOT NULL,
    "Role" TEXT NOT NULL,
    "Function" TEXT NULL,
    "Processes" TEXT NOT NULL,
    "RegisteredAt" INTEGER NOT NULL,
    "RegisteredBy" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_participants_members_MemberId" FOREIGN KEY ("MemberId") REFERENCES "members" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_participants_people_PersonId" FOREIGN KEY ("PersonId") REFERENCES "people" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_participants_werkstaetten_WerkstattId" FOREIGN KEY ("WerkstattId") REFERENCES "werkstaetten" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "werkstatt_calendars" (
    "WerkstattId" TEXT NOT NULL CONSTRAINT "PK_werkstatt_calendars" PRIMARY KEY,
    "NetworkId" TEXT NOT NULL,
    "Delivery" TEXT NOT NULL,
    "TeamsMeeting" INTEGER NOT NULL,
    "SentAt" INTEGER NULL,
    "GraphError" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_werkstatt_calendars_werkstaetten_WerkstattId" FOREIGN KEY ("WerkstattId") REFERENCES "werkstaetten" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "calendar_days" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_calendar_days" PRIMARY KEY AUTOINCREMENT,
    "Number" INTEGER NOT NULL,
    "Sequence" INTEGER NOT NULL,
    "Start" INTEGER NOT NULL,
    "End" INTEGER NOT NULL,
    "Location" TEXT NOT NULL,
    "Link" TEXT NULL,
    "Cancelled" INTEGER NOT NULL,
    "GraphEventId" TEXT NULL,
    "GraphSequence" INTEGER NULL,
    "JoinUrl" TEXT NULL,
    "WerkstattId" TEXT NOT NULL,
    CONSTRAINT "FK_calendar_days_werkstatt_calendars_WerkstattId" FOREIGN KEY ("WerkstattId") REFERENCES "werkstatt_calendars" ("WerkstattId") ON DELETE CASCADE
);

CREATE TABLE "calendar_attendees" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_calendar_attendees" PRIMARY KEY AUTOINCREMENT,
    "PersonId" TEXT NOT NULL,
    "Email" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "InvitedAt" INTEGER NOT NULL,
    "RemovedAt" INTEGER NULL,
    "Generation" INTEGER NOT NULL,
    "WerkstattId" TEXT NOT NULL,
    CONSTRAINT "FK_calendar_attendees_werkstatt_calendars_WerkstattId" FOREIGN KEY ("WerkstattId") REFERENCES "werkstatt_calendars" ("WerkstattId") ON DELETE CASCADE
);

CREATE TABLE "calendar_feed_tokens" (
    "PersonId" TEXT NOT NULL CONSTRAINT "PK_calendar_feed_tokens" PRIMARY KEY,
    "TokenHash" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL
);

ALTER TABLE "outbox_messages" ADD COLUMN "CalendarMethod" TEXT NULL;

ALTER TABLE "outbox_messages" ADD COLUMN "CalendarBody" TEXT NULL;

CREATE UNIQUE INDEX "IX_calendar_attendees_WerkstattId_PersonId" ON "calendar_attendees" ("WerkstattId", "PersonId");

CREATE UNIQUE INDEX "IX_calendar_days_WerkstattId_Number" ON "calendar_days" ("WerkstattId", "Number");

CREATE UNIQUE INDEX "IX_calendar_feed_tokens_TokenHash" ON "calendar_feed_tokens" ("TokenHash");

CREATE INDEX "IX_participants_MemberId" ON "participants" ("MemberId");

CREATE INDEX "IX_participants_PersonId" ON "participants" ("PersonId");

CREATE UNIQUE INDEX "IX_participants_WerkstattId_PersonId" ON "participants" ("WerkstattId", "PersonId");
