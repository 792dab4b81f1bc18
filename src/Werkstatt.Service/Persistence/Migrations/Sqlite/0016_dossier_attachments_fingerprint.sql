-- 0017: outbox attachments stored by reference (the dossier mail's PDF, resolved when sent), and the fingerprint of
-- each dossier version's inputs (the change detector assembles a dossier only when it differs; empty for old versions).

ALTER TABLE "dossiers" ADD COLUMN "InputFingerprint" TEXT NOT NULL DEFAULT '';

CREATE TABLE "outbox_attachments" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_outbox_attachments" PRIMARY KEY,
    "OutboxMessageId" TEXT NOT NULL,
    "Position" INTEGER NOT NULL,
    "Kind" TEXT NOT NULL,
    "ReferenceId" TEXT NOT NULL,
    "FileName" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    CONSTRAINT "FK_outbox_attachments_outbox_messages_OutboxMessageId" FOREIGN KEY ("OutboxMessageId") REFERENCES "outbox_messages" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_outbox_attachments_OutboxMessageId" ON "outbox_attachments" ("OutboxMessageId");
