using System;
using System.Globalization;
using System.Text;

namespace PirLint.Cli;

/// <summary>
/// The review <c>pirlint new</c> writes: the background article's template with the four-layer analysis and three
/// action item stubs. Each place that needs the team's facts is a value <c>pirlint check</c> reports (an empty
/// required value or list item: PIR002; owner and facilitator <c>TBD</c>: PIR101, PIR302; no due date: PIR102) and,
/// in YAML, carries a <c>TODO</c> comment on its line. Everything else passes every rule.
/// </summary>
internal static class ReviewTemplate
{
    public static string Yaml(string id, DateTime today)
    {
        var output = new StringBuilder();
        Header(output, id, today, "#");
        output.Append(Summary(id));
        output.Append(Impact());
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
        output.Append(Analysis());
        output.Append('\n');
        output.Append("action_items:                       # 3 to 5 owned, dated items; due from review_date: p0 within 1 day, p1 within 7 days, p2 by the end of the quarter\n");
        for (var i = 0; i < 3; i++)
        {
            output.Append(
                """
                  - description: ""                 # TODO: the change that stops this class of failure
                    owner: "TBD"                    # TODO: the one person who owns it
                    priority: ""                    # TODO: p0_immediate, p1_this_week or p2_this_quarter
                    due_date: ""                    # TODO: YYYY-MM-DD
                    status: "open"                  # open, in_progress or closed
                    ticket_url: ""                  # optional: the item's ticket, an http or https URL

                """);
        }

        output.Append(Meeting(today));
        return output.ToString();
    }

    public static string Markdown(string id, DateTime today)
    {
        var output = new StringBuilder();
        output.Append("---\n");
        Header(output, id, today, "#");
        output.Append(Summary(id));
        output.Append(Impact());
        output.Append(Analysis());
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
                 or p2_this_quarter (the end of the quarter). Due date: YYYY-MM-DD. Status: open, in_progress or closed. -->

            | Description | Owner | Priority | Due date | Status | Ticket URL |
            |---|---|---|---|---|---|
            |  | TBD |  |  | open |  |
            |  | TBD |  |  | open |  |
            |  | TBD |  |  | open |  |

            """);
        return output.ToString();
    }

    private static void Header(StringBuilder output, string id, DateTime today, string comment)
    {
        output.Append($"{comment} Post-incident review {id}, started with 'pirlint new' on {Date(today)}.\n");
        output.Append($"{comment} Each place marked TODO needs the team's facts, and 'pirlint check' reports it until it is filled in;\n");
        output.Append($"{comment} the places marked optional can be filled in or removed.\n");
    }

    private static string Summary(string id) =>
        $$"""
        incident_summary:
          id: {{YamlText.Quote(id)}}
          title: ""                         # TODO: one line that says what users saw
          severity: ""                      # TODO: sev1 (worst) to sev5
          category: ""                      # TODO: infrastructure, model_behavior, prompt_regression, tool_failure, data_quality, safety_violation or capacity
          duration: ""                      # optional: from the first to the last timeline event, e.g. 2 hours 15 minutes
          detected_by: ""                   # optional: e.g. customer_complaint or monitoring
          detection_delay: ""               # optional: from the first symptom to detection, e.g. 45 minutes

        """;

    private static string Impact() =>
        """
        impact:                             # optional: what it cost; remove what you cannot count
          affected_users: ""                # optional: a whole number
          incorrect_responses: ""           # optional: a whole number
          financial_impact: ""              # optional: e.g. $2,100 in over-promised refunds
          reputation_impact: ""             # optional
          llm_cost_wasted: ""               # optional

        """;

    private static string Analysis() =>
        """
        analysis:                           # the four-layer root cause analysis; 'pirlint analyze FILE --format yaml' drafts it from the timeline
          immediate_trigger: ""             # optional, but PIR402 asks for all four layers in AI-agent categories: what change or event triggered the incident?
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
