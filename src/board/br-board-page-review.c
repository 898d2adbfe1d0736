/* br-board-page-review.c — the design review on the Whiteboard page: the
 * traffic overlay and its load slider, the review panel (inspector and
 * findings), and failure drills from the context menu
 *
 * The page holds the board's BrReviewTracker. Board edits, the slider and
 * drills only mark its review stale; while the overlay or the panel is
 * shown, the canvas's next frame (a tick callback) computes it once, then
 * the overlay, the break point, the inspector and the findings follow the
 * new review. So a slider dragged across a large board costs one analysis
 * a frame, and a panning frame none.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "bar-raiser"

#include <glib/gi18n.h>
#include <math.h>

#include "br-accessible.h"
#include "br-board-page-private.h"

static const char * const drill_names[] = {
  [BR_DRILL_NONE] = "none",
  [BR_DRILL_DOWN] = "down",
  [BR_DRILL_SLOW] = "slow",
  [BR_DRILL_CUT] = "cut",
  [BR_DRILL_LOSE_REPLICA] = "lose-replica",
};

/* A crossfading revealer keeps its child's size while it is hidden, which
 * would leave a blank band over the board: it shows only while its child
 * shows or fades out (GTK 4.8's sliding revealers could overflow a width) */
static void
revealer_settled (GtkRevealer *revealer,
                  GParamSpec  *pspec,
                  gpointer     user_data)
{
  if (!gtk_revealer_get_reveal_child (revealer) && !gtk_revealer_get_child_revealed (revealer))
    gtk_widget_set_visible (GTK_WIDGET (revealer), FALSE);
}

static void
reveal (GtkRevealer *revealer,
        gboolean     shown)
{
  /* Shown first, so that it is mapped and fades in */
  if (shown)
    gtk_widget_set_visible (GTK_WIDGET (revealer), TRUE);
  gtk_revealer_set_reveal_child (revealer, shown);
  revealer_settled (revealer, NULL, NULL);
}

static gboolean
review_shown (BrBoardPage *self)
{
  return self->traffic ||
         gtk_revealer_get_reveal_child (self->review_revealer) ||
         br_review_tracker_get_drill (self->tracker, NULL, NULL) != BR_DRILL_NONE;
}

static gboolean
review_tick (GtkWidget     *widget,
             GdkFrameClock *clock,
             gpointer       user_data)
{
  BrBoardPage *self = user_data;

  self->review_tick_id = 0;
  br_review_tracker_get_review (self->tracker);
  return G_SOURCE_REMOVE;
}

/* The review is computed at the next frame, once however many changes
 * came before it */
static void
schedule_review (BrBoardPage *self)
{
  if (self->review_tick_id != 0 || !br_review_tracker_get_stale (self->tracker) || !review_shown (self) ||
      !gtk_widget_get_mapped (GTK_WIDGET (self->canvas)))
    return;
  self->review_tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self->canvas), review_tick, self, NULL);
}

/* Hidden, the canvas draws no frame: the review waits for it to be shown */
static void
canvas_unmapped (BrBoardPage *self)
{
  if (self->review_tick_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->canvas), self->review_tick_id);
  self->review_tick_id = 0;
}

static const char *
item_name (BrBoardPage *self,
           const char  *id)
{
  BrBoard *board = br_canvas_get_board (self->canvas);
  const BrItem *item = board != NULL && id != NULL ? br_board_lookup (board, id) : NULL;

  if (item == NULL || item->label[0] == '\0')
    return item != NULL && item->kind == BR_ITEM_ARROW ? _("an arrow") : _("a component");
  return item->label;
}

/* "0.25", "2.7", "35", "1200": two significant figures, never an exponent */
static char *
format_factor (double value)
{
  if (value >= 100)
    return g_strdup_printf ("%.0f", value);
  return g_strdup_printf ("%.2g", value);
}

static void
update_break_point (BrBoardPage *self,
                    BrReview    *review)
{
  g_autofree char *text = NULL;
  g_autofree char *factor = NULL;
  double multiplier = br_review_tracker_get_multiplier (self->tracker);
  double at;
  guint index;
  const char *what;
  g_autofree char *plain = format_factor (multiplier);

  /* Translators: the traffic multiplier, "2.7×" */
  factor = g_strdup_printf (_("%s×"), plain);
  gtk_label_set_label (self->multiplier_label, factor);
  g_free (factor);
  /* Translators: what a screen reader says for the traffic slider's value */
  factor = g_strdup_printf (_("%s times today's peak load"), plain);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->traffic_scale),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, factor, -1);

  if (review == NULL)
    return;
  if (!br_review_get_break_point (review, &at, &index, &what))
    text = g_strdup (br_review_get_n_nodes (review) == 0
                     ? _("No components to load yet")
                     : _("No break point: no load reaches a component with a known capacity"));
  else
    {
      const BrReviewNode *node = br_review_get_node (review, index);
      const char *name = node->label[0] != '\0' ? node->label : br_stencil_get_default_label (node->type);
      g_autofree char *label = NULL;
      g_autofree char *at_text = format_factor (at);

      if (g_strcmp0 (what, "reads") == 0)
        /* Translators: a component and what saturates in it, "Postgres (reads)" */
        label = g_strdup_printf (_("%s (reads)"), name);
      else if (g_strcmp0 (what, "writes") == 0)
        label = g_strdup_printf (_("%s (writes)"), name);
      else
        label = g_strdup (name);
      if (multiplier < at)
        /* Translators: the break point, "Breaks at 2.7×: Postgres (writes)" */
        text = g_strdup_printf (_("Breaks at %s×: %s"), at_text, label);
      else
        /* Translators: past the break point, "Broken since 2.7×: Postgres (writes) is saturated" */
        text = g_strdup_printf (_("Broken since %s×: %s is saturated"), at_text, label);
    }
  gtk_label_set_label (self->break_label, text);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->break_label), text);
}

static void
review_updated (BrBoardPage *self)
{
  BrReview *review = br_review_tracker_peek_review (self->tracker);

  br_canvas_set_traffic (self->canvas, self->traffic ? review : NULL);
  update_break_point (self, review);
}

static void
drill_changed (BrBoardPage *self)
{
  const char *id;
  double factor;
  BrDrillKind kind = br_review_tracker_get_drill (self->tracker, &id, &factor);
  g_autofree char *text = NULL;

  switch (kind)
    {
    case BR_DRILL_DOWN:
      /* Translators: the failure drill banner */
      text = g_strdup_printf (_("Drill: %s is down. The overlay and the findings show what breaks."), item_name (self, id));
      break;
    case BR_DRILL_SLOW:
      text = g_strdup_printf (_("Drill: %s is %g times slower. The overlay and the findings show what breaks."),
                              item_name (self, id), factor);
      break;
    case BR_DRILL_CUT:
      text = g_strdup_printf (_("Drill: %s is cut. The overlay and the findings show what breaks."), item_name (self, id));
      break;
    case BR_DRILL_LOSE_REPLICA:
      text = g_strdup_printf (_("Drill: %s lost one replica. The overlay and the findings show what breaks."),
                              item_name (self, id));
      break;
    case BR_DRILL_NONE:
    default:
      break;
    }
  if (text != NULL)
    gtk_label_set_label (self->drill_label, text);
  reveal (self->drill_revealer, text != NULL);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self->actions), "end-drill")),
                               kind != BR_DRILL_NONE);
  schedule_review (self);
}

/* ---------------------------------------------------------------------- */
/* Actions                                                                 */

static void
set_traffic (BrBoardPage *self,
             gboolean     traffic)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self->actions), "traffic");

  self->traffic = traffic;
  g_simple_action_set_state (G_SIMPLE_ACTION (action), g_variant_new_boolean (traffic));
  reveal (self->traffic_revealer, traffic);
  br_canvas_set_traffic (self->canvas, traffic ? br_review_tracker_peek_review (self->tracker) : NULL);
  schedule_review (self);
}

static void
traffic_activated (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  BrBoardPage *self = user_data;

  set_traffic (self, !self->traffic);
}

static void
set_review_panel (BrBoardPage *self,
                  gboolean     shown)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self->actions), "review");

  g_simple_action_set_state (G_SIMPLE_ACTION (action), g_variant_new_boolean (shown));
  reveal (self->review_revealer, shown);
  schedule_review (self);
}

static void
review_activated (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  BrBoardPage *self = user_data;
  gboolean shown = !gtk_revealer_get_reveal_child (self->review_revealer);

  set_review_panel (self, shown);
  /* The keyboard goes where the user looks */
  if (shown)
    gtk_widget_child_focus (GTK_WIDGET (self->review_panel), GTK_DIR_TAB_FORWARD);
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->canvas));
}

static void
inspect_activated (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  BrBoardPage *self = user_data;

  set_review_panel (self, TRUE);
  br_review_panel_show_page (self->review_panel, g_variant_get_string (parameter, NULL));
}

static void
drill_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  BrBoardPage *self = user_data;
  const char *kind, *id;
  double factor;

  g_variant_get (parameter, "(&s&sd)", &kind, &id, &factor);
  for (guint i = BR_DRILL_DOWN; i < G_N_ELEMENTS (drill_names); i++)
    if (g_str_equal (kind, drill_names[i]))
      {
        br_review_tracker_set_drill (self->tracker, i, id, factor);
        /* A drill is seen on the overlay */
        if (!self->traffic)
          set_traffic (self, TRUE);
        return;
      }
}

static void
end_drill_activated (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  BrBoardPage *self = user_data;

  br_review_tracker_set_drill (self->tracker, BR_DRILL_NONE, NULL, 1.0);
}

static const GActionEntry review_actions[] = {
  { "traffic", traffic_activated, NULL, "false" },
  { "review", review_activated, NULL, "false" },
  { "inspect", inspect_activated, "s" },
  { "drill", drill_activated, "(ssd)" },
  { "end-drill", end_drill_activated },
};

/* ---------------------------------------------------------------------- */
/* The context menu                                                        */

static void
add_drill_item (GMenu      *menu,
                const char *label,
                BrDrillKind kind,
                const char *id,
                double      factor)
{
  g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

  g_menu_item_set_action_and_target_value (item, "board.drill",
                                           g_variant_new ("(ssd)", drill_names[kind], id, factor));
  g_menu_append_item (menu, item);
}

static void
context_menu (BrBoardPage *self,
              double       x,
              double       y)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) drills = g_menu_new ();
  g_autoptr(GMenu) view = g_menu_new ();
  BrBoard *board = br_canvas_get_board (self->canvas);
  const BrItem *item = NULL;

  if (board != NULL && br_canvas_get_n_selected (self->canvas) == 1)
    {
      g_auto(GStrv) ids = br_canvas_get_selection (self->canvas);

      item = br_board_lookup (board, ids[0]);
    }
  if (item != NULL && item->kind == BR_ITEM_ARROW)
    add_drill_item (drills, _("_Cut the Arrow"), BR_DRILL_CUT, item->id, 1);
  else if (item != NULL && br_item_can_be_component (item))
    {
      add_drill_item (drills, _("_Take Down"), BR_DRILL_DOWN, item->id, 1);
      add_drill_item (drills, _("_Slow Down 10 Times"), BR_DRILL_SLOW, item->id, 10);
      add_drill_item (drills, _("_Lose One Replica"), BR_DRILL_LOSE_REPLICA, item->id, 1);
    }
  if (br_review_tracker_get_drill (self->tracker, NULL, NULL) != BR_DRILL_NONE)
    g_menu_append (drills, _("_End Drill"), "board.end-drill");
  if (item != NULL)
    g_menu_append (view, _("_Inspect"), "board.inspect::inspector");
  g_menu_append (view, _("Show _Findings"), "board.inspect::findings");
  g_menu_append_section (menu, _("Failure Drill"), G_MENU_MODEL (drills));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (view));
  br_canvas_popup_menu (self->canvas, G_MENU_MODEL (menu), x, y);
}

/* ---------------------------------------------------------------------- */
/* Set-up                                                                  */

static void
scale_changed (BrBoardPage *self,
               GtkRange    *range)
{
  br_review_tracker_set_multiplier (self->tracker, pow (10.0, gtk_range_get_value (range)));
  update_break_point (self, br_review_tracker_peek_review (self->tracker));
}

static void
canvas_board_changed (BrBoardPage *self)
{
  br_canvas_set_traffic (self->canvas, NULL);
  br_review_tracker_set_board (self->tracker, br_canvas_get_board (self->canvas));
}

void
_br_board_page_review_class_init (GtkWidgetClass *widget_class)
{
  g_type_ensure (BR_TYPE_REVIEW_PANEL);
  gtk_widget_class_bind_template_callback (widget_class, revealer_settled);
  gtk_widget_class_bind_template_child (widget_class, BrBoardPage, traffic_revealer);
  gtk_widget_class_bind_template_child (widget_class, BrBoardPage, traffic_scale);
  gtk_widget_class_bind_template_child (widget_class, BrBoardPage, multiplier_label);
  gtk_widget_class_bind_template_child (widget_class, BrBoardPage, break_label);
  gtk_widget_class_bind_template_child (widget_class, BrBoardPage, drill_revealer);
  gtk_widget_class_bind_template_child (widget_class, BrBoardPage, drill_label);
  gtk_widget_class_bind_template_child (widget_class, BrBoardPage, review_revealer);
  gtk_widget_class_bind_template_child (widget_class, BrBoardPage, review_panel);
}

/* After the template */
void
_br_board_page_review_init (BrBoardPage *self)
{
  g_autoptr(BrReference) reference = NULL;
  g_autoptr(GError) error = NULL;

  /* The Traffic toggle, End Drill and the drill buttons */
  br_accessible_fix_mnemonic_buttons (GTK_WIDGET (self));
  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), review_actions,
                                   G_N_ELEMENTS (review_actions), self);
  /* Built in: it is checked by the tests, it cannot fail */
  reference = br_reference_new_builtin (&error);
  g_assert_no_error (error);
  self->tracker = br_review_tracker_new (reference);

  br_review_panel_set_canvas (self->review_panel, self->canvas);
  br_review_panel_set_tracker (self->review_panel, self->tracker);
  g_signal_connect_object (self->tracker, "notify::stale", G_CALLBACK (schedule_review), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->tracker, "notify::drill-kind", G_CALLBACK (drill_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->tracker, "updated", G_CALLBACK (review_updated), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->canvas, "notify::board", G_CALLBACK (canvas_board_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->canvas, "map", G_CALLBACK (schedule_review), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->canvas, "unmap", G_CALLBACK (canvas_unmapped), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->canvas, "context-menu", G_CALLBACK (context_menu), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->traffic_scale, "value-changed", G_CALLBACK (scale_changed), self, G_CONNECT_SWAPPED);
  canvas_board_changed (self);
  drill_changed (self);
  update_break_point (self, NULL);
}

void
_br_board_page_review_dispose (BrBoardPage *self)
{
  if (self->review_tick_id != 0 && self->canvas != NULL)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->canvas), self->review_tick_id);
  self->review_tick_id = 0;
  if (self->review_panel != NULL)
    {
      br_review_panel_set_tracker (self->review_panel, NULL);
      br_review_panel_set_canvas (self->review_panel, NULL);
    }
  if (self->tracker != NULL)
    br_review_tracker_set_board (self->tracker, NULL);
  g_clear_object (&self->tracker);
}

/**
 * br_board_page_get_review_tracker:
 *
 * Returns: (transfer none): the review of the board shown
 */
BrReviewTracker *
br_board_page_get_review_tracker (BrBoardPage *self)
{
  g_return_val_if_fail (BR_IS_BOARD_PAGE (self), NULL);
  return self->tracker;
}

/**
 * br_board_page_get_review_panel:
 *
 * Returns: (transfer none): the inspector and findings panel
 */
BrReviewPanel *
br_board_page_get_review_panel (BrBoardPage *self)
{
  g_return_val_if_fail (BR_IS_BOARD_PAGE (self), NULL);
  return self->review_panel;
}

/**
 * br_board_page_get_break_label:
 *
 * Returns: (transfer none): the label that names the break point
 */
GtkLabel *
br_board_page_get_break_label (BrBoardPage *self)
{
  g_return_val_if_fail (BR_IS_BOARD_PAGE (self), NULL);
  return self->break_label;
}

/**
 * br_board_page_get_traffic_scale:
 *
 * Returns: (transfer none): the load slider, log10 of the multiplier
 */
GtkRange *
br_board_page_get_traffic_scale (BrBoardPage *self)
{
  g_return_val_if_fail (BR_IS_BOARD_PAGE (self), NULL);
  return GTK_RANGE (self->traffic_scale);
}
