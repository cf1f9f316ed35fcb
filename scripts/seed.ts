// Loads the sample story into an empty database (run by `npm start`).
import { loadSampleStory } from "../lib/data/load-sample-story";
import { seedDemoUsers } from "../lib/data/seed-demo-users";

const result = await loadSampleStory();
console.log(
  result.created
    ? "parallax: loaded the sample story."
    : "parallax: the database already has stories; the sample story is not loaded again.",
);
const users = await seedDemoUsers();
if (users.created.length) console.log(`parallax: created the demo accounts ${users.created.join(", ")} (see README, "Demo accounts").`);
