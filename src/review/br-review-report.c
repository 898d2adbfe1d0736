/* br-review-report.c — the review as text for people and as JSON for
 * programs (bar-raiser --review, README.md "Reviewing a design")
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-review"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "br-json-write.h"
#include "br-review-private.h"
#include "br-units.h"

static char *
rate (double value)
{
  return br_units_format (value, BR_UNIT_RATE, 3);
}

static char *
milliseconds (double value)
{
  return g_strdup_printf ("%.3g ms", value);
}

static const char *
name_of (const BrReviewNode *node)
{
  return node->label[0] != '\0' ? node->label : br_stencil_to_string (node->type);
}

static void
append_component (GString            *out,
                  const BrReviewNode *node)
{
  g_autofree char *reads = rate (node->read_load);
  g_autofree char *writes = rate (node->write_load);

  g_string_append_printf (out, "  %s (%s%s%s)\n", name_of (node), br_stencil_to_string (node->type),
                          node->type_inferred ? _(", from its label") : "",
                          node->managed ? _(", managed") : "");
  /* Translators: the load a component gets at peak, as "2.7k/s reads, 300/s writes" */
  g_string_append_printf (out, _("    load at peak: %s reads, %s writes"), reads, writes);
  if (node->down)
    g_string_append_printf (out, _("; down"));
  else if (node->utilization > 0)
    g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "; %u replica at %.0f%% of capacity",
                                              "; %u replicas at %.0f%% of capacity", node->replicas),
                            node->replicas, node->utilization * 100.0);
  else if (node->type != BR_STENCIL_CLIENT)
    g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "; %u replica, capacity unknown",
                                              "; %u replicas, capacity unknown", node->replicas),
                            node->replicas);
  g_string_append_c (out, '\n');

  if (node->type == BR_STENCIL_CLIENT)
    return;
  if (node->saturated)
    g_string_append (out, _("    latency: saturated: the excess is shed and fails"));
  else if (node->latency_known)
    {
      g_autofree char *p50 = milliseconds (node->p50_ms);
      g_autofree char *p99 = milliseconds (node->p99_ms);

      g_string_append_printf (out, _("    latency: p50 %s, p99 %s"), p50, p99);
    }
  else
    g_string_append (out, _("    latency: unknown (the reference has no figure: set one)"));
  if (node->shed > 0)
    {
      g_autofree char *shed = rate (node->shed);

      g_string_append_printf (out, _("; sheds %s"), shed);
    }
  g_string_append_c (out, '\n');
}

static void
append_client (GString            *out,
               const BrReviewNode *node)
{
  g_autofree char *down = br_units_format_duration (br_review_downtime_per_month (node->up), 2);

  g_string_append_printf (out, "  %s: ", name_of (node));
  if (node->path_hops == 0)
    {
      g_string_append_printf (out, "%s\n", _("sends no requests"));
      return;
    }
  if (node->path_saturated)
    g_string_append (out, _("saturated on its path"));
  else
    {
      g_autofree char *p50 = milliseconds (node->path_p50_ms);
      g_autofree char *p99 = milliseconds (node->path_p99_ms);

      g_string_append_printf (out, _("p50 %s, p99 %s"), p50, p99);
    }
  g_string_append_printf (out, _("; availability %.4f%% (%.1f nines, %s down a month)"),
                          node->up * 100.0, br_review_nines (node->up), down);
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "; %.1f%% of requests fail; %u hop",
                                            "; %.1f%% of requests fail; %u hops", node->path_hops),
                          node->fail * 100.0, node->path_hops);
  if (node->lost)
    g_string_append (out, _("; loses service"));
  g_string_append_c (out, '\n');
}

/**
 * br_review_to_text:
 *
 * Returns: the review for people: the components, the clients, the break
 *   point and the findings
 */
char *
br_review_to_text (BrReview *self)
{
  GString *out = g_string_new (NULL);
  double multiplier;
  guint node;
  const char *what;

  /* Translators: the first line of the review, as "Review at 2x the entry load: 6 components" */
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "Review at %gx the entry load: %u component\n",
                                            "Review at %gx the entry load: %u components\n", self->nodes->len),
                          self->multiplier, self->nodes->len);
  g_string_append_printf (out, "\n%s\n", _("Components:"));
  for (guint i = 0; i < self->nodes->len; i++)
    append_component (out, NODE (self, i));

  g_string_append_printf (out, "\n%s\n", _("Clients:"));
  for (guint i = 0; i < self->nodes->len; i++)
    if (NODE (self, i)->type == BR_STENCIL_CLIENT)
      append_client (out, NODE (self, i));

  g_string_append_c (out, '\n');
  if (br_review_get_break_point (self, &multiplier, &node, &what))
    /* Translators: e.g. "Break point: 2.7x today's peak: Postgres writes" */
    g_string_append_printf (out, _("Break point: %.2gx today's peak: %s %s\n"), multiplier,
                            name_of (NODE (self, node)), what);
  else
    g_string_append_printf (out, "%s\n", _("Break point: none (no component has both load and a capacity)"));
  for (guint i = 0; i < self->cycles->len; i++)
    g_string_append_printf (out, _("Cycle: the arrow %s closes a cycle; it carries nothing\n"),
                            (const char *) g_ptr_array_index (self->cycles, i));

  g_string_append_printf (out, "\n%s\n", _("Findings:"));
  if (self->findings->len == 0)
    g_string_append_printf (out, "  %s\n", _("none"));
  for (guint i = 0; i < self->findings->len; i++)
    {
      const BrReviewFinding *finding = br_review_get_finding (self, i);
      g_autofree char *items = g_strjoinv (", ", finding->items);

      g_string_append_printf (out, "  %s %s [%s]: %s\n    %s\n",
                              br_review_severity_to_string (br_review_rule_severity (finding->rule)),
                              br_review_rule_id (finding->rule), items, finding->message, finding->question);
    }
  return g_string_free (out, FALSE);
}

static void
member_double (JsonBuilder *builder,
               const char  *name,
               double       value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_double_value (builder, value);
}

static void
member_bool (JsonBuilder *builder,
             const char  *name,
             gboolean     value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_boolean_value (builder, value);
}

static void
member_string (JsonBuilder *builder,
               const char  *name,
               const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

/* A latency, or null when there is none to show */
static void
member_latency (JsonBuilder *builder,
                const char  *name,
                double       value,
                gboolean     shown)
{
  json_builder_set_member_name (builder, name);
  if (shown)
    json_builder_add_double_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_node (JsonBuilder        *builder,
          const BrReviewNode *node)
{
  gboolean shown = !node->saturated && node->latency_known && node->type != BR_STENCIL_CLIENT;

  json_builder_begin_object (builder);
  member_string (builder, "id", node->item_id);
  member_string (builder, "label", node->label);
  member_string (builder, "type", br_stencil_to_string (node->type));
  member_bool (builder, "inferred", node->type_inferred);
  member_double (builder, "replicas", node->replicas);
  member_bool (builder, "managed", node->managed);
  member_bool (builder, "down", node->down);
  member_double (builder, "read_load", node->read_load);
  member_double (builder, "write_load", node->write_load);
  member_double (builder, "in", node->in);
  member_double (builder, "out", node->out);
  member_double (builder, "absorbed", node->absorbed);
  member_double (builder, "shed", node->shed);
  member_double (builder, "amplified", node->amplified);
  member_double (builder, "utilization", node->utilization);
  member_double (builder, "headroom", node->headroom);
  member_bool (builder, "saturated", node->saturated);
  member_latency (builder, "p50_ms", node->p50_ms, shown);
  member_latency (builder, "p99_ms", node->p99_ms, shown);
  member_double (builder, "availability", node->up);
  json_builder_end_object (builder);
}

static void
add_client (JsonBuilder        *builder,
            const BrReviewNode *node)
{
  gboolean shown = !node->path_saturated && node->path_hops > 0;

  json_builder_begin_object (builder);
  member_string (builder, "id", node->item_id);
  member_latency (builder, "p50_ms", node->path_p50_ms, shown);
  member_latency (builder, "p99_ms", node->path_p99_ms, shown);
  member_bool (builder, "saturated", node->path_saturated);
  member_double (builder, "availability", node->up);
  member_double (builder, "nines", br_review_nines (node->up));
  member_double (builder, "downtime_per_month_s", br_review_downtime_per_month (node->up));
  member_double (builder, "failing", node->fail);
  member_double (builder, "hops", node->path_hops);
  member_bool (builder, "lost", node->lost);
  json_builder_end_object (builder);
}

static void
add_finding (JsonBuilder           *builder,
             const BrReviewFinding *finding)
{
  json_builder_begin_object (builder);
  member_string (builder, "id", br_review_rule_id (finding->rule));
  member_string (builder, "severity", br_review_severity_to_string (br_review_rule_severity (finding->rule)));
  member_string (builder, "principle", br_review_rule_principle (finding->rule));
  member_string (builder, "phase", br_review_rule_phase (finding->rule));
  json_builder_set_member_name (builder, "items");
  json_builder_begin_array (builder);
  for (guint k = 0; finding->items[k] != NULL; k++)
    json_builder_add_string_value (builder, finding->items[k]);
  json_builder_end_array (builder);
  member_string (builder, "message", finding->message);
  member_string (builder, "question", finding->question);
  json_builder_end_object (builder);
}

/**
 * br_review_to_json:
 *
 * Returns: the review as a "bar-raiser-review" JSON document
 */
char *
br_review_to_json (BrReview *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  GString *out;
  double multiplier;
  guint node;
  const char *what;

  json_builder_begin_object (builder);
  member_string (builder, "format", "bar-raiser-review");
  member_double (builder, "version", 1);
  member_double (builder, "multiplier", self->multiplier);
  json_builder_set_member_name (builder, "targets");
  json_builder_begin_object (builder);
  member_double (builder, "p99_ms", self->targets.p99_ms);
  member_double (builder, "availability", self->targets.availability);
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "components");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->nodes->len; i++)
    add_node (builder, NODE (self, i));
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "arrows");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->edges->len; i++)
    {
      const BrReviewEdge *edge = EDGE (self, i);

      json_builder_begin_object (builder);
      member_string (builder, "id", edge->item_id);
      member_string (builder, "from", NODE (self, edge->from)->item_id);
      member_string (builder, "to", NODE (self, edge->to)->item_id);
      member_bool (builder, "async", edge->async);
      member_bool (builder, "cycle", edge->cycle);
      member_double (builder, "reads", edge->read);
      member_double (builder, "writes", edge->write);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "clients");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->nodes->len; i++)
    if (NODE (self, i)->type == BR_STENCIL_CLIENT)
      add_client (builder, NODE (self, i));
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "break_point");
  if (br_review_get_break_point (self, &multiplier, &node, &what))
    {
      json_builder_begin_object (builder);
      member_double (builder, "multiplier", multiplier);
      member_string (builder, "component", NODE (self, node)->item_id);
      member_string (builder, "what", what);
      json_builder_end_object (builder);
    }
  else
    json_builder_add_null_value (builder);

  json_builder_set_member_name (builder, "findings");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->findings->len; i++)
    add_finding (builder, br_review_get_finding (self, i));
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  /* Written by the app's one JSON writer, without its final newline: the
   * caller ends the line */
  root = json_builder_get_root (builder);
  out = g_string_new (NULL);
  br_json_write_node (out, root, 2);
  if (out->len > 0 && out->str[out->len - 1] == '\n')
    g_string_truncate (out, out->len - 1);
  return g_string_free (out, FALSE);
}
