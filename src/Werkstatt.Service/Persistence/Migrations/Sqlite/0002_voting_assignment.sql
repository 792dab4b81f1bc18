-- 0002: topics, voting rounds and ballots; processes; member offers (capacity, bids, claims) and staffing plans.
CREATE TABLE "ballots" (
    "WerkstattId" TEXT NOT NULL,
    "MemberId" TEXT NOT NULL,
    "CastAt" INTEGER NULL,
    "CastBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "PK_ballots" PRIMARY KEY ("WerkstattId", "MemberId"),
    CONSTRAINT "FK_ballots_members_MemberId" FOREIGN KEY ("MemberId") REFERENCES "members" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_ballots_werkstaetten_WerkstattId" FOREIGN KEY ("WerkstattId") REFERENCES "werkstaetten" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "member_offers" (
    "WerkstattId" TEXT NOT NULL,
    "MemberId" TEXT NOT NULL,
    "Capacity" INTEGER NOT NULL,
    "CapacityDeclaredAt" INTEGER NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "PK_member_offers" PRIMARY KEY ("WerkstattId", "MemberId"),
    CONSTRAINT "FK_member_offers_members_MemberId" FOREIGN KEY ("MemberId") REFERENCES "members" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_member_offers_werkstaetten_WerkstattId" FOREIGN KEY ("WerkstattId") REFERENCES "werkstaetten" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "staffing_plans" (
    "WerkstattId" TEXT NOT NULL CONSTRAINT "PK_staffing_plans" PRIMARY KEY,
    "ProposedAt" INTEGER NULL,
    "ProposedBy" TEXT NULL,
    "ObjectiveFilled" INTEGER NULL,
    "ObjectiveWants" INTEGER NULL,
    "ObjectiveRatherNots" INTEGER NULL,
    "ObjectiveFairness" INTEGER NULL,
    "ConfirmedAt" INTEGER NULL,
    "ConfirmedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_staffing_plans_werkstaetten_WerkstattId" FOREIGN KEY ("WerkstattId") REFERENCES "werkstaetten" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "topics" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_topics" PRIMARY KEY,
    "WerkstattId" TEXT NOT NULL,
    "MemberId" TEXT NULL,
    "ProposedBy" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "WhyNow" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "MergedInto" TEXT NULL,
    "ProposedAt" INTEGER NOT NULL,
    "ClosedAt" INTEGER NULL,
    "ClosedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_topics_members_MemberId" FOREIGN KEY ("MemberId") REFERENCES "members" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_topics_werkstaetten_WerkstattId" FOREIGN KEY ("WerkstattId") REFERENCES "werkstaetten" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "voting_rounds" (
    "WerkstattId" TEXT NOT NULL CONSTRAINT "PK_voting_rounds" PRIMARY KEY,
    "CountsVisible" INTEGER NOT NULL,
    "ClosedAt" INTEGER NULL,
    "ClosedBy" TEXT NULL,
    "Settings_Budget" INTEGER NOT NULL,
    "Settings_MaxPerTopic" INTEGER NOT NULL,
    "Settings_Winners" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_voting_rounds_werkstaetten_WerkstattId" FOREIGN KEY ("WerkstattId") REFERENCES "werkstaetten" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "plan_gaps" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_plan_gaps" PRIMARY KEY AUTOINCREMENT,
    "ProcessId" TEXT NOT NULL,
    "Slots" INTEGER NOT NULL,
    "Reason" TEXT NOT NULL,
    "WerkstattId" TEXT NOT NULL,
    CONSTRAINT "FK_plan_gaps_staffing_plans_WerkstattId" FOREIGN KEY ("WerkstattId") REFERENCES "staffing_plans" ("WerkstattId") ON DELETE CASCADE
);


CREATE TABLE "plan_overrides" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_plan_overrides" PRIMARY KEY AUTOINCREMENT,
    "ProcessId" TEXT NOT NULL,
    "MemberId" TEXT NOT NULL,
    "Assigned" INTEGER NOT NULL,
    "Violations" TEXT NULL,
    "At" INTEGER NOT NULL,
    "By" TEXT NOT NULL,
    "WerkstattId" TEXT NOT NULL,
    CONSTRAINT "FK_plan_overrides_staffing_plans_WerkstattId" FOREIGN KEY ("WerkstattId") REFERENCES "staffing_plans" ("WerkstattId") ON DELETE CASCADE
);


CREATE TABLE "ballot_dots" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ballot_dots" PRIMARY KEY AUTOINCREMENT,
    "TopicId" TEXT NOT NULL,
    "Dots" INTEGER NOT NULL,
    "MemberId" TEXT NOT NULL,
    "WerkstattId" TEXT NOT NULL,
    CONSTRAINT "FK_ballot_dots_ballots_WerkstattId_MemberId" FOREIGN KEY ("WerkstattId", "MemberId") REFERENCES "ballots" ("WerkstattId", "MemberId") ON DELETE CASCADE,
    CONSTRAINT "FK_ballot_dots_topics_TopicId" FOREIGN KEY ("TopicId") REFERENCES "topics" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "processes" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_processes" PRIMARY KEY,
    "WerkstattId" TEXT NOT NULL,
    "TopicId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "LeikaKey" TEXT NULL,
    "ModellersNeeded" INTEGER NOT NULL,
    "Levels" TEXT NOT NULL,
    "CrossesLevels" INTEGER NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_processes_topics_TopicId" FOREIGN KEY ("TopicId") REFERENCES "topics" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_processes_werkstaetten_WerkstattId" FOREIGN KEY ("WerkstattId") REFERENCES "werkstaetten" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "voting_result_topics" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_voting_result_topics" PRIMARY KEY AUTOINCREMENT,
    "Position" INTEGER NOT NULL,
    "TopicId" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Votes" INTEGER NOT NULL,
    "Rank" INTEGER NOT NULL,
    "Outcome" TEXT NOT NULL,
    "WerkstattId" TEXT NOT NULL,
    CONSTRAINT "FK_voting_result_topics_voting_rounds_WerkstattId" FOREIGN KEY ("WerkstattId") REFERENCES "voting_rounds" ("WerkstattId") ON DELETE CASCADE
);


CREATE TABLE "voting_result_votes" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_voting_result_votes" PRIMARY KEY AUTOINCREMENT,
    "MemberId" TEXT NOT NULL,
    "MemberName" TEXT NOT NULL,
    "TopicId" TEXT NOT NULL,
    "TopicTitle" TEXT NOT NULL,
    "Dots" INTEGER NOT NULL,
    "WerkstattId" TEXT NOT NULL,
    CONSTRAINT "FK_voting_result_votes_voting_rounds_WerkstattId" FOREIGN KEY ("WerkstattId") REFERENCES "voting_rounds" ("WerkstattId") ON DELETE CASCADE
);


CREATE TABLE "offer_bids" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_offer_bids" PRIMARY KEY AUTOINCREMENT,
    "ProcessId" TEXT NOT NULL,
    "Bid" TEXT NOT NULL,
    "MemberId" TEXT NOT NULL,
    "WerkstattId" TEXT NOT NULL,
    CONSTRAINT "FK_offer_bids_member_offers_WerkstattId_MemberId" FOREIGN KEY ("WerkstattId", "MemberId") REFERENCES "member_offers" ("WerkstattId", "MemberId") ON DELETE CASCADE,
    CONSTRAINT "FK_offer_bids_processes_ProcessId" FOREIGN KEY ("ProcessId") REFERENCES "processes" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "offer_claims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_offer_claims" PRIMARY KEY AUTOINCREMENT,
    "ProcessId" TEXT NOT NULL,
    "Slot" INTEGER NOT NULL,
    "ClaimedAt" INTEGER NOT NULL,
    "ClaimedBy" TEXT NOT NULL,
    "MemberId" TEXT NOT NULL,
    "WerkstattId" TEXT NOT NULL,
    CONSTRAINT "FK_offer_claims_member_offers_WerkstattId_MemberId" FOREIGN KEY ("WerkstattId", "MemberId") REFERENCES "member_offers" ("WerkstattId", "MemberId") ON DELETE CASCADE,
    CONSTRAINT "FK_offer_claims_processes_ProcessId" FOREIGN KEY ("ProcessId") REFERENCES "processes" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "plan_cells" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_plan_cells" PRIMARY KEY AUTOINCREMENT,
    "ProcessId" TEXT NOT NULL,
    "MemberId" TEXT NOT NULL,
    "Source" TEXT NOT NULL,
    "Reason" TEXT NOT NULL,
    "Violations" TEXT NULL,
    "WerkstattId" TEXT NOT NULL,
    CONSTRAINT "FK_plan_cells_processes_ProcessId" FOREIGN KEY ("ProcessId") REFERENCES "processes" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_plan_cells_staffing_plans_WerkstattId" FOREIGN KEY ("WerkstattId") REFERENCES "staffing_plans" ("WerkstattId") ON DELETE CASCADE
);


CREATE INDEX "IX_ballot_dots_TopicId" ON "ballot_dots" ("TopicId");


CREATE INDEX "IX_ballot_dots_WerkstattId_MemberId" ON "ballot_dots" ("WerkstattId", "MemberId");


CREATE INDEX "IX_ballots_MemberId" ON "ballots" ("MemberId");


CREATE INDEX "IX_member_offers_MemberId" ON "member_offers" ("MemberId");


CREATE INDEX "IX_offer_bids_ProcessId" ON "offer_bids" ("ProcessId");


CREATE INDEX "IX_offer_bids_WerkstattId_MemberId" ON "offer_bids" ("WerkstattId", "MemberId");


CREATE UNIQUE INDEX "IX_offer_claims_ProcessId_Slot" ON "offer_claims" ("ProcessId", "Slot");


CREATE UNIQUE INDEX "IX_offer_claims_WerkstattId_MemberId_ProcessId" ON "offer_claims" ("WerkstattId", "MemberId", "ProcessId");


CREATE INDEX "IX_plan_cells_ProcessId" ON "plan_cells" ("ProcessId");


CREATE UNIQUE INDEX "IX_plan_cells_WerkstattId_ProcessId_MemberId" ON "plan_cells" ("WerkstattId", "ProcessId", "MemberId");


CREATE INDEX "IX_plan_gaps_WerkstattId" ON "plan_gaps" ("WerkstattId");


CREATE INDEX "IX_plan_overrides_WerkstattId" ON "plan_overrides" ("WerkstattId");


CREATE INDEX "IX_processes_TopicId" ON "processes" ("TopicId");


CREATE INDEX "IX_processes_WerkstattId" ON "processes" ("WerkstattId");


CREATE INDEX "IX_topics_MemberId" ON "topics" ("MemberId");


CREATE INDEX "IX_topics_WerkstattId_Status" ON "topics" ("WerkstattId", "Status");


CREATE INDEX "IX_voting_result_topics_WerkstattId" ON "voting_result_topics" ("WerkstattId");


CREATE INDEX "IX_voting_result_votes_WerkstattId" ON "voting_result_votes" ("WerkstattId");
