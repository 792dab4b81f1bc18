-- 0004: the Data Protection key ring, shared by every instance.
CREATE TABLE "data_protection_keys" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_data_protection_keys" PRIMARY KEY AUTOINCREMENT,
    "FriendlyName" TEXT NULL,
    "Xml" TEXT NOT NULL
);
