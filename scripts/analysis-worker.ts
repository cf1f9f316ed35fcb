// The analysis child process (lib/jobs/analysis-process.ts starts it): analyses one article or
// compares one story per message, so long work never holds up the web server's event loop.
import { analyzeArticle } from "../lib/analysis/pipeline";
import { compareStory } from "../lib/compare";
import { READY, type AnalysisRequest, type AnalysisReply } from "../lib/jobs/analysis-messages";

process.on("message", (m: AnalysisRequest) => {
  let reply: AnalysisReply;
  try {
    reply = m.kind === "analyze"
      ? { id: m.id, ok: true, analysis: analyzeArticle({ body: m.body, publishedAt: m.publishedAt }, { storyReferenceDate: m.storyReferenceDate ? new Date(m.storyReferenceDate) : null }) }
      : { id: m.id, ok: true, comparison: compareStory(m.articles) };
  } catch (e) {
    reply = { id: m.id, ok: false, message: (e as Error).message };
  }
  send(reply);
});

/** Sends to the worker, unless it has gone (killed while this process was loading or working). */
function send(message: AnalysisReply | typeof READY) {
  if (process.connected) process.send!(message);
}

// loading the modules above takes a while on a busy machine: time limits count from here
send(READY);
