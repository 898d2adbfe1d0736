/* br-inspector.c — the properties of the selected component or arrow, and
 * what the review makes of them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "bar-raiser"

#include <glib/gi18n.h>

#include "br-accessible.h"
#include "br-inspector-private.h"

/**
 * BrInspector:
 *
 * A side panel of the Whiteboard page. For the one item selected on its
 * canvas it shows the review properties that matter for its type — the
 * type itself ("Inferred from label: Cache", or set), replicas,
 * capacities, latency, availability, a cache's hit rate, a client's load,
 * an arrow's calls, share and retries — each a row the keyboard reaches.
 * An entry is committed by Enter or by the focus leaving it; a value out
 * of its field's range is refused inline with the model's reason, and
 * every change is one undo step (br_board_set_field()). Emptying an entry
 * gives the value back to the label and the reference numbers, which its
 * placeholder shows.
 *
 * Below, the figures the review computes for the item (load, utilisation,
 * p50/p99, availability) from the #BrReviewTracker, and the failure drill
 * buttons (take down, lose a replica, slow down, cut).
 */

G_DEFINE_FINAL_TYPE (BrInspector, br_inspector, GTK_TYPE_BOX)

static BrBoard *
get_board (BrInspector *self)
{
  return self->canvas != NULL ? br_canvas_get_board (self->canvas) : NULL;
}

enum {
  PROP_0,
  PROP_CANVAS,
  PROP_TRACKER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Brings the rows, the figures and the drill buttons to the selection and
 * the latest review */
void
_br_inspector_sync (BrInspector *self)
{
  BrBoard *board = get_board (self);
  const BrItem *item = NULL;
  const BrReviewNode *node = NULL;
  const BrReviewEdge *edge = NULL;
  BrReview *review = NULL;
  g_autofree char *shape = NULL;
  guint n_selected = self->canvas != NULL ? br_canvas_get_n_selected (self->canvas) : 0;

  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->dirty = TRUE;
      return;
    }
  self->dirty = FALSE;

  if (board != NULL && n_selected == 1)
    {
      g_auto(GStrv) ids = br_canvas_get_selection (self->canvas);

      item = br_board_lookup (board, ids[0]);
    }
  if (item != NULL && item->kind != BR_ITEM_ARROW && !br_item_can_be_component (item))
    item = NULL;
  /* Computing the review emits "updated", which calls this again: that
   * call finds the review fresh and brings the rows to it, and this one
   * then finds them built for it */
  if (item != NULL && self->tracker != NULL)
    review = br_review_tracker_get_review (self->tracker);
  if (item != NULL && review != NULL)
    {
      node = br_review_find_node (review, item->id);
      edge = br_review_find_edge (review, item->id);
    }

  shape = _br_inspector_shape_of (item, node, edge);
  if (g_strcmp0 (shape, self->shape) != 0)
    {
      _br_inspector_rebuild (self, item, node, edge);
      g_free (self->shape);
      self->shape = g_steal_pointer (&shape);
    }
  else if (item != NULL)
    _br_inspector_refresh_values (self, item, node, edge);

  _br_inspector_show_figures (self, item, n_selected, review, node, edge);
}

/* ---------------------------------------------------------------------- */
/* GObject                                                                 */

static void
drill_clicked (BrInspector *self,
               GtkButton   *button)
{
  g_auto(GStrv) ids = NULL;

  if (self->tracker == NULL || self->canvas == NULL || br_canvas_get_n_selected (self->canvas) != 1)
    return;
  ids = br_canvas_get_selection (self->canvas);
  if (button == self->down_button)
    br_review_tracker_set_drill (self->tracker, BR_DRILL_DOWN, ids[0], 1);
  else if (button == self->replica_button)
    br_review_tracker_set_drill (self->tracker, BR_DRILL_LOSE_REPLICA, ids[0], 1);
  else if (button == self->slow_button)
    br_review_tracker_set_drill (self->tracker, BR_DRILL_SLOW, ids[0],
                                 gtk_spin_button_get_value (self->factor_spin));
  else if (button == self->cut_button)
    br_review_tracker_set_drill (self->tracker, BR_DRILL_CUT, ids[0], 1);
}

static void
br_inspector_map (GtkWidget *widget)
{
  BrInspector *self = BR_INSPECTOR (widget);

  GTK_WIDGET_CLASS (br_inspector_parent_class)->map (widget);
  if (self->dirty)
    _br_inspector_sync (self);
}

static void
br_inspector_dispose (GObject *object)
{
  BrInspector *self = BR_INSPECTOR (object);

  br_inspector_set_canvas (self, NULL);
  br_inspector_set_tracker (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), BR_TYPE_INSPECTOR);
  G_OBJECT_CLASS (br_inspector_parent_class)->dispose (object);
}

static void
br_inspector_finalize (GObject *object)
{
  BrInspector *self = BR_INSPECTOR (object);

  g_free (self->shape);
  _br_inspector_clear_fields (self);
  G_OBJECT_CLASS (br_inspector_parent_class)->finalize (object);
}

static void
br_inspector_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  BrInspector *self = BR_INSPECTOR (object);

  switch (prop_id)
    {
    case PROP_CANVAS:
      g_value_set_object (value, self->canvas);
      break;
    case PROP_TRACKER:
      g_value_set_object (value, self->tracker);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_inspector_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  BrInspector *self = BR_INSPECTOR (object);

  switch (prop_id)
    {
    case PROP_CANVAS:
      br_inspector_set_canvas (self, g_value_get_object (value));
      break;
    case PROP_TRACKER:
      br_inspector_set_tracker (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_inspector_class_init (BrInspectorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = br_inspector_dispose;
  object_class->finalize = br_inspector_finalize;
  object_class->get_property = br_inspector_get_property;
  object_class->set_property = br_inspector_set_property;
  widget_class->map = br_inspector_map;

  properties[PROP_CANVAS] =
    g_param_spec_object ("canvas", NULL, NULL, BR_TYPE_CANVAS,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TRACKER] =
    g_param_spec_object ("tracker", NULL, NULL, BR_TYPE_REVIEW_TRACKER,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "br-inspector.ui");
  gtk_widget_class_bind_template_child (widget_class, BrInspector, title_label);
  gtk_widget_class_bind_template_child (widget_class, BrInspector, empty_label);
  gtk_widget_class_bind_template_child (widget_class, BrInspector, properties_list);
  gtk_widget_class_bind_template_child (widget_class, BrInspector, figures_heading);
  gtk_widget_class_bind_template_child (widget_class, BrInspector, figures_list);
  gtk_widget_class_bind_template_child (widget_class, BrInspector, drill_heading);
  gtk_widget_class_bind_template_child (widget_class, BrInspector, drill_box);
  gtk_widget_class_bind_template_child (widget_class, BrInspector, down_button);
  gtk_widget_class_bind_template_child (widget_class, BrInspector, replica_button);
  gtk_widget_class_bind_template_child (widget_class, BrInspector, slow_button);
  gtk_widget_class_bind_template_child (widget_class, BrInspector, factor_spin);
  gtk_widget_class_bind_template_child (widget_class, BrInspector, cut_button);
  gtk_widget_class_bind_template_callback (widget_class, drill_clicked);
}

static void
br_inspector_init (BrInspector *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  br_accessible_fix_mnemonic_buttons (GTK_WIDGET (self->drill_box));
  self->dirty = TRUE;
}

GtkWidget *
br_inspector_new (void)
{
  return g_object_new (BR_TYPE_INSPECTOR, NULL);
}

BrCanvas *
br_inspector_get_canvas (BrInspector *self)
{
  g_return_val_if_fail (BR_IS_INSPECTOR (self), NULL);
  return self->canvas;
}

/**
 * br_inspector_set_canvas:
 * @canvas: (nullable): the canvas whose selection to show
 */
void
br_inspector_set_canvas (BrInspector *self,
                         BrCanvas    *canvas)
{
  g_return_if_fail (BR_IS_INSPECTOR (self));

  if (self->canvas == canvas)
    return;
  if (self->canvas != NULL)
    {
      g_signal_handlers_disconnect_by_data (br_canvas_get_board_editor (self->canvas), self);
      g_signal_handlers_disconnect_by_data (self->canvas, self);
    }
  g_set_object (&self->canvas, canvas);
  if (canvas != NULL)
    {
      g_signal_connect_swapped (br_canvas_get_board_editor (canvas), "selection-changed",
                                G_CALLBACK (_br_inspector_sync), self);
      g_signal_connect_swapped (canvas, "notify::board", G_CALLBACK (_br_inspector_sync), self);
    }
  _br_inspector_sync (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CANVAS]);
}

BrReviewTracker *
br_inspector_get_tracker (BrInspector *self)
{
  g_return_val_if_fail (BR_IS_INSPECTOR (self), NULL);
  return self->tracker;
}

/**
 * br_inspector_set_tracker:
 * @tracker: (nullable): the review of the canvas's board
 */
void
br_inspector_set_tracker (BrInspector     *self,
                          BrReviewTracker *tracker)
{
  g_return_if_fail (BR_IS_INSPECTOR (self));

  if (self->tracker == tracker)
    return;
  if (self->tracker != NULL)
    g_signal_handlers_disconnect_by_data (self->tracker, self);
  g_set_object (&self->tracker, tracker);
  if (tracker != NULL)
    g_signal_connect_swapped (tracker, "updated", G_CALLBACK (_br_inspector_sync), self);
  _br_inspector_sync (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRACKER]);
}

/**
 * br_inspector_get_field_widget:
 *
 * Returns: (transfer none) (nullable): the widget that edits @field for
 *   the item shown (a GtkEntry, GtkSwitch or AdwComboRow), %NULL when the
 *   field is not shown
 */
GtkWidget *
br_inspector_get_field_widget (BrInspector      *self,
                               BrComponentField  field)
{
  g_return_val_if_fail (BR_IS_INSPECTOR (self), NULL);
  g_return_val_if_fail ((guint) field < BR_N_FIELDS, NULL);
  return self->fields[field].widget;
}

/**
 * br_inspector_get_field_error:
 *
 * Returns: (nullable): why the value typed for @field was refused
 */
const char *
br_inspector_get_field_error (BrInspector      *self,
                              BrComponentField  field)
{
  g_return_val_if_fail (BR_IS_INSPECTOR (self), NULL);
  return self->fields[field].error;
}
