/* br-estimate-panel.c — the estimator's inputs and figures
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "bar-raiser"

#include <glib/gi18n.h>

#include "br-estimate-panel.h"

/**
 * BrEstimatePanel:
 *
 * Presents a #BrEstimate: a row with an entry for each input, whose error
 * shows in place of its hint as soon as it is typed, and a row for each
 * figure with its working and a button that copies it. It follows the
 * estimate's "changed" signal, so an estimate changed elsewhere (a card's
 * preset) shows at once. Above the inputs, "From: Design Twitch…" says
 * which card they came from, until they change (#BrEstimate:source).
 *
 * Actions: estimate.clear, estimate.example, estimate.copy-all and
 * estimate.copy-figure (an output id).
 */
struct _BrEstimatePanel
{
  AdwBin parent_instance;

  BrEstimate *estimate;

  AdwActionRow *input_rows[BR_ESTIMATE_N_INPUTS];
  GtkEntry *entries[BR_ESTIMATE_N_INPUTS];
  AdwActionRow *output_rows[BR_ESTIMATE_N_OUTPUTS];
  GtkLabel *figures[BR_ESTIMATE_N_OUTPUTS];
  GtkButton *copy_buttons[BR_ESTIMATE_N_OUTPUTS];
  char *workings[BR_ESTIMATE_N_OUTPUTS];

  /* Template widgets */
  GtkLabel *source_label;
  GtkLabel *linked_label;
  AdwPreferencesGroup *inputs_group;
  AdwPreferencesGroup *traffic_group;
  AdwPreferencesGroup *storage_group;
  AdwPreferencesGroup *bandwidth_group;
  AdwPreferencesGroup *capacity_group;
};

enum {
  PROP_0,
  PROP_ESTIMATE,
  PROP_LINKED,
  N_PROPS
};

enum {
  SIGNAL_ADD_TOAST,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (BrEstimatePanel, br_estimate_panel, ADW_TYPE_BIN)

static void
toast (BrEstimatePanel *self,
       const char      *title)
{
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_timeout (toast, 2);
  g_signal_emit (self, signals[SIGNAL_ADD_TOAST], 0, toast);
  g_object_unref (toast);
}

static void
copy_text (BrEstimatePanel *self,
           const char      *text)
{
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), text);
}

static void
copy_output (BrEstimatePanel  *self,
             BrEstimateOutput  output)
{
  g_autofree char *figure = self->estimate ? br_estimate_format_output (self->estimate, output) : NULL;
  g_autofree char *title = NULL;

  if (figure == NULL)
    return;
  copy_text (self, figure);
  /* Translators: a toast after a figure is copied, e.g. "Copied 34.4k/s" */
  title = g_strdup_printf (_("Copied %s"), figure);
  toast (self, title);
}

static void
copy_clicked (GtkButton       *button,
              BrEstimatePanel *self)
{
  for (guint i = 0; i < BR_ESTIMATE_N_OUTPUTS; i++)
    if (self->copy_buttons[i] == button)
      copy_output (self, (BrEstimateOutput) i);
}

/* ---------------------------------------------------------------------- */
/* Showing the estimate                                                    */

static void
show_input (BrEstimatePanel *self,
            BrEstimateInput  input)
{
  GtkEntry *entry = self->entries[input];
  const char *text = br_estimate_get_input (self->estimate, input);
  const char *error = br_estimate_get_input_error (self->estimate, input);
  g_autofree char *subtitle = g_markup_escape_text (error ? error : br_estimate_input_hint (input), -1);

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (entry)), text) != 0)
    {
      /* The estimate's own text: not a change to give back to it */
      g_signal_handlers_block_matched (entry, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
      gtk_editable_set_text (GTK_EDITABLE (entry), text);
      g_signal_handlers_unblock_matched (entry, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
    }

  adw_action_row_set_subtitle (self->input_rows[input], subtitle);
  if (error != NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
      gtk_widget_add_css_class (GTK_WIDGET (self->input_rows[input]), "br-input-error");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
      gtk_widget_remove_css_class (GTK_WIDGET (self->input_rows[input]), "br-input-error");
    }
  gtk_accessible_update_state (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_STATE_INVALID,
                               error ? GTK_ACCESSIBLE_INVALID_TRUE : GTK_ACCESSIBLE_INVALID_FALSE, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  error ? error : br_estimate_input_hint (input), -1);
}

static void
show_output (BrEstimatePanel  *self,
             BrEstimateOutput  output)
{
  g_autofree char *figure = br_estimate_format_output (self->estimate, output);
  const char * const *working = br_estimate_get_working (self->estimate, output);
  g_autofree char *subtitle = NULL;
  g_autofree char *tooltip = NULL;

  g_free (self->workings[output]);
  if (working != NULL)
    self->workings[output] = g_strjoinv ("\n", (char **) working);
  else
    self->workings[output] = br_estimate_dup_waiting (self->estimate, output);
  subtitle = g_markup_escape_text (self->workings[output], -1);

  gtk_label_set_label (self->figures[output], figure ? figure : "—");
  adw_action_row_set_subtitle (self->output_rows[output], subtitle);
  gtk_widget_set_sensitive (GTK_WIDGET (self->copy_buttons[output]), figure != NULL);
  if (figure != NULL)
    {
      /* Translators: the tooltip of a figure's Copy button, e.g. "Copy 34.4k/s" */
      tooltip = g_strdup_printf (_("Copy %s"), figure);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->copy_buttons[output]), tooltip);
    }
  else
    gtk_widget_set_tooltip_text (GTK_WIDGET (self->copy_buttons[output]), NULL);
}

static void
show_source (BrEstimatePanel *self)
{
  const char *source = self->estimate ? br_estimate_get_source (self->estimate) : NULL;
  g_autofree char *text = NULL;

  if (source != NULL)
    /* Translators: where the estimator's inputs came from, e.g. "From: Design a URL Shortener" */
    text = g_strdup_printf (_("From: %s"), source);
  gtk_label_set_label (self->source_label, text ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->source_label), text != NULL);
}

static void
refresh (BrEstimatePanel *self)
{
  if (self->estimate == NULL)
    return;
  for (guint i = 0; i < BR_ESTIMATE_N_INPUTS; i++)
    show_input (self, (BrEstimateInput) i);
  for (guint i = 0; i < BR_ESTIMATE_N_OUTPUTS; i++)
    show_output (self, (BrEstimateOutput) i);
}

/* Which input @entry is for */
static BrEstimateInput
entry_input (BrEstimatePanel *self,
             gpointer         entry)
{
  guint i = 0;

  while (i + 1 < BR_ESTIMATE_N_INPUTS && (gpointer) self->entries[i] != entry)
    i++;
  return (BrEstimateInput) i;
}

static void
entry_changed (GtkEditable     *entry,
               BrEstimatePanel *self)
{
  if (self->estimate == NULL)
    return;
  br_estimate_set_input (self->estimate, entry_input (self, entry), gtk_editable_get_text (entry));
}

/* Enter moves on to the next input, as a form does */
static void
entry_activate (GtkEntry        *entry,
                BrEstimatePanel *self)
{
  BrEstimateInput input = entry_input (self, entry);

  if (input + 1 < BR_ESTIMATE_N_INPUTS)
    gtk_widget_grab_focus (GTK_WIDGET (self->entries[input + 1]));
}

/* ---------------------------------------------------------------------- */
/* Building the rows                                                       */

static void
add_input_row (BrEstimatePanel *self,
               BrEstimateInput  input)
{
  AdwActionRow *row = ADW_ACTION_ROW (adw_action_row_new ());
  GtkWidget *entry = gtk_entry_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), br_estimate_input_title (input));
  adw_action_row_set_subtitle (row, br_estimate_input_hint (input));

  gtk_widget_set_valign (entry, GTK_ALIGN_CENTER);
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 9);
  gtk_editable_set_max_width_chars (GTK_EDITABLE (entry), 12);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), br_estimate_input_example (input));
  gtk_entry_set_max_length (GTK_ENTRY (entry), BR_ESTIMATE_MAX_INPUT);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, br_estimate_input_title (input),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, br_estimate_input_hint (input),
                                  -1);
  g_signal_connect_object (entry, "changed", G_CALLBACK (entry_changed), self, 0);
  g_signal_connect_object (entry, "activate", G_CALLBACK (entry_activate), self, 0);

  adw_action_row_add_suffix (row, entry);
  adw_action_row_set_activatable_widget (row, entry);
  adw_preferences_group_add (self->inputs_group, GTK_WIDGET (row));

  self->input_rows[input] = row;
  self->entries[input] = GTK_ENTRY (entry);
}

static void
add_output_row (BrEstimatePanel     *self,
                AdwPreferencesGroup *group,
                BrEstimateOutput     output)
{
  AdwActionRow *row = ADW_ACTION_ROW (adw_action_row_new ());
  GtkWidget *figure = gtk_label_new ("—");
  GtkWidget *copy = gtk_button_new_from_icon_name ("edit-copy-symbolic");
  g_autofree char *copy_name = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), br_estimate_output_title (output));
  adw_action_row_set_subtitle_lines (row, 0);
  gtk_widget_add_css_class (GTK_WIDGET (row), "br-estimate-output");

  gtk_label_set_selectable (GTK_LABEL (figure), TRUE);
  gtk_label_set_xalign (GTK_LABEL (figure), 1);
  gtk_widget_set_valign (figure, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (figure, "br-figure");
  gtk_widget_add_css_class (figure, "numeric");

  gtk_widget_set_valign (copy, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (copy, "flat");
  /* Translators: what a screen reader says for a figure's Copy button, e.g. "Copy Peak reads per second" */
  copy_name = g_strdup_printf (_("Copy %s"), br_estimate_output_title (output));
  gtk_accessible_update_property (GTK_ACCESSIBLE (copy), GTK_ACCESSIBLE_PROPERTY_LABEL, copy_name, -1);
  g_signal_connect_object (copy, "clicked", G_CALLBACK (copy_clicked), self, 0);

  adw_action_row_add_suffix (row, figure);
  adw_action_row_add_suffix (row, copy);
  adw_preferences_group_add (group, GTK_WIDGET (row));

  self->output_rows[output] = row;
  self->figures[output] = GTK_LABEL (figure);
  self->copy_buttons[output] = GTK_BUTTON (copy);
}

/* ---------------------------------------------------------------------- */
/* Actions                                                                 */

static void
clear_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  BrEstimatePanel *self = BR_ESTIMATE_PANEL (widget);

  if (self->estimate != NULL)
    br_estimate_clear (self->estimate);
  br_estimate_panel_focus_first (self);
}

static void
example_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  BrEstimatePanel *self = BR_ESTIMATE_PANEL (widget);

  if (self->estimate != NULL)
    br_estimate_set_example (self->estimate);
}

static void
copy_all_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  BrEstimatePanel *self = BR_ESTIMATE_PANEL (widget);
  g_autofree char *text = NULL;

  if (self->estimate == NULL)
    return;
  text = br_estimate_to_text (self->estimate);
  copy_text (self, text);
  toast (self, _("Copied the estimate with its working"));
}

static void
copy_figure_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  BrEstimatePanel *self = BR_ESTIMATE_PANEL (widget);
  BrEstimateOutput output;

  if (br_estimate_output_from_id (g_variant_get_string (parameter, NULL), &output))
    copy_output (self, output);
}

/* ---------------------------------------------------------------------- */
/* The object                                                              */

static void
br_estimate_panel_dispose (GObject *object)
{
  BrEstimatePanel *self = BR_ESTIMATE_PANEL (object);

  br_estimate_panel_set_estimate (self, NULL);
  for (guint i = 0; i < BR_ESTIMATE_N_OUTPUTS; i++)
    g_clear_pointer (&self->workings[i], g_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), BR_TYPE_ESTIMATE_PANEL);

  G_OBJECT_CLASS (br_estimate_panel_parent_class)->dispose (object);
}

static void
br_estimate_panel_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  BrEstimatePanel *self = BR_ESTIMATE_PANEL (object);

  switch (prop_id)
    {
    case PROP_ESTIMATE:
      g_value_set_object (value, self->estimate);
      break;
    case PROP_LINKED:
      g_value_set_boolean (value, br_estimate_panel_get_linked (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_estimate_panel_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  BrEstimatePanel *self = BR_ESTIMATE_PANEL (object);

  switch (prop_id)
    {
    case PROP_ESTIMATE:
      br_estimate_panel_set_estimate (self, g_value_get_object (value));
      break;
    case PROP_LINKED:
      br_estimate_panel_set_linked (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_estimate_panel_class_init (BrEstimatePanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = br_estimate_panel_dispose;
  object_class->get_property = br_estimate_panel_get_property;
  object_class->set_property = br_estimate_panel_set_property;

  /**
   * BrEstimatePanel:estimate:
   *
   * The estimate shown and edited.
   */
  properties[PROP_ESTIMATE] =
    g_param_spec_object ("estimate", NULL, NULL, BR_TYPE_ESTIMATE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * BrEstimatePanel:linked:
   *
   * Whether the estimate is linked to an estimate note on a board, so that
   * changing it updates the note; the panel says so.
   */
  properties[PROP_LINKED] =
    g_param_spec_boolean ("linked", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * BrEstimatePanel::add-toast:
   * @toast: what to say, such as "Copied 34.4k/s"
   */
  signals[SIGNAL_ADD_TOAST] =
    g_signal_new ("add-toast",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "br-estimate-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, BrEstimatePanel, source_label);
  gtk_widget_class_bind_template_child (widget_class, BrEstimatePanel, linked_label);
  gtk_widget_class_bind_template_child (widget_class, BrEstimatePanel, inputs_group);
  gtk_widget_class_bind_template_child (widget_class, BrEstimatePanel, traffic_group);
  gtk_widget_class_bind_template_child (widget_class, BrEstimatePanel, storage_group);
  gtk_widget_class_bind_template_child (widget_class, BrEstimatePanel, bandwidth_group);
  gtk_widget_class_bind_template_child (widget_class, BrEstimatePanel, capacity_group);

  gtk_widget_class_install_action (widget_class, "estimate.clear", NULL, clear_activated);
  gtk_widget_class_install_action (widget_class, "estimate.example", NULL, example_activated);
  gtk_widget_class_install_action (widget_class, "estimate.copy-all", NULL, copy_all_activated);
  gtk_widget_class_install_action (widget_class, "estimate.copy-figure", "s", copy_figure_activated);
}

static void
br_estimate_panel_init (BrEstimatePanel *self)
{
  static const struct { BrEstimateOutput output; guint group; } outputs[] = {
    { BR_ESTIMATE_READ_RPS, 0 }, { BR_ESTIMATE_WRITE_RPS, 0 },
    { BR_ESTIMATE_PEAK_READ_RPS, 0 }, { BR_ESTIMATE_PEAK_WRITE_RPS, 0 },
    { BR_ESTIMATE_STORAGE_PER_DAY, 1 }, { BR_ESTIMATE_STORAGE_PER_YEAR, 1 },
    { BR_ESTIMATE_STORAGE_TOTAL, 1 },
    { BR_ESTIMATE_INGRESS, 2 }, { BR_ESTIMATE_PEAK_INGRESS, 2 },
    { BR_ESTIMATE_EGRESS, 2 }, { BR_ESTIMATE_PEAK_EGRESS, 2 },
    { BR_ESTIMATE_INSTANCES, 3 },
  };
  AdwPreferencesGroup *groups[4];

  gtk_widget_init_template (GTK_WIDGET (self));
  groups[0] = self->traffic_group;
  groups[1] = self->storage_group;
  groups[2] = self->bandwidth_group;
  groups[3] = self->capacity_group;

  for (guint i = 0; i < BR_ESTIMATE_N_INPUTS; i++)
    add_input_row (self, (BrEstimateInput) i);
  for (guint i = 0; i < G_N_ELEMENTS (outputs); i++)
    add_output_row (self, groups[outputs[i].group], outputs[i].output);
}

BrEstimatePanel *
br_estimate_panel_new (void)
{
  return g_object_new (BR_TYPE_ESTIMATE_PANEL, NULL);
}

BrEstimate *
br_estimate_panel_get_estimate (BrEstimatePanel *self)
{
  g_return_val_if_fail (BR_IS_ESTIMATE_PANEL (self), NULL);
  return self->estimate;
}

/**
 * br_estimate_panel_set_estimate:
 * @estimate: (nullable): the estimate to show and edit
 */
void
br_estimate_panel_set_estimate (BrEstimatePanel *self,
                                BrEstimate      *estimate)
{
  g_return_if_fail (BR_IS_ESTIMATE_PANEL (self));
  g_return_if_fail (estimate == NULL || BR_IS_ESTIMATE (estimate));

  if (self->estimate == estimate)
    return;
  if (self->estimate != NULL)
    g_signal_handlers_disconnect_by_data (self->estimate, self);
  g_set_object (&self->estimate, estimate);
  if (estimate != NULL)
    {
      g_signal_connect_object (estimate, "changed", G_CALLBACK (refresh), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (estimate, "notify::source", G_CALLBACK (show_source), self, G_CONNECT_SWAPPED);
      refresh (self);
    }
  show_source (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ESTIMATE]);
}

/**
 * br_estimate_panel_get_entry:
 *
 * Returns: (transfer none): the entry of @input, as a person types into it
 */
GtkEditable *
br_estimate_panel_get_entry (BrEstimatePanel *self,
                             BrEstimateInput  input)
{
  g_return_val_if_fail (BR_IS_ESTIMATE_PANEL (self), NULL);
  g_return_val_if_fail (input < BR_ESTIMATE_N_INPUTS, NULL);
  return GTK_EDITABLE (self->entries[input]);
}

/**
 * br_estimate_panel_get_figure:
 *
 * Returns: the figure as the panel shows it, "—" when it cannot be computed
 */
const char *
br_estimate_panel_get_figure (BrEstimatePanel  *self,
                              BrEstimateOutput  output)
{
  g_return_val_if_fail (BR_IS_ESTIMATE_PANEL (self), NULL);
  g_return_val_if_fail (output < BR_ESTIMATE_N_OUTPUTS, NULL);
  return gtk_label_get_label (self->figures[output]);
}

/**
 * br_estimate_panel_get_working:
 *
 * Returns: the working shown under the figure, one step a line, or what
 *   the figure still needs
 */
const char *
br_estimate_panel_get_working (BrEstimatePanel  *self,
                               BrEstimateOutput  output)
{
  g_return_val_if_fail (BR_IS_ESTIMATE_PANEL (self), NULL);
  g_return_val_if_fail (output < BR_ESTIMATE_N_OUTPUTS, NULL);
  return self->workings[output];
}

/**
 * br_estimate_panel_get_source:
 *
 * Returns: (nullable): what the panel says of where the inputs came from,
 *   "From: Design Twitch…", or %NULL when it says nothing
 */
const char *
br_estimate_panel_get_source (BrEstimatePanel *self)
{
  g_return_val_if_fail (BR_IS_ESTIMATE_PANEL (self), NULL);
  if (!gtk_widget_get_visible (GTK_WIDGET (self->source_label)))
    return NULL;
  return gtk_label_get_label (self->source_label);
}

/**
 * br_estimate_panel_focus_first:
 *
 * Puts the keyboard focus in the first input.
 */
void
br_estimate_panel_focus_first (BrEstimatePanel *self)
{
  g_return_if_fail (BR_IS_ESTIMATE_PANEL (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->entries[0]));
}

gboolean
br_estimate_panel_get_linked (BrEstimatePanel *self)
{
  g_return_val_if_fail (BR_IS_ESTIMATE_PANEL (self), FALSE);
  return gtk_widget_get_visible (GTK_WIDGET (self->linked_label));
}

/**
 * br_estimate_panel_set_linked:
 * @linked: whether changing the estimate updates a note on a board
 */
void
br_estimate_panel_set_linked (BrEstimatePanel *self,
                              gboolean         linked)
{
  g_return_if_fail (BR_IS_ESTIMATE_PANEL (self));

  linked = !!linked;
  if (linked == br_estimate_panel_get_linked (self))
    return;
  gtk_widget_set_visible (GTK_WIDGET (self->linked_label), linked);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LINKED]);
}
