// Run by `npm start` before the server: recovers interrupted work, loads the sample story into an
// empty database and creates the demo accounts.
import { loadSampleStory } from "../lib/data/load-sample-story";
import { seedDemoUsers } from "../lib/data/seed-demo-users";
import { recoverInterrupted } from "../lib/data/recover-interrupted";
import { jobQueue } from "../lib/jobs/queue";

// work left unfinished without a job, and failed comparisons: enqueued again for the worker
const recovered = await recoverInterrupted();
if (recovered.articles) console.log(`parallax: ${recovered.articles} article(s) were left unfinished by a stop; their analysis is enqueued again.`);
if (recovered.comparisons) console.log(`parallax: ${recovered.comparisons} failed story comparison(s) enqueued again.`);

const result = await loadSampleStory();
console.log(
  result.created
    ? "parallax: loaded the sample story."
    : "parallax: the database already has stories; the sample story is not loaded again.",
);
const users = await seedDemoUsers();
if (users.created.length) console.log(`parallax: created the demo accounts ${users.created.join(", ")} (see README, "Demo accounts").`);
// on PostgreSQL this process started pg-boss (and made its schema and queues, on a new database): let it go
await jobQueue().close();
