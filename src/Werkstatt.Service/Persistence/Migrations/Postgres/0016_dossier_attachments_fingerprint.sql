-- 0017: outbox attachments stored by reference (the dossier mail's PDF, resolved when sent), and the fingerprint of
-- each dossier version's inputs (the change detector assembles a dossier only when it differs; empty for old versions).

ALTER TABLE dossiers ADD "InputFingerprint" character varying(64) NOT NULL DEFAULT '';

CREATE TABLE outbox_attachments (
    "Id" uuid NOT NULL,
    "OutboxMessageId" uuid NOT NULL,
    "Position" integer NOT NULL,
    "Kind" character varying(50) NOT NULL,
    "ReferenceId" uuid NOT NULL,
    "FileName" character varying(200) NOT NULL,
    "ContentType" character varying(100) NOT NULL,
    CONSTRAINT "PK_outbox_attachments" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_outbox_attachments_outbox_messages_OutboxMessageId" FOREIGN KEY ("OutboxMessageId") REFERENCES outbox_messages ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_outbox_attachments_OutboxMessageId" ON outbox_attachments ("OutboxMessageId");
