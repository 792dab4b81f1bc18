-- 0003: background jobs and mail – the outbox, personal notification preferences, per-network reminder offsets,
-- job runs and re-plan requests (from the EF model: `schema script`), then the Quartz.NET job store tables.

CREATE TABLE "job_replan_requests" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_job_replan_requests" PRIMARY KEY AUTOINCREMENT,
    "WerkstattId" TEXT NOT NULL,
    "RequestedAt" INTEGER NOT NULL
);

CREATE TABLE "job_runs" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_job_runs" PRIMARY KEY AUTOINCREMENT,
    "JobName" TEXT NOT NULL,
    "JobGroup" TEXT NOT NULL,
    "WerkstattId" TEXT NULL,
    "Instance" TEXT NOT NULL,
    "ScheduledAt" INTEGER NULL,
    "StartedAt" INTEGER NOT NULL,
    "DurationMs" INTEGER NOT NULL,
    "Outcome" TEXT NOT NULL,
    "Detail" TEXT NULL
);

CREATE TABLE "notification_preferences" (
    "PersonId" TEXT NOT NULL CONSTRAINT "PK_notification_preferences" PRIMARY KEY,
    "Voting" INTEGER NOT NULL,
    "Modelling" INTEGER NOT NULL,
    "Review" INTEGER NOT NULL,
    "Workshop" INTEGER NOT NULL,
    "FollowUp" INTEGER NOT NULL,
    "Escalation" INTEGER NOT NULL,
    "DailyDigest" INTEGER NOT NULL,
    "UpdatedAt" INTEGER NOT NULL
);

CREATE TABLE "outbox_messages" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_outbox_messages" PRIMARY KEY,
    "IdempotencyKey" TEXT NOT NULL,
    "MessageId" TEXT NOT NULL,
    "NetworkId" TEXT NOT NULL,
    "WerkstattId" TEXT NULL,
    "PersonId" TEXT NULL,
    "Reason" TEXT NOT NULL,
    "ToAddress" TEXT NOT NULL,
    "ToName" TEXT NOT NULL,
    "Subject" TEXT NOT NULL,
    "TextBody" TEXT NOT NULL,
    "HtmlBody" TEXT NOT NULL,
    "Link" TEXT NULL,
    "Status" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "DueAt" INTEGER NOT NULL,
    "NextAttemptAt" INTEGER NOT NULL,
    "Attempts" INTEGER NOT NULL,
    "ClaimedBy" TEXT NULL,
    "ClaimedUntil" INTEGER NULL,
    "SentAt" INTEGER NULL,
    "LastError" TEXT NULL,
    "DigestId" TEXT NULL
);

CREATE TABLE "reminder_settings" (
    "NetworkId" TEXT NOT NULL CONSTRAINT "PK_reminder_settings" PRIMARY KEY,
    "VotingDays" TEXT NOT NULL,
    "ModellingDays" TEXT NOT NULL,
    "ReviewDays" TEXT NOT NULL,
    "WorkshopDays" TEXT NOT NULL,
    "FollowUpDays" TEXT NOT NULL,
    "EscalationDays" INTEGER NOT NULL
);

CREATE INDEX "IX_job_runs_StartedAt" ON "job_runs" ("StartedAt");

CREATE INDEX "IX_job_runs_WerkstattId" ON "job_runs" ("WerkstattId");

-- Reminder recipients are found through their logins (AppUserPersonConfiguration).
CREATE INDEX "IX_AspNetUsers_PersonId" ON "AspNetUsers" ("PersonId");

CREATE UNIQUE INDEX "IX_outbox_messages_IdempotencyKey" ON "outbox_messages" ("IdempotencyKey");

CREATE INDEX "IX_outbox_messages_NetworkId_Status" ON "outbox_messages" ("NetworkId", "Status");

CREATE INDEX "IX_outbox_messages_Status_NextAttemptAt" ON "outbox_messages" ("Status", "NextAttemptAt");

CREATE INDEX "IX_outbox_messages_WerkstattId" ON "outbox_messages" ("WerkstattId");

-- Quartz.NET 3.x ADO job store (our reading of Quartz's tables_sqlite.sql, with the columns Quartz 3.22 probes for:
-- misfire_orig_fire_time, execution_group, preferred_node). SQLite runs Quartz non-clustered. The triggers stand in for
-- ON DELETE CASCADE where foreign keys are switched off.
CREATE TABLE qrtz_job_details (
    sched_name NVARCHAR(120) NOT NULL,
    job_name NVARCHAR(200) NOT NULL,
    job_group NVARCHAR(200) NOT NULL,
    description NVARCHAR(250) NULL,
    job_class_name NVARCHAR(250) NOT NULL,
    is_durable BIT NOT NULL,
    is_nonconcurrent BIT NOT NULL,
    is_update_data BIT NOT NULL,
    requests_recovery BIT NOT NULL,
    job_data BLOB NULL,
    PRIMARY KEY (sched_name, job_name, job_group)
);

CREATE TABLE qrtz_triggers (
    sched_name NVARCHAR(120) NOT NULL,
    trigger_name NVARCHAR(200) NOT NULL,
    trigger_group NVARCHAR(200) NOT NULL,
    job_name NVARCHAR(200) NOT NULL,
    job_group NVARCHAR(200) NOT NULL,
    description NVARCHAR(250) NULL,
    next_fire_time BIGINT NULL,
    prev_fire_time BIGINT NULL,
    priority INTEGER NULL,
    trigger_state NVARCHAR(16) NOT NULL,
    trigger_type NVARCHAR(8) NOT NULL,
    start_time BIGINT NOT NULL,
    end_time BIGINT NULL,
    calendar_name NVARCHAR(200) NULL,
    misfire_instr INTEGER NULL,
    misfire_orig_fire_time BIGINT NULL,
    execution_group NVARCHAR(200) NULL,
    preferred_node NVARCHAR(200) NULL,
    preferred_node_auto BIT NOT NULL DEFAULT 0,
    job_data BLOB NULL,
    PRIMARY KEY (sched_name, trigger_name, trigger_group),
    FOREIGN KEY (sched_name, job_name, job_group) REFERENCES qrtz_job_details (sched_name, job_name, job_group)
);

CREATE TABLE qrtz_simple_triggers (
    sched_name NVARCHAR(120) NOT NULL,
    trigger_name NVARCHAR(200) NOT NULL,
    trigger_group NVARCHAR(200) NOT NULL,
    repeat_count BIGINT NOT NULL,
    repeat_interval BIGINT NOT NULL,
    times_triggered BIGINT NOT NULL,
    PRIMARY KEY (sched_name, trigger_name, trigger_group),
    FOREIGN KEY (sched_name, trigger_name, trigger_group) REFERENCES qrtz_triggers (sched_name, trigger_name, trigger_group) ON DELETE CASCADE
);

CREATE TRIGGER qrtz_delete_simple_trigger DELETE ON qrtz_triggers
BEGIN
    DELETE FROM qrtz_simple_triggers WHERE sched_name = OLD.sched_name AND trigger_name = OLD.trigger_name AND trigger_group = OLD.trigger_group;
END;

CREATE TABLE qrtz_simprop_triggers (
    sched_name NVARCHAR(120) NOT NULL,
    trigger_name NVARCHAR(200) NOT NULL,
    trigger_group NVARCHAR(200) NOT NULL,
    str_prop_1 NVARCHAR(512) NULL,
    str_prop_2 NVARCHAR(512) NULL,
    str_prop_3 NVARCHAR(512) NULL,
    int_prop_1 INT NULL,
    int_prop_2 INT NULL,
    long_prop_1 BIGINT NULL,
    long_prop_2 BIGINT NULL,
    dec_prop_1 NUMERIC NULL,
    dec_prop_2 NUMERIC NULL,
    bool_prop_1 BIT NULL,
    bool_prop_2 BIT NULL,
    time_zone_id NVARCHAR(80) NULL,
    PRIMARY KEY (sched_name, trigger_name, trigger_group),
    FOREIGN KEY (sched_name, trigger_name, trigger_group) REFERENCES qrtz_triggers (sched_name, trigger_name, trigger_group) ON DELETE CASCADE
);

CREATE TRIGGER qrtz_delete_simprop_trigger DELETE ON qrtz_triggers
BEGIN
    DELETE FROM qrtz_simprop_triggers WHERE sched_name = OLD.sched_name AND trigger_name = OLD.trigger_name AND trigger_group = OLD.trigger_group;
END;

CREATE TABLE qrtz_cron_triggers (
    sched_name NVARCHAR(120) NOT NULL,
    trigger_name NVARCHAR(200) NOT NULL,
    trigger_group NVARCHAR(200) NOT NULL,
    cron_expression NVARCHAR(250) NOT NULL,
    time_zone_id NVARCHAR(80),
    PRIMARY KEY (sched_name, trigger_name, trigger_group),
    FOREIGN KEY (sched_name, trigger_name, trigger_group) REFERENCES qrtz_triggers (sched_name, trigger_name, trigger_group) ON DELETE CASCADE
);

CREATE TRIGGER qrtz_delete_cron_trigger DELETE ON qrtz_triggers
BEGIN
    DELETE FROM qrtz_cron_triggers WHERE sched_name = OLD.sched_name AND trigger_name = OLD.trigger_name AND trigger_group = OLD.trigger_group;
END;

CREATE TABLE qrtz_blob_triggers (
    sched_name NVARCHAR(120) NOT NULL,
    trigger_name NVARCHAR(200) NOT NULL,
    trigger_group NVARCHAR(200) NOT NULL,
    blob_data BLOB NULL,
    PRIMARY KEY (sched_name, trigger_name, trigger_group),
    FOREIGN KEY (sched_name, trigger_name, trigger_group) REFERENCES qrtz_triggers (sched_name, trigger_name, trigger_group) ON DELETE CASCADE
);

CREATE TRIGGER qrtz_delete_blob_trigger DELETE ON qrtz_triggers
BEGIN
    DELETE FROM qrtz_blob_triggers WHERE sched_name = OLD.sched_name AND trigger_name = OLD.trigger_name AND trigger_group = OLD.trigger_group;
END;

CREATE TABLE qrtz_calendars (
    sched_name NVARCHAR(120) NOT NULL,
    calendar_name NVARCHAR(200) NOT NULL,
    calendar BLOB NOT NULL,
    PRIMARY KEY (sched_name, calendar_name)
);

CREATE TABLE qrtz_paused_trigger_grps (
    sched_name NVARCHAR(120) NOT NULL,
    trigger_group NVARCHAR(200) NOT NULL,
    PRIMARY KEY (sched_name, trigger_group)
);

CREATE TABLE qrtz_fired_triggers (
    sched_name NVARCHAR(120) NOT NULL,
    entry_id NVARCHAR(140) NOT NULL,
    trigger_name NVARCHAR(200) NOT NULL,
    trigger_group NVARCHAR(200) NOT NULL,
    instance_name NVARCHAR(200) NOT NULL,
    fired_time BIGINT NOT NULL,
    sched_time BIGINT NOT NULL,
    priority INTEGER NOT NULL,
    state NVARCHAR(16) NOT NULL,
    job_name NVARCHAR(200) NULL,
    job_group NVARCHAR(200) NULL,
    is_nonconcurrent BIT NULL,
    requests_recovery BIT NULL,
    execution_group NVARCHAR(200) NULL,
    PRIMARY KEY (sched_name, entry_id)
);

CREATE TABLE qrtz_scheduler_state (
    sched_name NVARCHAR(120) NOT NULL,
    instance_name NVARCHAR(200) NOT NULL,
    last_checkin_time BIGINT NOT NULL,
    checkin_interval BIGINT NOT NULL,
    PRIMARY KEY (sched_name, instance_name)
);

CREATE TABLE qrtz_locks (
    sched_name NVARCHAR(120) NOT NULL,
    lock_name NVARCHAR(40) NOT NULL,
    PRIMARY KEY (sched_name, lock_name)
);

CREATE INDEX idx_qrtz_j_g_n ON qrtz_job_details (sched_name, job_group, job_name);
CREATE INDEX idx_qrtz_t_g_n ON qrtz_triggers (sched_name, trigger_group, trigger_name);
CREATE INDEX idx_qrtz_t_nft_st ON qrtz_triggers (sched_name, trigger_state, next_fire_time);
CREATE INDEX idx_qrtz_ft_trig_inst_name ON qrtz_fired_triggers (sched_name, instance_name);

