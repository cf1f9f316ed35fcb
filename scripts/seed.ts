// Loads the sample story into an empty database (run by `npm start`).
import { loadSampleStory } from "../lib/data/load-sample-story";

const result = await loadSampleStory();
console.log(
  result.created
    ? "parallax: loaded the sample story."
    : "parallax: the database already has stories; the sample story is not loaded again.",
);
