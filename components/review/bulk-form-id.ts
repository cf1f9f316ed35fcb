/** The id of the queue's bulk form: row checkboxes outside it join it through their form attribute. */
export const BULK_FORM = "bulk-review";
