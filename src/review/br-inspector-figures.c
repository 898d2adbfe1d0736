/* br-inspector-figures.c — what the review computes for the item the
 * inspector shows: its load, utilisation, latency and availability
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "bar-raiser"

#include <glib/gi18n.h>

#include "br-inspector-private.h"
#include "br-units.h"

/**
 * _br_inspector_behind_cache:
 *
 * Returns: whether @node is a cache that gets its reads from another
 *   cache: its hit rate is a share of that one's misses
 */
gboolean
_br_inspector_behind_cache (BrInspector        *self,
                            const BrReviewNode *node)
{
  BrReview *review = self->tracker != NULL ? br_review_tracker_peek_review (self->tracker) : NULL;
  const guint *in_edges;
  guint n_in = 0;

  if (review == NULL || node == NULL || (node->type != BR_STENCIL_CACHE && node->type != BR_STENCIL_CDN))
    return FALSE;
  /* The component as this review sees it */
  node = br_review_find_node (review, node->item_id);
  if (node == NULL)
    return FALSE;
  in_edges = br_review_get_in_edges (review, node, &n_in);
  for (guint i = 0; i < n_in; i++)
    {
      const BrReviewEdge *edge = br_review_get_edge (review, in_edges[i]);
      const BrReviewNode *from = br_review_get_node (review, edge->from);

      if (from->type == BR_STENCIL_CACHE || from->type == BR_STENCIL_CDN)
        return TRUE;
    }
  return FALSE;
}

static void
add_figure (BrInspector *self,
            const char  *title,
            const char  *value)
{
  AdwActionRow *row = ADW_ACTION_ROW (adw_action_row_new ());

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (row, value);
  adw_action_row_set_subtitle_lines (row, 0);
  gtk_widget_add_css_class (GTK_WIDGET (row), "property");
  gtk_list_box_append (self->figures_list, GTK_WIDGET (row));
}

static char *
rate (double value)
{
  return br_units_format (value, BR_UNIT_RATE, 3);
}

static char *
reads_and_writes (double reads,
                  double writes)
{
  g_autofree char *r = rate (reads);
  g_autofree char *w = rate (writes);

  /* Translators: a load, "2.7k/s reads, 300/s writes" */
  return g_strdup_printf (_("%s reads, %s writes"), r, w);
}

static char *
availability (double up)
{
  g_autofree char *down = br_units_format_duration (br_review_downtime_per_month (up), 2);

  /* Translators: "99.95% (3.3 nines, 22 min down a month)" */
  return g_strdup_printf (_("%.4g%% (%.1f nines, %s down a month)"), up * 100.0, br_review_nines (up), down);
}

static char *
latency (double p50,
         double p99)
{
  /* Translators: response times, "p50 2.1 ms, p99 9.6 ms" */
  return g_strdup_printf (_("p50 %.3g ms, p99 %.3g ms"), p50, p99);
}

static void
show_client (BrInspector        *self,
             const BrReviewNode *node)
{
  g_autofree char *sends = rate (node->out);
  g_autofree char *up = availability (node->up);
  g_autofree char *fail = g_strdup_printf ("%.3g%%", node->fail * 100.0);

  add_figure (self, _("Sends at peak"), sends);
  if (node->path_hops == 0)
    add_figure (self, _("Worst path"), _("Sends no requests: draw an arrow to what it calls"));
  else if (node->path_saturated)
    add_figure (self, _("Worst path"), _("Saturated: the excess is shed and fails"));
  else
    {
      g_autofree char *path = latency (node->path_p50_ms, node->path_p99_ms);

      add_figure (self, _("Worst path"), path);
    }
  add_figure (self, _("Availability of its requests"), up);
  add_figure (self, _("Requests failing"), node->lost ? _("All: it loses service") : fail);
}

static void
show_component (BrInspector        *self,
                const BrReviewNode *node)
{
  g_autofree char *load = reads_and_writes (node->read_load, node->write_load);
  g_autofree char *up = availability (node->up);

  add_figure (self, _("Load at peak"), load);
  if (node->down)
    {
      add_figure (self, _("Utilization"), _("Down: taken down by the drill"));
      return;
    }
  if (node->utilization > 0)
    {
      g_autofree char *text = NULL;

      /* Translators: "80% of 3 replicas' capacity" */
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%.0f%% of %u replica's capacity",
                                           "%.0f%% of %u replicas' capacity", node->replicas),
                              node->utilization * 100.0, node->replicas);
      add_figure (self, _("Utilization"), text);
    }
  else
    add_figure (self, _("Utilization"), _("Unknown: set its capacity"));

  if (node->saturated)
    add_figure (self, _("Latency"), _("Saturated: the excess is shed and fails"));
  else if (node->latency_known)
    {
      g_autofree char *text = latency (node->p50_ms, node->p99_ms);

      add_figure (self, _("Latency"), text);
    }
  else
    add_figure (self, _("Latency"), _("Unknown: set its latency"));
  if (node->shed > 0)
    {
      g_autofree char *shed = rate (node->shed);

      add_figure (self, _("Shed"), shed);
    }
  add_figure (self, _("Availability with what it needs"), up);
}

static void
show_edge (BrInspector        *self,
           const BrReviewEdge *edge)
{
  g_autofree char *load = reads_and_writes (edge->read, edge->write);

  if (edge->cycle)
    add_figure (self, _("Carries"), _("Nothing: it closes a cycle"));
  else if (edge->cut)
    add_figure (self, _("Carries"), _("Nothing: cut, or a line without arrowheads"));
  else
    add_figure (self, _("Carries at peak"), load);
  add_figure (self, _("On the request's path"), edge->async ? _("No: asynchronous") : _("Yes: synchronous"));
}

static void
clear_figures (BrInspector *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->figures_list))) != NULL)
    gtk_list_box_remove (self->figures_list, child);
}

/* The title, the figures and which drill buttons apply */
void
_br_inspector_show_figures (BrInspector        *self,
                            const BrItem       *item,
                            guint               n_selected,
                            BrReview           *review,
                            const BrReviewNode *node,
                            const BrReviewEdge *edge)
{
  gboolean figures = node != NULL || edge != NULL;

  clear_figures (self);
  if (item == NULL)
    {
      g_autofree char *several = NULL;

      if (n_selected > 1)
        several = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u item selected: select one to see its properties.",
                                                "%u items selected: select one to see its properties.", n_selected),
                                   n_selected);
      gtk_label_set_label (self->title_label, _("Nothing Selected"));
      if (several != NULL)
        gtk_label_set_label (self->empty_label, several);
      else
        gtk_label_set_label (self->empty_label, _("Select a component or an arrow to see and change what the review assumes about it."));
    }
  else
    {
      const char *name = item->label[0] != '\0' ? item->label
                       : item->kind == BR_ITEM_ARROW ? _("Arrow") : _("Shape");

      gtk_label_set_label (self->title_label, name);
      if (item->kind == BR_ITEM_ARROW && edge == NULL)
        gtk_label_set_label (self->empty_label, _("Join both ends of the arrow to components for the review to count it."));
      else if (item->kind != BR_ITEM_ARROW && node == NULL)
        gtk_label_set_label (self->empty_label, _("Not a component: give it a type, or a label that names one (Postgres, Redis, Kafka…)."));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->empty_label), !figures);
  gtk_widget_set_visible (GTK_WIDGET (self->properties_list), item != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->figures_heading), figures);
  gtk_widget_set_visible (GTK_WIDGET (self->figures_list), figures);
  gtk_widget_set_visible (GTK_WIDGET (self->drill_heading), figures);
  gtk_widget_set_visible (GTK_WIDGET (self->drill_box), figures);
  gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (self->down_button)), node != NULL);
  gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (self->replica_button)), node != NULL);
  gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (self->slow_button)), node != NULL);
  gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (self->factor_spin)), node != NULL);
  gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (self->cut_button)), edge != NULL);

  if (node != NULL && node->type == BR_STENCIL_CLIENT)
    show_client (self, node);
  else if (node != NULL)
    show_component (self, node);
  else if (edge != NULL)
    show_edge (self, edge);
}
