using System.Collections.Generic;

namespace PirLint.TestSupport;

/// <summary>An event of a scenario's timeline: its text (with placeholders), who acts (a role) and the source.</summary>
internal sealed record CorpusEventTemplate(string Text, string Role, string Source);

/// <summary>An action item of a scenario and its preferred priority (p0, p1 or p2).</summary>
internal sealed record CorpusActionTemplate(string Text, string Priority);

/// <summary>The text pools of one kind of incident; <c>{placeholders}</c> are filled per review.</summary>
internal sealed record CorpusScenario(
    string[] Titles,
    CorpusEventTemplate[] Triggers,
    CorpusEventTemplate[] Symptoms,
    CorpusEventTemplate[] DetectAuto,
    CorpusEventTemplate[] DetectHuman,
    CorpusEventTemplate[] Identify,
    CorpusEventTemplate[] Mitigate,
    CorpusEventTemplate[] Verify,
    string[] RootCauses,
    string[] Factors,
    string[] Poorly,
    string[] AnalysisTrigger,
    string[] DetectionGap,
    string[] PreventionGap,
    string[] SystemicFactor,
    CorpusActionTemplate[] Actions);

/// <summary>
/// The words the corpus generator writes reviews from: the same scenarios, people, systems and prose as the shared
/// benchmark corpus generator, so the project's own corpus reads like the shared one. Every text here is blameless and
/// names no person; the generator checks each review for that before it injects a defect.
/// </summary>
internal static class CorpusContent
{
    public static readonly IReadOnlyDictionary<string, CorpusScenario[]> Scenarios = new Dictionary<string, CorpusScenario[]>
    {
        ["prompt_regression"] = new CorpusScenario[]
        {
            new(
                Titles: new[] { "{Agent} quoted incorrect {topic} terms after a prompt update", "Prompt update {vN} changed how the {agent} applied the {topic}" },
                Triggers: new CorpusEventTemplate[] { new("Deployment of updated {topic} prompt {vN}", "deploy", "deployment_log") },
                Symptoms: new CorpusEventTemplate[] { new("First incorrect {topic} answer generated", "pool", "agent_logs"), new("Share of {topic} answers citing the eligibility check drops to {pct_lo}%", "pool", "agent_logs"), new("Conversation volume on {topic} questions rises above forecast", "pool", "analytics") },
                DetectAuto: new CorpusEventTemplate[] { new("Eval regression alert: {metric} on {topic} cases fell from {pct_hi}% to {pct_lo}%", "monitor", "monitoring") },
                DetectHuman: new CorpusEventTemplate[] { new("Customer reports an incorrect {topic} answer via support ticket", "intake", "support_ticket") },
                Identify: new CorpusEventTemplate[] { new("Root cause identified: prompt {vN} rewrote the {topic} section and dropped the eligibility conditions", "person", "investigation_notes") },
                Mitigate: new CorpusEventTemplate[] { new("Rolled back to previous prompt version {vP}", "fixer", "deployment_log") },
                Verify: new CorpusEventTemplate[] { new("Verified correct {topic} answers restored on sampled conversations", "person", "manual_testing") },
                RootCauses: new[] { "Prompt update {vN} rewrote the {topic} section and dropped the eligibility conditions the agent relied on", "No automated regression suite covered {topic} scenarios in agent responses", "Prompt changes shipped without comparison against historical {topic} conversations" },
                Factors: new[] { "Prompt changes bypass code review because they are stored as configuration", "No canary deployment for prompt updates", "Agent logs did not include the {field} shown to customers", "The {topic} policy text lives in three places and they drifted apart" },
                Poorly: new[] { "{delay}-minute detection delay allowed {bad} incorrect responses", "No way to identify all affected conversations programmatically", "Prompt change had no associated test cases" },
                AnalysisTrigger: new[] { "Deployment of prompt {vN} with a rewritten {topic} section" },
                DetectionGap: new[] { "No automated check of {topic} answers in production", "Detection relied on customer reports" },
                PreventionGap: new[] { "Missing automated prompt regression testing", "Missing canary deployment for prompt changes" },
                SystemicFactor: new[] { "Prompt changes are treated as configuration rather than code, without review, tests or staged rollout" },
                Actions: new CorpusActionTemplate[] { new("Add {topic} regression cases to the pre-deployment eval suite", "p0"), new("Require review and an eval run for every prompt change", "p1"), new("Roll out prompt changes through a canary with automatic rollback", "p2"), new("Log the {field} in agent traces for auditing", "p1"), new("Consolidate the {topic} policy text into one versioned source", "p2") }),
            new(
                Titles: new[] { "{Agent} replied in English to {lang}-speaking customers after a system prompt refactor", "System prompt refactor broke language matching in the {agent}" },
                Triggers: new CorpusEventTemplate[] { new("System prompt refactor {vN} merged and deployed", "deploy", "deployment_log") },
                Symptoms: new CorpusEventTemplate[] { new("Share of {lang} conversations answered in English rises to {pct_lo}%", "pool", "agent_logs"), new("CSAT for {lang} conversations drops below target", "pool", "analytics") },
                DetectAuto: new CorpusEventTemplate[] { new("Language-match check alert for {lang} conversations", "monitor", "monitoring") },
                DetectHuman: new CorpusEventTemplate[] { new("Regional support lead reports English replies in the {lang} queue", "intake", "support_ticket") },
                Identify: new CorpusEventTemplate[] { new("Refactor moved the language instruction below the tool schema block, where it loses priority", "person", "investigation_notes") },
                Mitigate: new CorpusEventTemplate[] { new("Rolled back the system prompt to {vP}", "fixer", "deployment_log") },
                Verify: new CorpusEventTemplate[] { new("Sampled {lang} conversations answered in {lang} again", "person", "manual_testing") },
                RootCauses: new[] { "System prompt refactor {vN} moved the reply-language instruction below the tool schema block", "Eval suite only contained English conversations" },
                Factors: new[] { "No language-match metric on the agent dashboard", "Refactor was reviewed as a formatting change", "Regional queues are reviewed weekly rather than daily" },
                Poorly: new[] { "{lang} customers received English answers for {delay} minutes", "Language regressions were invisible on the main dashboard" },
                AnalysisTrigger: new[] { "System prompt refactor {vN} reordered the instructions" },
                DetectionGap: new[] { "No language-match metric or alert" },
                PreventionGap: new[] { "Eval suite covered one language only" },
                SystemicFactor: new[] { "Prompt structure changes are not treated as behaviour changes" },
                Actions: new CorpusActionTemplate[] { new("Add multilingual conversations to the regression eval set", "p0"), new("Add a language-match metric and alert per regional queue", "p1"), new("Document the required instruction order in the prompt style guide", "p2"), new("Review regional queues daily during prompt rollouts", "p1") }),
            new(
                Titles: new[] { "{Agent} stopped escalating {topic} requests to human agents after a prompt change" },
                Triggers: new CorpusEventTemplate[] { new("Prompt {vN} with shortened escalation rules deployed", "deploy", "deployment_log") },
                Symptoms: new CorpusEventTemplate[] { new("Escalation rate for {topic} conversations drops from {pct_hi}% to {pct_lo}%", "pool", "analytics"), new("First conversation closed without a required hand-off", "pool", "agent_logs") },
                DetectAuto: new CorpusEventTemplate[] { new("Escalation-rate anomaly alert fires", "monitor", "monitoring") },
                DetectHuman: new CorpusEventTemplate[] { new("Supervisor notices no {topic} escalations in the human queue", "intake", "support_ticket") },
                Identify: new CorpusEventTemplate[] { new("Shortened escalation rules in {vN} no longer listed {topic} disputes", "person", "investigation_notes") },
                Mitigate: new CorpusEventTemplate[] { new("Re-deployed prompt {vP} with the full escalation rules", "fixer", "deployment_log") },
                Verify: new CorpusEventTemplate[] { new("Escalations for {topic} disputes observed in the human queue again", "person", "manual_testing") },
                RootCauses: new[] { "Prompt {vN} shortened the escalation rules and removed {topic} disputes from the list", "Escalation behaviour had no automated test" },
                Factors: new[] { "Token-reduction work was prioritised without a behaviour checklist", "Escalation rate is not on the agent dashboard" },
                Poorly: new[] { "{bad} customers waited for a hand-off that never came", "Affected conversations had to be found by hand" },
                AnalysisTrigger: new[] { "Deployment of prompt {vN} with shortened escalation rules" },
                DetectionGap: new[] { "No alert on escalation rate changes" },
                PreventionGap: new[] { "No tests of hand-off behaviour" },
                SystemicFactor: new[] { "Prompt size reductions are reviewed for cost, not behaviour" },
                Actions: new CorpusActionTemplate[] { new("Add escalation scenarios to the prompt regression suite", "p0"), new("Alert when escalation rate moves more than 30% in an hour", "p1"), new("Add a behaviour checklist to prompt size reduction work", "p2"), new("Re-contact customers whose {topic} disputes were not escalated", "p0") }),
        },
        ["model_behavior"] = new CorpusScenario[]
        {
            new(
                Titles: new[] { "{Agent} became verbose and truncated tool calls after a provider model update", "Provider snapshot change made {agent} responses exceed the output budget" },
                Triggers: new CorpusEventTemplate[] { new("Model provider rolls alias {model} to a new snapshot", "provider", "provider_changelog") },
                Symptoms: new CorpusEventTemplate[] { new("Median response length doubles across {pool}", "pool", "agent_logs"), new("Tool calls truncated at the output token limit", "pool", "agent_logs") },
                DetectAuto: new CorpusEventTemplate[] { new("Tool-call parse error rate alert fires", "monitor", "monitoring") },
                DetectHuman: new CorpusEventTemplate[] { new("Customers report half-finished answers via support", "intake", "support_ticket") },
                Identify: new CorpusEventTemplate[] { new("Traces show the new snapshot adds long preambles before tool calls", "person", "investigation_notes") },
                Mitigate: new CorpusEventTemplate[] { new("Pinned the previous dated snapshot instead of the {model} alias", "fixer", "deployment_log") },
                Verify: new CorpusEventTemplate[] { new("Response length and tool-call success back to baseline", "person", "dashboard") },
                RootCauses: new[] { "Production used the floating alias {model}, so a provider snapshot change reached users without testing", "Output token limit left little headroom for longer responses" },
                Factors: new[] { "No behaviour drift detection on response length", "Provider change notices go to a shared inbox nobody watches", "Eval suite runs only on prompt changes, not on model changes" },
                Poorly: new[] { "Provider change notice arrived a day before the rollout and went unread", "{bad} conversations ended with a truncated tool call" },
                AnalysisTrigger: new[] { "Provider moved alias {model} to a new snapshot" },
                DetectionGap: new[] { "No drift detection on response length or tool-call errors" },
                PreventionGap: new[] { "Model versions are not pinned", "No eval run on model changes" },
                SystemicFactor: new[] { "Model changes are treated as configuration, not code" },
                Actions: new CorpusActionTemplate[] { new("Pin dated model snapshots in production configuration", "p0"), new("Run the full eval suite before adopting a new model snapshot", "p1"), new("Alert on response length and tool-call error drift", "p1"), new("Route provider change notices to the on-call channel", "p0"), new("Raise output token headroom for tool-calling turns", "p2") }),
            new(
                Titles: new[] { "Provider model update increased refusals in the {agent}", "{Agent} refused routine {topic} requests after a model update" },
                Triggers: new CorpusEventTemplate[] { new("Model provider ships safety tuning update to {model}", "provider", "provider_changelog") },
                Symptoms: new CorpusEventTemplate[] { new("Refusal rate on routine requests rises to {pct_lo}%", "pool", "analytics"), new("First routine {topic} request refused", "pool", "agent_logs") },
                DetectAuto: new CorpusEventTemplate[] { new("Refusal-rate anomaly alert fires", "monitor", "monitoring") },
                DetectHuman: new CorpusEventTemplate[] { new("Support leads report customers stuck on {topic} requests", "intake", "support_ticket") },
                Identify: new CorpusEventTemplate[] { new("Refusals traced to new provider tuning on account-related wording", "person", "investigation_notes") },
                Mitigate: new CorpusEventTemplate[] { new("Added clarifying context to the system prompt and pinned the prior snapshot", "fixer", "deployment_log") },
                Verify: new CorpusEventTemplate[] { new("Refusal rate back under 2% on replayed conversations", "person", "manual_testing") },
                RootCauses: new[] { "Provider tuning update changed how {model} treats account-related wording", "No refusal-rate baseline in the pre-adoption checks" },
                Factors: new[] { "Model alias was not pinned", "Refusal replies were counted as resolved conversations" },
                Poorly: new[] { "Refusals were counted as resolutions, hiding the drop in task completion", "{bad} customers had to repeat their request to a human" },
                AnalysisTrigger: new[] { "Provider safety tuning update to {model}" },
                DetectionGap: new[] { "Refusals counted as resolutions on the dashboard" },
                PreventionGap: new[] { "No refusal-rate baseline before adopting model changes" },
                SystemicFactor: new[] { "Vendor model updates reach production without a gate" },
                Actions: new CorpusActionTemplate[] { new("Track refusals separately from resolutions on the dashboard", "p0"), new("Add refusal-rate baselines to the model adoption checklist", "p1"), new("Pin model snapshots and adopt new ones through a canary", "p1"), new("Build a replay set of routine {topic} requests", "p2") }),
            new(
                Titles: new[] { "{Agent} started emitting malformed JSON after the model alias moved", "Structured output from {agent} broke after a provider model update" },
                Triggers: new CorpusEventTemplate[] { new("Provider updates {model}; structured output mode behaviour changes", "provider", "provider_changelog") },
                Symptoms: new CorpusEventTemplate[] { new("JSON parse errors appear in {pool} responses", "pool", "agent_logs"), new("Downstream order updates start retrying", "pool", "agent_logs") },
                DetectAuto: new CorpusEventTemplate[] { new("Structured-output parse error alert fires", "monitor", "monitoring") },
                DetectHuman: new CorpusEventTemplate[] { new("Operations team reports orders stuck in pending", "intake", "support_ticket") },
                Identify: new CorpusEventTemplate[] { new("New snapshot wraps JSON in markdown code fences", "person", "investigation_notes") },
                Mitigate: new CorpusEventTemplate[] { new("Deployed parser that strips code fences and pinned the previous snapshot", "fixer", "deployment_log") },
                Verify: new CorpusEventTemplate[] { new("Parse error rate back to zero and pending orders drained", "person", "dashboard") },
                RootCauses: new[] { "The new snapshot of {model} wraps JSON output in code fences", "The response parser accepted only bare JSON" },
                Factors: new[] { "No schema validation with retry on structured outputs", "Model alias not pinned" },
                Poorly: new[] { "Pending orders piled up for {delay} minutes before anyone looked", "Retries multiplied token spend" },
                AnalysisTrigger: new[] { "Provider snapshot change to {model}" },
                DetectionGap: new[] { "Parse errors were logged but not alerted on until volume was high" },
                PreventionGap: new[] { "Parser assumed one output shape" },
                SystemicFactor: new[] { "Integration contracts with the model are implicit" },
                Actions: new CorpusActionTemplate[] { new("Validate structured outputs against a schema with bounded retries", "p0"), new("Pin the model snapshot used for structured output", "p0"), new("Alert on structured-output parse errors above 0.5%", "p1"), new("Add output-shape contract tests to the model adoption checklist", "p2") }),
        },
        ["tool_failure"] = new CorpusScenario[]
        {
            new(
                Titles: new[] { "{Tool} changed its date format and the {agent} misreported the {field}", "{Agent} gave wrong {field} after a {tool} response format change" },
                Triggers: new CorpusEventTemplate[] { new("{Tool} v2 response format released by the owning team", "toolrel", "deployment_log") },
                Symptoms: new CorpusEventTemplate[] { new("Agent begins reading epoch seconds as a day count", "pool", "agent_logs"), new("First wrong {field} shown to a customer", "pool", "agent_logs") },
                DetectAuto: new CorpusEventTemplate[] { new("Tool-output validation warnings exceed threshold", "monitor", "monitoring") },
                DetectHuman: new CorpusEventTemplate[] { new("Customer reports an impossible {field} via chat", "intake", "support_ticket") },
                Identify: new CorpusEventTemplate[] { new("Response diff shows the {field} field moved from ISO 8601 to epoch seconds", "person", "investigation_notes") },
                Mitigate: new CorpusEventTemplate[] { new("Tool adapter updated to parse both formats", "fixer", "deployment_log") },
                Verify: new CorpusEventTemplate[] { new("Spot-checked {field} answers against the source system", "person", "manual_testing") },
                RootCauses: new[] { "{Tool} changed the {field} field from ISO 8601 text to epoch seconds without a version bump", "The tool adapter passed raw values to the model without validation" },
                Factors: new[] { "No contract tests between the agent and {tool}", "Tool change announcements do not reach the agent team", "Agent traces did not record raw tool responses" },
                Poorly: new[] { "{bad} customers received a wrong {field}", "Adapter had no schema validation, so nothing failed loudly" },
                AnalysisTrigger: new[] { "{Tool} response format change" },
                DetectionGap: new[] { "No validation of tool outputs before they reach the model" },
                PreventionGap: new[] { "No consumer-driven contract tests for tools" },
                SystemicFactor: new[] { "Tool APIs used by agents have no change management process" },
                Actions: new CorpusActionTemplate[] { new("Validate {tool} responses against a schema in the adapter", "p0"), new("Add consumer contract tests for {tool} to its CI", "p1"), new("Subscribe the agent team to {tool} change announcements", "p0"), new("Record raw tool responses in agent traces", "p1"), new("Define a versioning policy for tools used by agents", "p2") }),
            new(
                Titles: new[] { "{Tool} started paginating results and the {agent} answered from the first page only" },
                Triggers: new CorpusEventTemplate[] { new("{Tool} enables pagination with 20 results per page", "toolrel", "deployment_log") },
                Symptoms: new CorpusEventTemplate[] { new("Agent answers use only the first 20 records", "pool", "agent_logs") },
                DetectAuto: new CorpusEventTemplate[] { new("Answer-completeness eval drops from {pct_hi}% to {pct_lo}%", "monitor", "monitoring") },
                DetectHuman: new CorpusEventTemplate[] { new("Account managers report missing items in agent summaries", "intake", "support_ticket") },
                Identify: new CorpusEventTemplate[] { new("Found next_page tokens ignored by the tool wrapper", "person", "investigation_notes") },
                Mitigate: new CorpusEventTemplate[] { new("Tool wrapper now follows next_page tokens up to a cap", "fixer", "deployment_log") },
                Verify: new CorpusEventTemplate[] { new("Replayed affected queries and compared with source records", "person", "manual_testing") },
                RootCauses: new[] { "{Tool} introduced pagination and the wrapper read only the first page", "The agent had no signal that results were incomplete" },
                Factors: new[] { "Wrapper tests used fixtures with fewer than 20 records", "Pagination rollout was announced in a channel the agent team does not follow" },
                Poorly: new[] { "Incomplete answers looked plausible, so detection took {delay} minutes", "No per-tool completeness metric" },
                AnalysisTrigger: new[] { "{Tool} pagination rollout" },
                DetectionGap: new[] { "Incomplete answers look plausible; no completeness metric" },
                PreventionGap: new[] { "Fixtures smaller than a page" },
                SystemicFactor: new[] { "Tool wrappers are written once and rarely revisited" },
                Actions: new CorpusActionTemplate[] { new("Follow pagination tokens in all tool wrappers", "p0"), new("Add large-result fixtures to wrapper tests", "p1"), new("Tell the model when a tool result is truncated", "p1"), new("Add an answer-completeness metric per tool", "p2") }),
            new(
                Titles: new[] { "Renamed field in the {tool} response broke {agent} tool calls" },
                Triggers: new CorpusEventTemplate[] { new("{Tool} renames customer_id to account_id in responses", "toolrel", "deployment_log") },
                Symptoms: new CorpusEventTemplate[] { new("Tool-call error rate rises to {pct_lo}%", "pool", "agent_logs"), new("Agent starts apologising that it cannot find accounts", "pool", "agent_logs") },
                DetectAuto: new CorpusEventTemplate[] { new("Tool error-rate alert fires", "monitor", "monitoring") },
                DetectHuman: new CorpusEventTemplate[] { new("Support queue receives reports of the agent failing lookups", "intake", "support_ticket") },
                Identify: new CorpusEventTemplate[] { new("Diffed tool responses before and after the release", "person", "investigation_notes") },
                Mitigate: new CorpusEventTemplate[] { new("{Tool} team restored the old field name alongside the new one", "person", "deployment_log") },
                Verify: new CorpusEventTemplate[] { new("Lookup success rate back to baseline", "person", "dashboard") },
                RootCauses: new[] { "A breaking rename in the {tool} response shipped without a deprecation period", "The agent adapter mapped fields by name with no fallback" },
                Factors: new[] { "No contract tests between the agent and {tool}", "Release notes did not list consumers" },
                Poorly: new[] { "{bad} customers could not complete lookups", "Error replies were polite, so customers did not report quickly" },
                AnalysisTrigger: new[] { "Breaking rename in the {tool} response" },
                DetectionGap: new[] { "Tool errors were only alerted on at a high threshold" },
                PreventionGap: new[] { "No deprecation period for breaking changes" },
                SystemicFactor: new[] { "Agent consumers are not registered with tool owners" },
                Actions: new CorpusActionTemplate[] { new("Register the agent as a consumer of {tool} with contract tests", "p1"), new("Lower the tool error alert threshold to 2%", "p0"), new("Require a deprecation period for breaking tool changes", "p2"), new("Add a fallback mapping layer to the tool adapter", "p1") }),
        },
        ["data_quality"] = new CorpusScenario[]
        {
            new(
                Titles: new[] { "Stale {kb} index served outdated {topic} answers", "{Agent} cited a superseded {topic} document" },
                Triggers: new CorpusEventTemplate[] { new("Nightly re-index of the {kb} skipped after a credentials rotation", "data", "job_scheduler") },
                Symptoms: new CorpusEventTemplate[] { new("Agent answers cite the superseded {topic} document", "pool", "agent_logs") },
                DetectAuto: new CorpusEventTemplate[] { new("Freshness check reports the {kb} index is 3 days old", "monitor", "monitoring") },
                DetectHuman: new CorpusEventTemplate[] { new("Policy team reports the agent quoting the old {topic}", "intake", "support_ticket") },
                Identify: new CorpusEventTemplate[] { new("Re-index job logs show authentication errors since the rotation", "person", "investigation_notes") },
                Mitigate: new CorpusEventTemplate[] { new("Re-ran the re-index with new credentials", "fixer", "job_scheduler") },
                Verify: new CorpusEventTemplate[] { new("Spot-checked {topic} answers against the current policy", "person", "manual_testing") },
                RootCauses: new[] { "The re-index job kept using rotated credentials and exited without indexing", "Index freshness was not monitored" },
                Factors: new[] { "Job exit status reported success on authentication errors", "Policy updates are not linked to index refreshes" },
                Poorly: new[] { "Outdated answers were served for {delay} minutes before detection", "No list of conversations that cited the old document" },
                AnalysisTrigger: new[] { "Credentials rotation broke the nightly re-index" },
                DetectionGap: new[] { "No freshness alert on the {kb} index" },
                PreventionGap: new[] { "Job treated authentication errors as success" },
                SystemicFactor: new[] { "Data pipelines feeding agents have weaker monitoring than services" },
                Actions: new CorpusActionTemplate[] { new("Alert when the {kb} index is older than 26 hours", "p0"), new("Make the re-index job exit non-zero on authentication errors", "p0"), new("Trigger a re-index when a policy document changes", "p1"), new("Store document versions with each retrieval in agent traces", "p2") }),
            new(
                Titles: new[] { "Duplicate documents in the {kb} embeddings skewed {agent} retrieval" },
                Triggers: new CorpusEventTemplate[] { new("Embedding pipeline re-run without de-duplication", "data", "pipeline_log") },
                Symptoms: new CorpusEventTemplate[] { new("Retrieval returns the same chunk five times in top results", "pool", "agent_logs"), new("{metric} drifts down over the day", "pool", "analytics") },
                DetectAuto: new CorpusEventTemplate[] { new("Retrieval diversity check alert", "monitor", "monitoring") },
                DetectHuman: new CorpusEventTemplate[] { new("Agents' answers flagged as repetitive in QA review", "intake", "qa_review") },
                Identify: new CorpusEventTemplate[] { new("Found 40% duplicate vectors in the {kb} collection", "person", "investigation_notes") },
                Mitigate: new CorpusEventTemplate[] { new("Rebuilt the collection with content-hash de-duplication", "fixer", "pipeline_log") },
                Verify: new CorpusEventTemplate[] { new("Retrieval diversity and {metric} back to baseline", "person", "dashboard") },
                RootCauses: new[] { "The embedding pipeline was re-run without de-duplication and doubled the collection", "The pipeline had no idempotency guard" },
                Factors: new[] { "No retrieval quality metric on the dashboard", "Manual re-runs are not logged" },
                Poorly: new[] { "{metric} dropped for {delay} minutes before detection", "Rebuild took longer than expected" },
                AnalysisTrigger: new[] { "Non-idempotent embedding pipeline re-run" },
                DetectionGap: new[] { "No retrieval diversity metric" },
                PreventionGap: new[] { "No content-hash keys on vectors" },
                SystemicFactor: new[] { "Data pipelines lack the review rigour of code" },
                Actions: new CorpusActionTemplate[] { new("Key vectors by content hash to make re-runs idempotent", "p0"), new("Add retrieval diversity to the quality dashboard", "p1"), new("Log and approve manual pipeline re-runs", "p1"), new("Add a duplicate-ratio check after every ingestion", "p2") }),
            new(
                Titles: new[] { "Catalog import with the wrong currency led the {agent} to quote incorrect prices" },
                Triggers: new CorpusEventTemplate[] { new("Supplier catalog import run with prices in cents", "data", "pipeline_log") },
                Symptoms: new CorpusEventTemplate[] { new("Agent quotes prices 100 times higher than list", "pool", "agent_logs") },
                DetectAuto: new CorpusEventTemplate[] { new("Price anomaly check flags 2,300 items", "monitor", "monitoring") },
                DetectHuman: new CorpusEventTemplate[] { new("Customer asks why a cable costs $1,299", "intake", "support_ticket") },
                Identify: new CorpusEventTemplate[] { new("Import mapping treated the amount in cents as dollars", "person", "investigation_notes") },
                Mitigate: new CorpusEventTemplate[] { new("Reverted catalog to the previous snapshot", "fixer", "pipeline_log") },
                Verify: new CorpusEventTemplate[] { new("Prices for sampled items match supplier list", "person", "manual_testing") },
                RootCauses: new[] { "The supplier changed price units to cents and the import mapping did not detect it", "No range validation on imported prices" },
                Factors: new[] { "Supplier format changes are communicated by email only", "No staging check for catalog imports" },
                Poorly: new[] { "{bad} quotes used wrong prices", "Snapshot revert needed manual steps" },
                AnalysisTrigger: new[] { "Supplier price unit change in catalog import" },
                DetectionGap: new[] { "Price anomaly check runs hourly, not on import" },
                PreventionGap: new[] { "No schema or range validation on import" },
                SystemicFactor: new[] { "Third-party data enters agent context without validation" },
                Actions: new CorpusActionTemplate[] { new("Validate price ranges on catalog import and block outliers", "p0"), new("Run the price anomaly check on every import", "p1"), new("Automate catalog snapshot revert", "p2"), new("Agree a machine-readable format change notice with suppliers", "p2") }),
        },
        ["safety_violation"] = new CorpusScenario[]
        {
            new(
                Titles: new[] { "{Agent} exposed internal case notes to customers", "Internal notes leaked into {agent} replies" },
                Triggers: new CorpusEventTemplate[] { new("Context builder change includes internal notes field in agent context", "deploy", "deployment_log") },
                Symptoms: new CorpusEventTemplate[] { new("First reply quotes an internal note", "pool", "agent_logs") },
                DetectAuto: new CorpusEventTemplate[] { new("Output filter flags internal-only markers in replies", "monitor", "guardrail_log") },
                DetectHuman: new CorpusEventTemplate[] { new("Customer forwards a reply that quotes internal notes", "intake", "support_ticket") },
                Identify: new CorpusEventTemplate[] { new("Context builder diff shows internal notes added to the retrieval payload", "person", "investigation_notes") },
                Mitigate: new CorpusEventTemplate[] { new("Disabled the context builder change with a feature flag", "fixer", "feature_flags") },
                Verify: new CorpusEventTemplate[] { new("Red-team prompts no longer surface internal notes", "person", "manual_testing") },
                RootCauses: new[] { "A context builder change added the internal notes field to the agent context", "Output guardrail did not block internal-only content" },
                Factors: new[] { "Every context field is included unless someone excludes it", "No red-team tests for data exposure in CI" },
                Poorly: new[] { "{bad} replies included internal notes", "Privacy team was paged late" },
                AnalysisTrigger: new[] { "Context builder change exposing internal notes" },
                DetectionGap: new[] { "Output filter was in log-only mode" },
                PreventionGap: new[] { "No allow-list for context fields" },
                SystemicFactor: new[] { "Data classification is not enforced at the agent context boundary" },
                Actions: new CorpusActionTemplate[] { new("Switch context fields to an explicit allow-list", "p0"), new("Turn the internal-marker output filter to blocking mode", "p0"), new("Add data-exposure red-team prompts to CI", "p1"), new("Page the privacy team automatically on exposure alerts", "p1"), new("Review data classification of all context fields", "p2") }),
            new(
                Titles: new[] { "Prompt injection in uploaded documents bypassed {agent} guardrails" },
                Triggers: new CorpusEventTemplate[] { new("Document upload feature enabled for all tenants", "deploy", "feature_flags") },
                Symptoms: new CorpusEventTemplate[] { new("Uploaded file with hidden instructions changes agent behaviour", "pool", "agent_logs") },
                DetectAuto: new CorpusEventTemplate[] { new("Guardrail classifier flags policy-violating output", "monitor", "guardrail_log") },
                DetectHuman: new CorpusEventTemplate[] { new("Security researcher reports the bypass through the disclosure program", "intake", "security_report") },
                Identify: new CorpusEventTemplate[] { new("Hidden text in PDFs passed into the context unfiltered", "person", "investigation_notes") },
                Mitigate: new CorpusEventTemplate[] { new("Disabled document upload behind the feature flag", "fixer", "feature_flags") },
                Verify: new CorpusEventTemplate[] { new("Injection test corpus blocked in staging", "person", "manual_testing") },
                RootCauses: new[] { "Uploaded document text reached the model without injection screening", "Guardrail evaluation ran only on user messages, not on tool or file content" },
                Factors: new[] { "Launch checklist had no injection testing step", "Hidden PDF text layers were not stripped" },
                Poorly: new[] { "Feature was enabled for all tenants at once", "The guardrail gap was known but not tracked as a risk" },
                AnalysisTrigger: new[] { "Document upload enabled for all tenants" },
                DetectionGap: new[] { "Guardrails did not inspect file content" },
                PreventionGap: new[] { "No injection test corpus in the launch checklist" },
                SystemicFactor: new[] { "Safety reviews focus on user input, not on indirect inputs" },
                Actions: new CorpusActionTemplate[] { new("Screen uploaded document text with the injection classifier", "p0"), new("Strip hidden text layers from uploaded PDFs", "p1"), new("Add an injection test corpus to the launch checklist", "p1"), new("Roll out new input channels tenant by tenant", "p2") }),
            new(
                Titles: new[] { "{Agent} gave out-of-policy medical guidance" },
                Triggers: new CorpusEventTemplate[] { new("Prompt {vN} removes the medical topics deflection list", "deploy", "deployment_log") },
                Symptoms: new CorpusEventTemplate[] { new("Agent answers dosage questions directly", "pool", "agent_logs") },
                DetectAuto: new CorpusEventTemplate[] { new("Policy classifier flags medical advice in replies", "monitor", "guardrail_log") },
                DetectHuman: new CorpusEventTemplate[] { new("Trust and safety reviewer flags a dosage answer in QA sampling", "intake", "qa_review") },
                Identify: new CorpusEventTemplate[] { new("Deflection list dropped while merging two prompt branches", "person", "investigation_notes") },
                Mitigate: new CorpusEventTemplate[] { new("Restored the deflection list and re-deployed", "fixer", "deployment_log") },
                Verify: new CorpusEventTemplate[] { new("Medical red-team prompts deflected in production", "person", "manual_testing") },
                RootCauses: new[] { "A prompt branch merge dropped the medical topics deflection list", "No automated safety eval gated the prompt release" },
                Factors: new[] { "Prompt merges are resolved by hand without a diff review", "Policy classifier was advisory only" },
                Poorly: new[] { "{bad} out-of-policy answers reached users", "Escalation to legal took over an hour" },
                AnalysisTrigger: new[] { "Prompt merge removing the deflection list" },
                DetectionGap: new[] { "Policy classifier did not page anyone" },
                PreventionGap: new[] { "No safety eval gate on prompt releases" },
                SystemicFactor: new[] { "Safety-critical prompt sections are not protected from edits" },
                Actions: new CorpusActionTemplate[] { new("Gate prompt releases on the safety eval suite", "p0"), new("Protect safety-critical prompt sections with owners and required review", "p1"), new("Page trust and safety on policy classifier alerts", "p0"), new("Add medical red-team prompts to the nightly eval", "p1") }),
        },
        ["capacity"] = new CorpusScenario[]
        {
            new(
                Titles: new[] { "Provider rate limits throttled the {agent} during peak traffic", "{Agent} timed out under provider rate limiting" },
                Triggers: new CorpusEventTemplate[] { new("Seasonal campaign starts; request volume triples", "pool", "analytics") },
                Symptoms: new CorpusEventTemplate[] { new("HTTP 429 responses from the model provider exceed 20%", "gateway", "gateway_log"), new("p95 latency passes 30 seconds", "pool", "apm") },
                DetectAuto: new CorpusEventTemplate[] { new("Latency SLO burn-rate alert fires", "monitor", "monitoring") },
                DetectHuman: new CorpusEventTemplate[] { new("Customers report the agent not responding", "intake", "support_ticket") },
                Identify: new CorpusEventTemplate[] { new("Organisation-wide tokens-per-minute quota exhausted", "person", "investigation_notes") },
                Mitigate: new CorpusEventTemplate[] { new("Shifted low-priority traffic to the secondary provider and raised the quota", "fixer", "config_change") },
                Verify: new CorpusEventTemplate[] { new("429 rate under 1% and latency back within SLO", "person", "dashboard") },
                RootCauses: new[] { "Tokens-per-minute quota was sized for normal traffic, not campaign peaks", "No load shedding between high and low priority traffic" },
                Factors: new[] { "Campaign calendar not shared with the platform team", "Retries without jitter amplified the load" },
                Poorly: new[] { "Retries multiplied the load on the provider", "Quota increase request took {delay} minutes" },
                AnalysisTrigger: new[] { "Campaign traffic peak" },
                DetectionGap: new[] { "Quota usage had no alert" },
                PreventionGap: new[] { "No capacity plan for campaigns" },
                SystemicFactor: new[] { "Provider quotas are managed outside the capacity process" },
                Actions: new CorpusActionTemplate[] { new("Alert at 80% of provider tokens-per-minute quota", "p0"), new("Add jittered exponential backoff to provider retries", "p1"), new("Add campaign dates to the capacity planning calendar", "p1"), new("Implement priority-based load shedding in the gateway", "p2") }),
            new(
                Titles: new[] { "Monthly token budget exhaustion stopped the {agent} mid-conversation" },
                Triggers: new CorpusEventTemplate[] { new("Budget guard reaches the monthly token cap", "gateway", "gateway_log") },
                Symptoms: new CorpusEventTemplate[] { new("Agent replies replaced by a generic error message", "pool", "agent_logs") },
                DetectAuto: new CorpusEventTemplate[] { new("Error-rate alert fires for the {agent}", "monitor", "monitoring") },
                DetectHuman: new CorpusEventTemplate[] { new("Support team reports the agent returning errors", "intake", "support_ticket") },
                Identify: new CorpusEventTemplate[] { new("Budget guard hard cap hit after a long-context feature launch", "person", "investigation_notes") },
                Mitigate: new CorpusEventTemplate[] { new("Finance approved a budget increase; cap raised", "fixer", "config_change") },
                Verify: new CorpusEventTemplate[] { new("Agent responding normally across regions", "person", "dashboard") },
                RootCauses: new[] { "Long-context feature launch raised tokens per conversation without a budget review", "Budget guard had a hard cap with no soft warning" },
                Factors: new[] { "Cost dashboards are reviewed monthly", "Feature launch checklist lacks a cost estimate" },
                Poorly: new[] { "Conversations were cut off mid-answer", "Budget approval path was unclear at night" },
                AnalysisTrigger: new[] { "Monthly token cap reached" },
                DetectionGap: new[] { "No soft-limit warning before the hard cap" },
                PreventionGap: new[] { "No cost estimate in the launch checklist" },
                SystemicFactor: new[] { "Cost controls are designed as cut-offs rather than alerts" },
                Actions: new CorpusActionTemplate[] { new("Add a soft budget alert at 75% and 90% of the monthly cap", "p0"), new("Add a token cost estimate to the feature launch checklist", "p1"), new("Document an out-of-hours budget approval path", "p1"), new("Degrade to a smaller model instead of failing at the cap", "p2") }),
            new(
                Titles: new[] { "Inference queue backlog caused {agent} timeouts" },
                Triggers: new CorpusEventTemplate[] { new("Self-hosted inference pool loses two GPU nodes to preemption", "infra", "cluster_events") },
                Symptoms: new CorpusEventTemplate[] { new("Queue depth grows past 5,000 requests", "gateway", "gateway_log"), new("Agent timeouts rise to {pct_lo}%", "pool", "apm") },
                DetectAuto: new CorpusEventTemplate[] { new("Queue-depth alert fires", "monitor", "monitoring") },
                DetectHuman: new CorpusEventTemplate[] { new("Support team reports slow or missing replies", "intake", "support_ticket") },
                Identify: new CorpusEventTemplate[] { new("Autoscaler could not place pods on the remaining node type", "person", "investigation_notes") },
                Mitigate: new CorpusEventTemplate[] { new("Added on-demand nodes and drained the queue", "fixer", "config_change") },
                Verify: new CorpusEventTemplate[] { new("Queue depth and latency back to normal", "person", "dashboard") },
                RootCauses: new[] { "The inference pool ran only on preemptible nodes", "Autoscaler node groups had a single GPU type" },
                Factors: new[] { "No minimum on-demand capacity", "Queue-depth alert threshold was set too high" },
                Poorly: new[] { "Timeouts lasted {delay} minutes", "Scaling runbook was out of date" },
                AnalysisTrigger: new[] { "Preemption of two GPU nodes" },
                DetectionGap: new[] { "Queue-depth alert threshold too high" },
                PreventionGap: new[] { "No on-demand capacity floor" },
                SystemicFactor: new[] { "Cost optimisation removed resilience margins" },
                Actions: new CorpusActionTemplate[] { new("Keep a floor of on-demand GPU nodes in the inference pool", "p0"), new("Add a second GPU node type to autoscaler groups", "p1"), new("Lower the queue-depth alert threshold", "p0"), new("Update the inference scaling runbook", "p1") }),
        },
        ["infrastructure"] = new CorpusScenario[]
        {
            new(
                Titles: new[] { "Vector database node failure degraded {agent} retrieval" },
                Triggers: new CorpusEventTemplate[] { new("Vector database primary node fails health checks", "infra", "cluster_events") },
                Symptoms: new CorpusEventTemplate[] { new("Retrieval calls time out and the agent answers without context", "pool", "agent_logs") },
                DetectAuto: new CorpusEventTemplate[] { new("Retrieval error-rate alert fires", "monitor", "monitoring") },
                DetectHuman: new CorpusEventTemplate[] { new("Support team reports vague answers", "intake", "support_ticket") },
                Identify: new CorpusEventTemplate[] { new("Replica promotion stalled on a full disk", "person", "investigation_notes") },
                Mitigate: new CorpusEventTemplate[] { new("Freed disk space and promoted the replica", "fixer", "config_change") },
                Verify: new CorpusEventTemplate[] { new("Retrieval latency and error rate back to normal", "person", "dashboard") },
                RootCauses: new[] { "Replica disk filled with old snapshots, blocking promotion", "Agent answered without retrieved context instead of degrading clearly" },
                Factors: new[] { "Snapshot retention not configured", "No disk usage alert on replicas" },
                Poorly: new[] { "Answers without context looked confident", "Replica promotion was manual" },
                AnalysisTrigger: new[] { "Vector database primary failure" },
                DetectionGap: new[] { "No alert on replica disk usage" },
                PreventionGap: new[] { "Snapshot retention not configured" },
                SystemicFactor: new[] { "Retrieval is treated as optional by the agent" },
                Actions: new CorpusActionTemplate[] { new("Configure snapshot retention on vector database replicas", "p0"), new("Alert on replica disk usage above 80%", "p0"), new("Make the agent say when retrieval is unavailable", "p1"), new("Automate replica promotion", "p2") }),
            new(
                Titles: new[] { "Expired TLS certificate on the LLM gateway broke {agent} requests" },
                Triggers: new CorpusEventTemplate[] { new("Gateway certificate expires", "infra", "cert_monitoring") },
                Symptoms: new CorpusEventTemplate[] { new("All agent requests fail TLS handshake", "gateway", "gateway_log") },
                DetectAuto: new CorpusEventTemplate[] { new("Synthetic check for the {agent} fails", "monitor", "monitoring") },
                DetectHuman: new CorpusEventTemplate[] { new("Internal users report the agent unreachable", "intake", "support_ticket") },
                Identify: new CorpusEventTemplate[] { new("Certificate renewal job has been disabled since a migration", "person", "investigation_notes") },
                Mitigate: new CorpusEventTemplate[] { new("Issued and deployed a new certificate", "fixer", "config_change") },
                Verify: new CorpusEventTemplate[] { new("Synthetic checks green across regions", "person", "dashboard") },
                RootCauses: new[] { "The certificate renewal job was disabled during a migration and never re-enabled", "Expiry warnings went to a retired mailbox" },
                Factors: new[] { "Migration checklist did not cover scheduled jobs", "No expiry alert in monitoring" },
                Poorly: new[] { "Complete outage for the agent", "Expiry warnings were not routed to on-call" },
                AnalysisTrigger: new[] { "Certificate expiry" },
                DetectionGap: new[] { "Expiry warnings routed to a retired mailbox" },
                PreventionGap: new[] { "Renewal job disabled during migration" },
                SystemicFactor: new[] { "Scheduled jobs are not inventoried" },
                Actions: new CorpusActionTemplate[] { new("Re-enable and monitor the certificate renewal job", "p0"), new("Alert on certificates expiring within 14 days", "p0"), new("Add scheduled jobs to the migration checklist", "p1"), new("Build an inventory of scheduled jobs with owners", "p2") }),
        },
    };
    public static readonly string[] FirstNames = { "Priya", "Sam", "Jonas", "Mei", "Tomasz", "Amara", "Diego", "Hana", "Kwame", "Lena", "Ravi", "Sofia", "Mateo", "Yuki", "Omar", "Ingrid", "Tariq", "Elena", "Nikhil", "Chloe", "Bongani", "Anya", "Kenji", "Fatima", "Lars", "Noor", "Pablo", "Aisha", "Henrik", "Zainab", "Rafael", "Keiko", "Dmitri", "Olu", "Beatriz", "Arjun", "Freya", "Emeka", "Sunita", "Jorge", "Nadia", "Stefan", "Leila", "Hamid", "Ines", "Wojtek", "Ayumi", "Kofi", "Marta", "Sanjay", "Elif", "Bjorn", "Naledi", "Rohan", "Gabriela", "Yusuf", "Astrid", "Thabo", "Camille", "Hiroshi", "Ana", "Farid", "Greta", "Imran", "Lucas", "Maya", "Teodor", "Zara", "Anders", "Nia", "Haruto", "Esther", "José", "Zoë", "Søren", "Chloé", "Björn", "Joaquín", "Renée", "Élodie", "Łukasz", "Dagný" };
    public static readonly string[] LastNames = { "Natarajan", "Lee", "Weber", "Chen", "Kowalski", "Okafor", "Romero", "Sato", "Mensah", "Fischer", "Iyer", "Rossi", "Herrera", "Tanaka", "Haddad", "Lindqvist", "Aziz", "Popescu", "Menon", "Dubois", "Dlamini", "Volkova", "Nakamura", "Rahman", "Eriksen", "Hussain", "Navarro", "Bello", "Johansson", "Abubakar", "Moreira", "Yamamoto", "Ivanov", "Adeyemi", "Souza", "Kapoor", "Larsen", "Okonkwo", "Sharma", "Castillo", "Petrova", "Schneider", "Haidari", "Ferreira", "Nowak", "Mori", "Boateng", "Santos", "Gupta", "Yilmaz", "Berg", "Nkosi", "Desai", "Oliveira", "Demir", "Holm", "Zulu", "Laurent", "Takahashi", "Karimi", "Novak", "Qureshi", "Duarte", "Alvarez", "Osei", "Horvat", "Pereira", "Suzuki", "Kariuki", "Lindgren", "Mahlangu", "Varga", "Álvarez", "Müller", "Núñez", "Jørgensen", "Guðmundsdóttir", "Wiśniewska" };
    public static readonly string[] Topics = { "refund policy", "returns policy", "escalation", "pricing", "warranty", "shipping", "cancellation", "loyalty points", "subscription renewal", "data retention" };
    public static readonly string[] Tools = { "order-status API", "CRM lookup tool", "inventory service", "calendar API", "payments API", "shipment tracking API", "ticketing API", "policy search tool", "account lookup API", "pricing service" };
    public static readonly string[] Fields = { "delivery date", "refund amount", "order total", "renewal date", "currency", "appointment time", "ticket priority", "account tier" };
    public static readonly string[] KnowledgeBases = { "help-center knowledge base", "product catalog", "policy document index", "internal wiki index", "FAQ embeddings store", "contract clause library" };
    public static readonly string[] Metrics = { "answer accuracy", "tool-call success rate", "groundedness score", "resolution rate", "policy compliance score", "task completion rate" };
    public static readonly string[] Teams = { "agent runtime", "ML platform", "support tooling", "trust and safety", "data platform", "applied AI", "conversational AI" };
    public static readonly string[] Languages = { "Spanish", "German", "French", "Portuguese", "Japanese", "Italian" };
    public static readonly string[] ModelAliases = { "chat-large-latest", "assistant-pro", "reasoning-medium", "chat-fast", "general-xl-latest" };
    public static readonly string[] DeployActors = { "ci/cd_pipeline", "deploy-bot", "prompt-registry_bot", "release_pipeline", "gitops_sync" };
    public static readonly string[] MonitorActors = { "eval-monitor", "quality_alerting", "datadog-monitor", "grafana-alert", "slo-monitor", "guardrail-monitor", "canary_analyzer" };
    public static readonly string[] IntakeActors = { "support_queue", "zendesk_intake", "customer_feedback_bot", "escalations_queue", "social-listening_bot" };
    public static readonly string[] ProviderActors = { "provider_status_page", "model-provider_changelog", "llm_gateway" };
    public static readonly string[] ToolActors = { "api-gateway_release", "partner-api_changelog", "tool-release_pipeline", "service_deploys" };
    public static readonly string[] DataActors = { "etl_pipeline", "embedding_pipeline", "catalog-sync_pipeline", "kb-ingest_job", "nightly_reindex" };
    public static readonly string[] InfraActors = { "k8s_autoscaler", "llm_gateway", "vector-db_cluster", "cert_manager", "infra-alert" };
    public static readonly string[] GenericWell = { "On-call responded within {resp} minutes of the page", "Rollback procedure was documented and executed quickly", "Support team handled affected customers professionally", "Incident channel kept stakeholders informed throughout", "Agent traces made it quick to compare behaviour before and after the change", "Feature flag allowed mitigation without a deploy", "Impact could be measured from existing logs", "Clear incident commander handover between time zones" };
    public static readonly string[] GenericPoorly = { "Status page update came {resp} minutes after detection", "Runbook for this failure mode did not exist", "Affected customers were contacted the next day", "Several dashboards had to be checked to see the full picture" };
    public static readonly string[] GenericFactors = { "Detection relied on customer reports rather than automated monitoring", "Alert thresholds were tuned for infrastructure errors, not behaviour changes", "The change was rolled out to all traffic at once", "On-call runbooks did not cover AI behaviour regressions" };
    public static readonly string[] FinancialImpact = { "${a:,} in over-promised refunds", "${a:,} in service credits", "${a:,} in goodwill vouchers", "${a:,} in manual rework", "no direct financial impact" };
    public static readonly string[] ReputationImpact = { "{k} customer escalations to management", "{k} social media complaints", "{k} enterprise accounts asked for a written explanation", "CSAT dropped {k} points for the day", "no external reputation impact" };
    public static readonly string[] CostImpact = { "${c:,} in tokens for incorrect responses", "${c:,} in retried requests", "${c:,} in wasted inference" };
    public static readonly string[] Trackers = { "https://tracker.example.com/browse/{key}-{n}", "https://issues.example.org/{key}/{n}", "https://git.example.com/acme/agent-platform/-/issues/{n}" };
    public static readonly string[] TrackerKeys = { "AIREL", "AGT", "MLOPS", "SAFE", "PLAT" };
    public static readonly string[] SummaryProse = { "On {date} the {agent} was affected for {dur_words}. This review follows the blameless format: it describes what the system allowed to happen and what we change so it does not happen again.", "This review covers the {severity} incident of {date}. The {agent} behaved incorrectly for {dur_words} before mitigation. The timeline below was reconstructed from logs, traces and the incident channel.", "Between the first symptom and mitigation, {dur_words} passed. The review meeting walked through the timeline, the four-layer analysis and the action items listed below." };
    public static readonly (string Name, string Short)[] Agents = { ("customer support agent", "support"), ("refund assistant", "refunds"), ("billing agent", "billing"), ("sales copilot", "sales"), ("IT helpdesk agent", "helpdesk"), ("travel booking agent", "travel"), ("claims triage agent", "claims"), ("code review agent", "codereview"), ("onboarding assistant", "onboarding"), ("knowledge base answer agent", "kbqa"), ("order tracking agent", "orders"), ("HR policy assistant", "hr"), ("scheduling agent", "scheduling"), ("returns agent", "returns"), ("insurance quote agent", "quotes"), ("account security agent", "accounts"), ("procurement assistant", "procurement") };
    public static readonly CorpusEventTemplate[] GenericInvestigate = { new("On-call engineer acknowledges the page and begins investigation", "person", "pagerduty"), new("Incident channel opened and incident commander assigned", "person", "slack"), new("Escalated to the {team} on-call", "person", "pagerduty"), new("Pulled sampled conversations from {pool} for review", "person", "agent_logs"), new("Compared agent traces before and after the change", "person", "tracing"), new("Declared {severity} and started the incident process", "person", "incident_tool") };
    public static readonly CorpusEventTemplate[] GenericComms = { new("Status page updated with investigation notice", "person", "status_page"), new("Support team briefed with a holding reply for affected customers", "person", "slack"), new("Stakeholder update posted in the incident channel", "person", "slack"), new("Customer success notified key accounts", "person", "email") };
    public static readonly CorpusEventTemplate[] GenericClose = { new("Incident resolved and status page updated", "person", "status_page"), new("Incident closed after metrics held steady", "person", "incident_tool"), new("Impact analysis exported for the review", "person", "investigation_notes") };
    public static readonly CorpusEventTemplate[] GenericMonitor = { new("Follow-up check: {metric} back to baseline for twelve hours", "monitor", "monitoring"), new("Overnight metrics stable; incident marked resolved", "monitor", "dashboard") };
    public static readonly CorpusActionTemplate[] GenericActions = { new("Write a runbook for finding affected conversations", "p1"), new("Add this incident to the regression replay set", "p1"), new("Add the failure mode to the on-call training", "p2"), new("Automate the status page update from the incident tool", "p2"), new("Review alert thresholds for behaviour metrics", "p2"), new("Send a follow-up note to affected customers", "p0"), new("Share the review at the monthly reliability forum", "p2"), new("Add an owner for the dashboard used during this incident", "p1") };
    public static readonly (string Heading, string Text)[] ExtraProse = { ("Customer impact", "Affected customers were contacted by the support team. Conversations were identified from agent traces and reviewed in the QA tool."), ("Lessons learned", "Behaviour changes in an agent need the same rollout discipline as code: tests that cover the behaviour, a canary, and a metric that moves when the behaviour moves."), ("Follow-up", "Action item progress is tracked in the reliability review every two weeks until all items are closed."), ("Notes", "Times are taken from the incident channel, deployment logs and agent traces. Ticket links point to the team tracker.") };
    public static readonly IReadOnlyDictionary<string, string[]> DetectedBy = new Dictionary<string, string[]> { ["monitoring"] = new[] { "automated_monitoring", "eval_regression_alert", "anomaly_alert", "synthetic_check", "on_call_dashboard" }, ["guardrail_log"] = new[] { "guardrail_alert", "policy_classifier" }, ["support_ticket"] = new[] { "customer_complaint", "support_escalation", "internal_user_report" }, ["qa_review"] = new[] { "qa_sampling", "manual_review" }, ["security_report"] = new[] { "security_report", "responsible_disclosure" } };
}
