-- Confidence of each discrepancy in [0, 1]; rows below the calibrated threshold are candidates.
ALTER TABLE "Discrepancy" ADD COLUMN "confidence" REAL NOT NULL DEFAULT 1;
