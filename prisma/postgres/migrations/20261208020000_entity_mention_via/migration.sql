-- How each mention names its entity (name, surname, title, pronoun, description): the comparison
-- the app runs from stored claims reads the same entity mentions as the analysis gave it, so a
-- pronoun is not taken for a name.
-- AlterTable
ALTER TABLE "EntityMention" ADD COLUMN "via" TEXT NOT NULL DEFAULT 'name';
