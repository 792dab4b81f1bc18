-- 0011: workshop days: the agenda of each day and attendance per person.
CREATE TABLE "workshops" (
    "WerkstattId" TEXT NOT NULL CONSTRAINT "PK_workshops" PRIMARY KEY,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_workshops_werkstaetten_WerkstattId" FOREIGN KEY ("WerkstattId") REFERENCES "werkstaetten" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "workshop_agenda_entries" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_workshop_agenda_entries" PRIMARY KEY AUTOINCREMENT,
    "Day" INTEGER NOT NULL,
    "Position" INTEGER NOT NULL,
    "Kind" TEXT NOT NULL,
    "ProcessId" TEXT NULL,
    "Title" TEXT NULL,
    "StartMinutes" INTEGER NOT NULL,
    "DurationMinutes" INTEGER NOT NULL,
    "WerkstattId" TEXT NOT NULL,
    CONSTRAINT "FK_workshop_agenda_entries_workshops_WerkstattId" FOREIGN KEY ("WerkstattId") REFERENCES "workshops" ("WerkstattId") ON DELETE CASCADE
);

CREATE INDEX "IX_workshop_agenda_entries_WerkstattId" ON "workshop_agenda_entries" ("WerkstattId");

CREATE TABLE "workshop_attendance" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_workshop_attendance" PRIMARY KEY AUTOINCREMENT,
    "Day" INTEGER NOT NULL,
    "PersonId" TEXT NOT NULL,
    "MemberId" TEXT NOT NULL,
    "Present" INTEGER NOT NULL,
    "WerkstattId" TEXT NOT NULL,
    CONSTRAINT "FK_workshop_attendance_workshops_WerkstattId" FOREIGN KEY ("WerkstattId") REFERENCES "workshops" ("WerkstattId") ON DELETE CASCADE
);

CREATE INDEX "IX_workshop_attendance_WerkstattId" ON "workshop_attendance" ("WerkstattId");
