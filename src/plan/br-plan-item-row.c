/* br-plan-item-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "br-plan-item-row.h"

/**
 * BrPlanItemRow:
 *
 * One study item of the plan: checked means done, a label shows an item
 * in progress, and a button opens the item's note. The row follows its
 * #BrPlanItemRow:progress (a signal group on its "changed"), and writes
 * what the user changes there at once; a widget set from the progress
 * writes back nothing, because it only writes what differs.
 */
struct _BrPlanItemRow
{
  AdwActionRow parent_instance;

  BrStudyItem *item;
  BrProgress *progress;
  GSignalGroup *progress_signals;

  GtkCheckButton *check;
  GtkLabel *state_label;
  GtkMenuButton *note_button;
  GtkPopover *note_popover;
  GtkEntry *note_entry;
};

G_DEFINE_FINAL_TYPE (BrPlanItemRow, br_plan_item_row, ADW_TYPE_ACTION_ROW)

enum {
  PROP_0,
  PROP_ITEM,
  PROP_PROGRESS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
item_id (BrPlanItemRow *self)
{
  return br_guide_entry_get_id (BR_GUIDE_ENTRY (self->item));
}

/* Shows the item as the progress has it */
static void
show_progress (BrPlanItemRow *self)
{
  BrItemState state = BR_ITEM_STATE_NOT_STARTED;
  const char *note = NULL;
  gboolean has_note;

  if (self->progress != NULL)
    {
      state = br_progress_get_item_state (self->progress, item_id (self));
      note = br_progress_get_item_note (self->progress, item_id (self));
    }
  has_note = note != NULL && note[0] != '\0';

  gtk_check_button_set_active (self->check, state == BR_ITEM_STATE_DONE);
  gtk_widget_set_visible (GTK_WIDGET (self->state_label), state == BR_ITEM_STATE_IN_PROGRESS);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->note_button), has_note ? note : _("Add a note"));
  if (has_note)
    gtk_widget_add_css_class (GTK_WIDGET (self->note_button), "accent");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->note_button), "accent");
  /* Not while it is being typed */
  if (!gtk_widget_get_visible (GTK_WIDGET (self->note_popover)))
    gtk_editable_set_text (GTK_EDITABLE (self->note_entry), has_note ? note : "");
}

static void
check_toggled (BrPlanItemRow *self)
{
  gboolean active = gtk_check_button_get_active (self->check);
  BrItemState state;

  if (self->progress == NULL)
    return;
  /* Only what differs: the check box set from the progress is no change */
  state = br_progress_get_item_state (self->progress, item_id (self));
  if (active == (state == BR_ITEM_STATE_DONE))
    return;
  br_progress_set_item_state (self->progress, item_id (self),
                              active ? BR_ITEM_STATE_DONE : BR_ITEM_STATE_NOT_STARTED);
}

static void
note_closed (BrPlanItemRow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->note_entry));
  const char *note;

  if (self->progress == NULL)
    return;
  note = br_progress_get_item_note (self->progress, item_id (self));
  if (g_strcmp0 (note ? note : "", text) != 0)
    br_progress_set_item_note (self->progress, item_id (self), text);
}

static void
note_activated (BrPlanItemRow *self)
{
  gtk_popover_popdown (self->note_popover);
}

static void
br_plan_item_row_constructed (GObject *object)
{
  BrPlanItemRow *self = BR_PLAN_ITEM_ROW (object);
  g_autofree char *note_name = NULL;
  const char *title;

  G_OBJECT_CLASS (br_plan_item_row_parent_class)->constructed (object);

  g_return_if_fail (BR_IS_STUDY_ITEM (self->item));

  /* Guide text is plain text, never markup (also in the template) */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self), FALSE);
  title = br_guide_entry_get_title (BR_GUIDE_ENTRY (self->item));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), br_guide_entry_get_description (BR_GUIDE_ENTRY (self->item)));

  /* Translators: the accessible name of a study item's note, e.g. "Note on CAP theorem" */
  note_name = g_strdup_printf (_("Note on %s"), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->note_button), GTK_ACCESSIBLE_PROPERTY_LABEL, note_name, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->note_entry), GTK_ACCESSIBLE_PROPERTY_LABEL, note_name, -1);
  show_progress (self);
}

static void
br_plan_item_row_dispose (GObject *object)
{
  BrPlanItemRow *self = BR_PLAN_ITEM_ROW (object);

  if (self->progress_signals != NULL)
    g_signal_group_set_target (self->progress_signals, NULL);
  g_clear_object (&self->progress_signals);
  g_clear_object (&self->progress);
  g_clear_object (&self->item);
  gtk_widget_dispose_template (GTK_WIDGET (self), BR_TYPE_PLAN_ITEM_ROW);

  G_OBJECT_CLASS (br_plan_item_row_parent_class)->dispose (object);
}

static void
br_plan_item_row_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  BrPlanItemRow *self = BR_PLAN_ITEM_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_object (value, self->item);
      break;
    case PROP_PROGRESS:
      g_value_set_object (value, self->progress);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_plan_item_row_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  BrPlanItemRow *self = BR_PLAN_ITEM_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      self->item = g_value_dup_object (value);
      break;
    case PROP_PROGRESS:
      br_plan_item_row_set_progress (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_plan_item_row_class_init (BrPlanItemRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = br_plan_item_row_constructed;
  object_class->dispose = br_plan_item_row_dispose;
  object_class->get_property = br_plan_item_row_get_property;
  object_class->set_property = br_plan_item_row_set_property;

  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL, BR_TYPE_STUDY_ITEM,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PROGRESS] =
    g_param_spec_object ("progress", NULL, NULL, BR_TYPE_PROGRESS,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "br-plan-item-row.ui");
  gtk_widget_class_bind_template_child (widget_class, BrPlanItemRow, check);
  gtk_widget_class_bind_template_child (widget_class, BrPlanItemRow, state_label);
  gtk_widget_class_bind_template_child (widget_class, BrPlanItemRow, note_button);
  gtk_widget_class_bind_template_child (widget_class, BrPlanItemRow, note_popover);
  gtk_widget_class_bind_template_child (widget_class, BrPlanItemRow, note_entry);
  gtk_widget_class_bind_template_callback (widget_class, check_toggled);
  gtk_widget_class_bind_template_callback (widget_class, note_closed);
  gtk_widget_class_bind_template_callback (widget_class, note_activated);
}

static void
br_plan_item_row_init (BrPlanItemRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->progress_signals = g_signal_group_new (BR_TYPE_PROGRESS);
  g_signal_group_connect_object (self->progress_signals, "changed", G_CALLBACK (show_progress), self, G_CONNECT_SWAPPED);
}

/**
 * br_plan_item_row_new:
 * @item: the study item
 *
 * Returns: (transfer floating): a row for @item, with no progress yet
 */
GtkWidget *
br_plan_item_row_new (BrStudyItem *item)
{
  g_return_val_if_fail (BR_IS_STUDY_ITEM (item), NULL);

  return g_object_new (BR_TYPE_PLAN_ITEM_ROW, "item", item, NULL);
}

BrStudyItem *
br_plan_item_row_get_item (BrPlanItemRow *self)
{
  g_return_val_if_fail (BR_IS_PLAN_ITEM_ROW (self), NULL);
  return self->item;
}

BrProgress *
br_plan_item_row_get_progress (BrPlanItemRow *self)
{
  g_return_val_if_fail (BR_IS_PLAN_ITEM_ROW (self), NULL);
  return self->progress;
}

/**
 * br_plan_item_row_set_progress:
 * @progress: (nullable): the user's progress; without one the row shows
 *   the item not started, and keeps nothing
 */
void
br_plan_item_row_set_progress (BrPlanItemRow *self,
                               BrProgress    *progress)
{
  g_return_if_fail (BR_IS_PLAN_ITEM_ROW (self));
  g_return_if_fail (progress == NULL || BR_IS_PROGRESS (progress));

  if (!g_set_object (&self->progress, progress))
    return;
  g_signal_group_set_target (self->progress_signals, progress);
  if (self->item != NULL)
    show_progress (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRESS]);
}
