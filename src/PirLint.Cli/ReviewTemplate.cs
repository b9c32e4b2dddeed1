using System;
using System.Globalization;
using System.Text;

namespace PirLint.Cli;

/// <summary>
/// The review <c>pirlint new</c> writes: the background article's template with the four-layer analysis and three
/// action item stubs, and for an AI-agent category the <c>ai_agent</c> block. Each place that needs the team's facts
/// is a value <c>pirlint check</c> reports (an empty required value or list item: PIR002; owner and facilitator
/// <c>TBD</c>: PIR101, PIR302; no due date: PIR102) and, in YAML, carries a <c>TODO</c> comment on its line.
/// Everything else passes every rule. Numbers are left without a value, so that what the team types is a number.
/// </summary>
internal static class ReviewTemplate
{
    /// <param name="category">The category given with <c>--category</c>, or null to leave it to the team.</param>
    public static string Yaml(string id, DateTime today, string? category = null)
    {
        var output = new StringBuilder();
        Header(output, id, today, "#");
        output.Append(Summary(id, category));
        output.Append(Impact());
        output.Append(Agent(category));
        output.Append(
            """
            timeline:                           # in time order; 'pirlint analyze' finds the trigger, the first symptom and the detection here
              - time: ""                        # TODO: when the change or event that triggered it happened, e.g. 2026-03-15T14:00Z
                event: ""                       # TODO: what changed, e.g. Deployment of the updated refund policy prompt
                actor: ""                       # TODO: the person or system that acted, e.g. ci/cd_pipeline
                source: ""                      # optional: where it was seen, e.g. deployment_log
              - time: ""                        # TODO: when the first symptom appeared
                event: ""                       # TODO: what went wrong first
                actor: ""                       # TODO: who or what it happened to
                source: ""                      # optional: e.g. agent_logs
              - time: ""                        # TODO: when it was detected
                event: ""                       # TODO: the alert that fired, or the report that came in
                actor: ""                       # TODO: the monitor, or the person who reported it
                source: ""                      # optional: e.g. monitoring, alerting or support_ticket
              - time: ""                        # TODO: when users were no longer affected
                event: ""                       # TODO: the fix or rollback, and how it was verified
                actor: ""                       # TODO: who or what did it
                source: ""                      # optional: e.g. deployment_log

            root_causes:                        # system and process causes, never a person
              - ""                              # TODO: why it happened

            contributing_factors:
              - ""                              # TODO: what made it likelier or worse (or remove the list)

            what_went_well:
              - ""                              # TODO: detection, response, communication or recovery that worked (or remove the list)

            what_went_poorly:
              - ""                              # TODO: what slowed detection, response or recovery (or remove the list)

            """);
        output.Append(Analysis(category));
        output.Append('\n');
        output.Append("action_items:                       # 3 to 5 owned, dated items; due from review_date: p0 within 1 day, p1 within 7 days, p2 this quarter\n");
        for (var i = 0; i < 3; i++)
        {
            output.Append(i == 0 && IsAgentCategory(category)
                ? "  - description: \"\"                 # TODO: the change that stops this class of failure; in an AI-agent incident one item adds an eval or test cases (PIR405)\n"
                : "  - description: \"\"                 # TODO: the change that stops this class of failure\n");
            output.Append(
                """
                    owner: "TBD"                    # TODO: the one person who owns it
                    priority: ""                    # TODO: p0_immediate, p1_this_week or p2_this_quarter
                    due_date: ""                    # TODO: YYYY-MM-DD
                    status: "open"                  # open, in_progress or closed
                    closed_date: ""                 # optional: the day it was closed, YYYY-MM-DD (on time when on or before due_date)
                    ticket_url: ""                  # optional: the item's ticket, an http or https URL

                """);
        }

        output.Append(Meeting(today));
        return output.ToString();
    }

    /// <param name="category">The category given with <c>--category</c>, or null to leave it to the team.</param>
    public static string Markdown(string id, DateTime today, string? category = null)
    {
        var output = new StringBuilder();
        output.Append("---\n");
        Header(output, id, today, "#");
        output.Append(Summary(id, category));
        output.Append(Impact());
        output.Append(Agent(category));
        output.Append(Analysis(category));
        output.Append(Meeting(today));
        output.Append("---\n\n");
        output.Append($"# {id}\n\n");
        output.Append(
            """
            ## Summary

            <!-- What happened, who was affected, how it was found and how it was fixed, in a few sentences. -->

            ## Timeline

            <!-- TODO: one row per event, in time order: the trigger, the first symptom, the detection, the recovery.
                 Times with a UTC offset, e.g. 2026-03-15T14:00Z. Source (optional): monitoring, support_ticket, deployment_log, ...
                 'pirlint analyze' finds the trigger, the first symptom and the detection here. -->

            | Time | Event | Actor | Source |
            |---|---|---|---|
            |  |  |  |  |
            |  |  |  |  |
            |  |  |  |  |
            |  |  |  |  |

            ## Root causes

            <!-- TODO: why it happened: system and process causes, never a person. -->

            - 

            ## Contributing factors

            <!-- TODO: what made it likelier or worse (or remove the section). -->

            - 

            ## What went well

            <!-- TODO: detection, response, communication or recovery that worked (or remove the section). -->

            - 

            ## What went poorly

            <!-- TODO: what slowed detection, response or recovery (or remove the section). -->

            - 

            ## Action items

            <!-- TODO: 3 to 5 owned, dated items. Priority: p0_immediate (due within 1 day of the review), p1_this_week (7 days)
                 or p2_this_quarter (this quarter). Due date: YYYY-MM-DD. Status: open, in_progress or closed; Closed date
                 (optional): the day it was closed, on time when on or before the due date. -->

            """);
        if (IsAgentCategory(category))
        {
            output.Append("<!-- In an AI-agent incident, one item adds an eval, regression tests or test cases (PIR405). -->\n\n");
        }

        output.Append(
            """
            | Description | Owner | Priority | Due date | Status | Closed date | Ticket URL |
            |---|---|---|---|---|---|---|
            |  | TBD |  |  | open |  |  |
            |  | TBD |  |  | open |  |  |
            |  | TBD |  |  | open |  |  |

            """);
        return output.ToString();
    }

    private static void Header(StringBuilder output, string id, DateTime today, string comment)
    {
        output.Append($"{comment} Post-incident review {id}, started with 'pirlint new' on {Date(today)}.\n");
        output.Append($"{comment} Each place marked TODO needs the team's facts, and 'pirlint check' reports it until it is filled in;\n");
        output.Append($"{comment} the places marked optional can be filled in or removed.\n");
    }

    /// <summary>The AI-agent categories, as the rules (PIR402, PIR403, PIR405) know them.</summary>
    public static bool IsAgentCategory(string? category) => category != null && Model.Review.IsAgentCategory(category);

    private static string Summary(string id, string? category) =>
        $$"""
        incident_summary:
          id: {{YamlText.Quote(id)}}
          title: ""                         # TODO: one line that says what users saw
          severity: ""                      # TODO: sev1 (worst) to sev5
        {{CategoryLine(category)}}
          duration: ""                      # optional: from the first to the last timeline event, e.g. 2 hours 15 minutes
          detected_by: ""                   # optional: e.g. customer_complaint or monitoring
          detection_delay: ""               # optional: from the first symptom to detection, e.g. 45 minutes

        """;

    private static string CategoryLine(string? category) => category == null
        ? "  category: \"\"                      # TODO: infrastructure, model_behavior, prompt_regression, tool_failure, data_quality, safety_violation or capacity; 'pirlint new --category' fills it in, with the ai_agent block for an AI-agent category"
        : "  category: " + YamlText.Quote(category);

    /// <summary>The <c>ai_agent</c> block for an AI-agent category; a comment that asks for it when the category is not given.</summary>
    private static string Agent(string? category)
    {
        if (category == null)
        {
            return
                """
                # ai_agent: for an AI-agent category (model_behavior, prompt_regression, tool_failure, data_quality or safety_violation),
                #   add the agent's facts here: name, autonomy, models (id, provider, role), prompt_version, previous_prompt_version,
                #   tools, guardrails, evals and traces. 'pirlint new --category model_behavior' writes the block with its TODOs.

                """;
        }

        if (!IsAgentCategory(category))
        {
            return string.Empty;
        }

        var versions = category == "prompt_regression"
            ? """
                prompt_version: ""                # TODO: the prompt or agent config in production, e.g. refunds-v14 (PIR404)
                previous_prompt_version: ""       # TODO: the last version before the change, e.g. refunds-v13 (PIR404)

              """
            : """
                prompt_version: ""                # optional: the prompt or agent config in production, e.g. refunds-v14
                previous_prompt_version: ""       # optional: the last version before a prompt change

              """;
        return
            """
            ai_agent:                           # the agent's facts (PIR403 asks for them in AI-agent categories)
              name: ""                          # TODO: the agent, assistant or bot, e.g. refund-assistant
              autonomy: ""                      # TODO: suggests_only, acts_with_approval or acts_autonomously (did a person approve its actions?)
              models:
                - id: ""                        # TODO: the exact model id or version in production, e.g. gpt-4o-2024-08-06
                  provider: ""                  # optional: e.g. openai
                  role: ""                      # optional: e.g. primary, router, judge or embedder

            """.TrimEnd('\n') + "\n" + versions +
            """
              tools: []                         # optional: the tools the agent could call, e.g. [lookup_order, quote_refund]
              guardrails: []                    # optional: checks meant to stop a bad output or action
              evals: []                         # optional: eval suites that ran on the change
              traces: []                        # optional: trace or conversation ids that show the failure

            """;
    }

    private static string Impact() =>
        """
        impact:                             # optional: what it cost; remove what you cannot count
          affected_users:                   # optional: a whole number, without quotes, e.g. 127
          incorrect_responses:              # optional: a whole number, without quotes, e.g. 34
          financial_impact: ""              # optional: e.g. $2,100 in over-promised refunds
          reputation_impact: ""             # optional
          llm_cost_wasted: ""               # optional

        """;

    private static string Analysis(string? category) =>
        $$"""
        analysis:                           # the four-layer root cause analysis; 'pirlint analyze FILE --format yaml' drafts it from the timeline
          immediate_trigger: ""             # {{(IsAgentCategory(category) ? "TODO" : "optional, but PIR402 asks for all four layers in AI-agent categories")}}: what change or event triggered the incident?
          detection_gap:
            - ""                            # TODO: why did detection take so long?
          prevention_gap:
            - ""                            # TODO: what process or test would have prevented this?
          systemic_factor:
            - ""                            # TODO: what organizational or architectural pattern allows this failure class?

        """;

    private static string Meeting(DateTime today) =>
        $$"""
        review_date: "{{Date(today)}}"              # the day of the review meeting: 3 to 5 business days after the incident
        facilitator: "TBD"                  # TODO: someone who was not involved in the incident
        attendees:
          - ""                              # TODO: everyone at the review meeting

        """;

    private static string Date(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
