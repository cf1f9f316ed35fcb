-- How each mention names its entity (name, surname, title, pronoun, description): the comparison
-- the app runs from stored claims reads the same entity mentions as the analysis gave it, so a
-- pronoun is not taken for a name.
-- AlterTable
ALTER TABLE "EntityMention" ADD COLUMN "via" TEXT NOT NULL DEFAULT 'name';

-- Mentions stored before this column existed were all read as names. Only the gendered personal
-- pronouns are ever linked to an entity as pronouns, and no name is one of these words, so those
-- rows are marked here and a database analysed before this version compares as a new one does.
UPDATE "EntityMention" SET "via" = 'pronoun'
WHERE lower("text") IN ('he', 'him', 'his', 'himself', 'she', 'her', 'hers', 'herself');
