// Run by `npm start` before the server: recovers interrupted work, loads the sample story into an
// empty database and creates the demo accounts.
import { loadSampleStory } from "../lib/data/load-sample-story";
import { seedDemoUsers } from "../lib/data/seed-demo-users";
import { recoverInterrupted } from "../lib/data/recover-interrupted";

// work a crash left unfinished: failed with a reason (and Retry), or compared again
const recovered = await recoverInterrupted();
if (recovered.articles) console.log(`parallax: ${recovered.articles} article(s) were left unfinished by a stop; marked failed, retry them on the import page.`);
if (recovered.comparisons) console.log(`parallax: ran ${recovered.comparisons} failed story comparison(s) again.`);

const result = await loadSampleStory();
console.log(
  result.created
    ? "parallax: loaded the sample story."
    : "parallax: the database already has stories; the sample story is not loaded again.",
);
const users = await seedDemoUsers();
if (users.created.length) console.log(`parallax: created the demo accounts ${users.created.join(", ")} (see README, "Demo accounts").`);
