namespace PirLint.Tests;

/// <summary>A review that passes every rule, in both forms; tests edit one thing in it and assert what that breaks.</summary>
internal static class Fixtures
{
    // Line numbers matter: tests assert them. Line 1 is "incident_summary:". New fields go at the end.
    public const string ValidYaml =
"""
incident_summary:
  id: INC-2026-0317
  title: Customer support agent provided incorrect refund amounts
  severity: sev2
  category: model_behavior
  duration: 2 hours 15 minutes
  detected_by: customer_complaint
  detection_delay: 45 minutes
impact:
  affected_users: 127
  incorrect_responses: 34
timeline:
  - time: 2026-03-15T14:00Z
    event: Deployment of updated refund policy prompt
    actor: ci/cd_pipeline
    source: deployment_log
  - time: 2026-03-15T14:30Z
    event: First incorrect refund amount generated
    actor: agent-cs-pool-3
    source: agent_logs
  - time: 2026-03-15T15:15Z
    event: Customer reports incorrect refund amount via support ticket
    actor: customer
    source: zendesk
  - time: 2026-03-15T16:15Z
    event: Verified correct refund calculations restored
    actor: engineer-b
    source: manual_testing
root_causes:
  - Prompt update changed refund policy without tests against historical refunds
contributing_factors:
  - No canary deployment for prompt updates
what_went_well:
  - Rollback procedure was well documented
what_went_poorly:
  - 45-minute detection delay allowed 34 incorrect responses
analysis:
  immediate_trigger: Deployment of the updated refund policy prompt
  detection_gap:
    - No automated detection of wrong refund amounts
  prevention_gap:
    - Missing model behavior drift detection
  systemic_factor:
    - Prompt changes are treated as configuration, not code
action_items:
  - description: Add refund regression evals to the prompt pipeline
    owner: priya-natarajan
    priority: p0_immediate
    due_date: 2026-03-20
    status: closed
    ticket_url: https://tracker.example.com/browse/AIOPS-412
  - description: Log refund amounts in agent traces
    owner: engineer-b
    priority: p1_this_week
    due_date: 2026-03-25
    status: open
  - description: Roll out prompt updates through a canary
    owner: marco-rossi
    priority: p2_this_quarter
    due_date: 2026-03-31
    status: in_progress
review_date: 2026-03-19
facilitator: sam-lee
attendees: [engineer-b, priya-natarajan, marco-rossi]
ai_agent:
  name: refund-assistant
  autonomy: acts_autonomously
  models:
    - id: gpt-4o-2024-08-06
      provider: openai
  prompt_version: refunds-v14
  previous_prompt_version: refunds-v13
""";

    // The same review as Markdown. Line 1 is "---"; impact and ai_agent are flow mappings so that the lines after them stay put.
    public const string ValidMarkdown =
"""
---
incident_summary:
  id: INC-2026-0317
  title: Customer support agent provided incorrect refund amounts
  severity: sev2
  category: model_behavior
  duration: 2 hours 15 minutes
  detected_by: customer_complaint
  detection_delay: 45 minutes
impact: {affected_users: 127, incorrect_responses: 34}
ai_agent: {name: refund-assistant, autonomy: acts_autonomously, models: [{id: gpt-4o-2024-08-06, provider: openai}],
  prompt_version: refunds-v14, previous_prompt_version: refunds-v13}
analysis:
  immediate_trigger: Deployment of the updated refund policy prompt
  detection_gap:
    - No automated detection of wrong refund amounts
  prevention_gap:
    - Missing model behavior drift detection
  systemic_factor:
    - Prompt changes are treated as configuration, not code
review_date: 2026-03-19
facilitator: sam-lee
attendees: [engineer-b, priya-natarajan, marco-rossi]
---

# INC-2026-0317: Customer support agent provided incorrect refund amounts

## Summary

The agent quoted wrong refunds for two hours.

## Timeline

| Time              | Event                                                       | Actor           | Source         |
|-------------------|-------------------------------------------------------------|-----------------|----------------|
| 2026-03-15T14:00Z | Deployment of updated refund policy prompt                  | ci/cd_pipeline  | deployment_log |
| 2026-03-15T14:30Z | First incorrect refund amount generated                     | agent-cs-pool-3 | agent_logs     |
| 2026-03-15T15:15Z | Customer reports incorrect refund amount via support ticket | customer        | zendesk        |
| 2026-03-15T16:15Z | Verified correct refund calculations restored               | engineer-b      | manual_testing |

## Root causes

- Prompt update changed refund policy without tests against historical refunds

## Contributing factors

- No canary deployment for prompt updates

## What went well

- Rollback procedure was well documented

## What went poorly

- 45-minute detection delay allowed 34 incorrect responses

## Action items

| Description                                         | Owner           | Priority        | Due date   | Status      | Ticket URL                                   |
|-----------------------------------------------------|-----------------|-----------------|------------|-------------|----------------------------------------------|
| Add refund regression evals to the prompt pipeline | priya-natarajan | p0_immediate    | 2026-03-20 | closed      | https://tracker.example.com/browse/AIOPS-412 |
| Log refund amounts in agent traces                  | engineer-b      | p1_this_week    | 2026-03-25 | open        |                                              |
| Roll out prompt updates through a canary            | marco-rossi     | p2_this_quarter | 2026-03-31 | in_progress |                                              |
""";
}
