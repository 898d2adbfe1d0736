/* br-plan-block-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "br-plan-block-row.h"
#include "br-plan-item-row.h"
#include "br-study-item.h"

/**
 * BrPlanBlockRow:
 *
 * One block of the plan: "Weeks 1–2 · Foundations", its summary, and how
 * many of its items are done, following its #BrPlanBlockRow:progress. Its
 * items' rows are made the first time it opens (start-up makes none), each
 * bound to the block's progress.
 */
struct _BrPlanBlockRow
{
  AdwExpanderRow parent_instance;

  BrBlock *block;
  BrProgress *progress;
  GSignalGroup *progress_signals;
  gboolean items_built;

  GtkLabel *count_label;
};

G_DEFINE_FINAL_TYPE (BrPlanBlockRow, br_plan_block_row, ADW_TYPE_EXPANDER_ROW)

enum {
  PROP_0,
  PROP_BLOCK,
  PROP_PROGRESS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_count (BrPlanBlockRow *self)
{
  GListModel *items = br_block_get_items (self->block);
  guint n_done = self->progress ? br_progress_count_done_in_model (self->progress, items) : 0;
  g_autofree char *text = NULL;

  if (self->progress == NULL)
    {
      gtk_label_set_label (self->count_label, "");
      return;
    }
  text = g_strdup_printf ("%u/%u", n_done, g_list_model_get_n_items (items));
  gtk_label_set_label (self->count_label, text);
}

static void
expanded_changed (BrPlanBlockRow *self)
{
  GListModel *items;

  if (self->items_built || self->block == NULL || !adw_expander_row_get_expanded (ADW_EXPANDER_ROW (self)))
    return;

  self->items_built = TRUE;
  items = br_block_get_items (self->block);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(BrStudyItem) item = g_list_model_get_item (items, i);
      GtkWidget *row = br_plan_item_row_new (item);

      g_object_bind_property (self, "progress", row, "progress", G_BINDING_SYNC_CREATE);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (self), row);
    }
}

static void
br_plan_block_row_constructed (GObject *object)
{
  BrPlanBlockRow *self = BR_PLAN_BLOCK_ROW (object);
  g_autofree char *title = NULL;
  guint first, last;

  G_OBJECT_CLASS (br_plan_block_row_parent_class)->constructed (object);

  g_return_if_fail (BR_IS_BLOCK (self->block));

  first = br_block_get_first_week (self->block);
  last = br_block_get_last_week (self->block);
  if (first == last)
    /* Translators: a block of the plan, e.g. "Week 1 · Foundations" */
    title = g_strdup_printf (_("Week %u · %s"), first, br_guide_entry_get_title (BR_GUIDE_ENTRY (self->block)));
  else
    /* Translators: a block of the plan, e.g. "Weeks 1–2 · Foundations" */
    title = g_strdup_printf (_("Weeks %u–%u · %s"), first, last,
                             br_guide_entry_get_title (BR_GUIDE_ENTRY (self->block)));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), br_guide_entry_get_description (BR_GUIDE_ENTRY (self->block)));
  update_count (self);
}

static void
br_plan_block_row_dispose (GObject *object)
{
  BrPlanBlockRow *self = BR_PLAN_BLOCK_ROW (object);

  if (self->progress_signals != NULL)
    g_signal_group_set_target (self->progress_signals, NULL);
  g_clear_object (&self->progress_signals);
  g_clear_object (&self->progress);
  g_clear_object (&self->block);
  gtk_widget_dispose_template (GTK_WIDGET (self), BR_TYPE_PLAN_BLOCK_ROW);

  G_OBJECT_CLASS (br_plan_block_row_parent_class)->dispose (object);
}

static void
br_plan_block_row_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  BrPlanBlockRow *self = BR_PLAN_BLOCK_ROW (object);

  switch (prop_id)
    {
    case PROP_BLOCK:
      g_value_set_object (value, self->block);
      break;
    case PROP_PROGRESS:
      g_value_set_object (value, self->progress);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_plan_block_row_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  BrPlanBlockRow *self = BR_PLAN_BLOCK_ROW (object);

  switch (prop_id)
    {
    case PROP_BLOCK:
      self->block = g_value_dup_object (value);
      break;
    case PROP_PROGRESS:
      br_plan_block_row_set_progress (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_plan_block_row_class_init (BrPlanBlockRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = br_plan_block_row_constructed;
  object_class->dispose = br_plan_block_row_dispose;
  object_class->get_property = br_plan_block_row_get_property;
  object_class->set_property = br_plan_block_row_set_property;

  properties[PROP_BLOCK] =
    g_param_spec_object ("block", NULL, NULL, BR_TYPE_BLOCK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PROGRESS] =
    g_param_spec_object ("progress", NULL, NULL, BR_TYPE_PROGRESS,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "br-plan-block-row.ui");
  gtk_widget_class_bind_template_child (widget_class, BrPlanBlockRow, count_label);
  gtk_widget_class_bind_template_callback (widget_class, expanded_changed);
}

static void
br_plan_block_row_init (BrPlanBlockRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->progress_signals = g_signal_group_new (BR_TYPE_PROGRESS);
  g_signal_group_connect_object (self->progress_signals, "changed", G_CALLBACK (update_count), self, G_CONNECT_SWAPPED);
}

/**
 * br_plan_block_row_new:
 * @block: a block of the plan
 *
 * Returns: (transfer floating): a row for @block, with no progress yet
 */
GtkWidget *
br_plan_block_row_new (BrBlock *block)
{
  g_return_val_if_fail (BR_IS_BLOCK (block), NULL);

  return g_object_new (BR_TYPE_PLAN_BLOCK_ROW, "block", block, NULL);
}

BrBlock *
br_plan_block_row_get_block (BrPlanBlockRow *self)
{
  g_return_val_if_fail (BR_IS_PLAN_BLOCK_ROW (self), NULL);
  return self->block;
}

BrProgress *
br_plan_block_row_get_progress (BrPlanBlockRow *self)
{
  g_return_val_if_fail (BR_IS_PLAN_BLOCK_ROW (self), NULL);
  return self->progress;
}

/**
 * br_plan_block_row_set_progress:
 * @progress: (nullable): the user's progress, which the count and the
 *   items' rows follow
 */
void
br_plan_block_row_set_progress (BrPlanBlockRow *self,
                                BrProgress     *progress)
{
  g_return_if_fail (BR_IS_PLAN_BLOCK_ROW (self));
  g_return_if_fail (progress == NULL || BR_IS_PROGRESS (progress));

  if (!g_set_object (&self->progress, progress))
    return;
  g_signal_group_set_target (self->progress_signals, progress);
  if (self->block != NULL)
    update_count (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRESS]);
}

/**
 * br_plan_block_row_get_items_built:
 *
 * Returns: whether the items' rows are made (the row was opened once)
 */
gboolean
br_plan_block_row_get_items_built (BrPlanBlockRow *self)
{
  g_return_val_if_fail (BR_IS_PLAN_BLOCK_ROW (self), FALSE);
  return self->items_built;
}
