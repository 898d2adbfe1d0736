/* br-plan-library-card.c — a question's practice card
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>
#include <string.h>

#include "br-plan-library-private.h"

/* How the card words the estimator's inputs ("dau=100M": "100M daily
 * users") and names its figures. The keys are the estimator's; a key the
 * table does not know is shown as it is written. */
static const struct {
  const char *key;
  const char *format;
} inputs[] = {
  /* Translators: %s is a count, "100M daily users" */
  { "dau", N_("%s daily users") },
  /* Translators: %s is a count, "10 requests each a day" */
  { "actions", N_("%s requests each a day") },
  /* Translators: %s is a ratio, "reads to writes 100:1" */
  { "read-write", N_("reads to writes %s") },
  /* Translators: %s is a number, "peak ×3" */
  { "peak", N_("peak ×%s") },
  /* Translators: %s is a size, "1KB a write" */
  { "write-size", N_("%s a write") },
  /* Translators: %s is a size, "10KB a read" */
  { "read-size", N_("%s a read") },
  /* Translators: %s is a duration, "kept 5y" */
  { "retention", N_("kept %s") },
  /* Translators: %s is a count, "3 copies" */
  { "replication", N_("%s copies") },
  /* Translators: %s is a count, "2k requests/s per instance" */
  { "capacity", N_("%s requests/s per instance") },
};

static const struct {
  const char *id;
  const char *label;
} figures[] = {
  { "read-rps", N_("Reads a second, on average") },
  { "write-rps", N_("Writes a second, on average") },
  { "peak-read-rps", N_("Reads a second at peak") },
  { "peak-write-rps", N_("Writes a second at peak") },
  { "storage-per-day", N_("New data a day, one copy") },
  { "storage-per-year", N_("New data a year, one copy") },
  { "storage-total", N_("Data kept, all copies") },
  { "ingress", N_("Ingress, on average") },
  { "peak-ingress", N_("Ingress at peak") },
  { "egress", N_("Egress, on average") },
  { "peak-egress", N_("Egress at peak") },
  { "instances", N_("Instances at peak") },
};

/* "dau=100M" -> "dau", "100M" */
static void
split_pair (const char  *pair,
            char       **name,
            const char **value)
{
  const char *equals = strchr (pair, '=');

  *name = g_strndup (pair, equals ? (gsize) (equals - pair) : strlen (pair));
  *value = equals ? equals + 1 : "";
}

static char *
describe_inputs (const char * const *pairs)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; pairs[i] != NULL; i++)
    {
      g_autofree char *name = NULL;
      const char *value;
      g_autofree char *phrase = NULL;

      split_pair (pairs[i], &name, &value);
      for (guint k = 0; k < G_N_ELEMENTS (inputs) && phrase == NULL; k++)
        if (g_str_equal (inputs[k].key, name))
          {
            /* The formats come from the table above, each with one %s */
            GString *filled = g_string_new (_(inputs[k].format));

            g_string_replace (filled, "%s", value, 1);
            phrase = g_string_free (filled, FALSE);
          }
      if (phrase == NULL)
        phrase = g_strdup (pairs[i]);

      if (i > 0)
        /* Translators: what separates the inputs of an estimate */
        g_string_append (text, _(", "));
      g_string_append (text, phrase);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static const char *
figure_label (const char *id)
{
  for (guint k = 0; k < G_N_ELEMENTS (figures); k++)
    if (g_str_equal (figures[k].id, id))
      return _(figures[k].label);
  return id;
}

/* The button that opens the estimator with the card's inputs, through
 * app.estimate-preset: the inputs, and "from=" the card's title, which the
 * estimator shows until the candidate changes an input */
static GtkWidget *
load_button_new (BrQuestion         *question,
                 const char * const *pairs)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) target = NULL;
  g_autofree char *from = g_strconcat ("from=", br_guide_entry_get_title (BR_GUIDE_ENTRY (question)), NULL);
  GtkWidget *button = gtk_button_new_with_label (_("Load into Estimator"));

  g_strv_builder_addv (builder, (const char **) pairs);
  g_strv_builder_add (builder, from);
  target = g_strv_builder_end (builder);

  gtk_widget_set_valign (button, GTK_ALIGN_END);
  gtk_widget_set_tooltip_text (button, _("Open the Estimator with This Card's Inputs"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "app.estimate-preset");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button),
                                          g_variant_new_strv ((const char * const *) target, -1));
  return button;
}

/* The worked numbers' first row, for the question: the estimator's inputs */
static GtkWidget *
inputs_row_new (BrQuestion *question)
{
  g_autofree char *described = describe_inputs (br_question_get_estimate_inputs (question));
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Inputs"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), described);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  return row;
}

/* A figure the card states, "read-rps=1.2k" */
static GtkWidget *
figure_row_new (const char *pair)
{
  g_autofree char *id = NULL;
  const char *value;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label;

  split_pair (pair, &id, &value);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), figure_label (id));
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  label = gtk_label_new (value);
  gtk_widget_add_css_class (label, "numeric");
  gtk_label_set_selectable (GTK_LABEL (label), FALSE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  return row;
}

static GtkWidget *
create_worked_row (gpointer item,
                   gpointer user_data)
{
  if (BR_IS_QUESTION (item))
    return inputs_row_new (item);
  return figure_row_new (gtk_string_object_get_string (item));
}

/* The card's worked numbers: the estimator's inputs, and the figures the
 * card states. One list: the question first, for its inputs' row, then
 * each figure. */
static void
add_worked_numbers (AdwPreferencesPage *page,
                    BrQuestion         *question)
{
  const char * const *pairs = br_question_get_estimate_inputs (question);
  const char * const *stated = br_question_get_estimate_figures (question);
  g_autoptr(GListStore) rows = NULL;
  AdwPreferencesGroup *group;

  if (pairs == NULL)
    return;

  rows = g_list_store_new (G_TYPE_OBJECT);
  g_list_store_append (rows, question);
  for (guint i = 0; stated != NULL && stated[i] != NULL; i++)
    {
      g_autoptr(GtkStringObject) figure = gtk_string_object_new (stated[i]);
      g_list_store_append (rows, figure);
    }

  group = _br_plan_library_add_group (page, _("Worked Numbers"),
                                      _("The estimate behind the scale: its inputs, and the figures they give"));
  adw_preferences_group_set_header_suffix (group, load_button_new (question, pairs));
  _br_plan_library_bind_list (group, _("Worked Numbers"), G_LIST_MODEL (rows), create_worked_row, NULL, NULL);
}

/* An entity of the card's data model: its key, its main fields, and why
 * it is partitioned so */
static GtkWidget *
create_entity_row (gpointer item,
                   gpointer user_data)
{
  BrDataEntity *entity = item;
  const char *sort_key = br_data_entity_get_sort_key (entity);
  g_autofree char *fields = g_strjoinv (_(", "), (char **) br_data_entity_get_fields (entity));
  g_autofree char *key = NULL;
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_action_row_new ();

  /* Guide text is plain text, never markup */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (sort_key != NULL)
    /* Translators: an entity's key, "Partition key cart_id, sort key line_id" */
    key = g_strdup_printf (_("Partition key %s, sort key %s"), br_data_entity_get_partition_key (entity), sort_key);
  else
    /* Translators: an entity's key, "Partition key cart_id" */
    key = g_strdup_printf (_("Partition key %s"), br_data_entity_get_partition_key (entity));
  /* Translators: an entity of a data model: its key, its fields, and why it is partitioned by its key */
  subtitle = g_strdup_printf (_("%s\nFields: %s\nWhy: %s"), key, fields,
                              br_data_entity_get_partition_reason (entity));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), br_data_entity_get_name (entity));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  return row;
}

/* The card's data model, an entity a row */
static void
add_data_model (AdwPreferencesPage *page,
                BrQuestion         *question)
{
  GListModel *model = br_question_get_data_model (question);
  AdwPreferencesGroup *group;

  if (g_list_model_get_n_items (model) == 0)
    return;

  group = _br_plan_library_add_group (page, _("Data Model"), NULL);
  _br_plan_library_bind_list (group, _("Data Model"), model, create_entity_row, NULL, NULL);
}

/**
 * br_plan_library_build_question_card:
 * @after_title: (nullable): a group to show right after the question,
 *   such as the candidate's practice of it
 *
 * The card follows the round: the problem, what to clarify, the scale and
 * its worked numbers, the components, the core API, the data model and the
 * deep dives. The Plan page's question bank and the practice panel beside
 * the board both show it.
 *
 * Returns: (transfer floating): the practice card of @question
 */
GtkWidget *
br_plan_library_build_question_card (BrQuestion *question,
                                     GtkWidget  *after_title)
{
  GtkWidget *page = adw_preferences_page_new ();
  AdwPreferencesPage *card = ADW_PREFERENCES_PAGE (page);
  AdwPreferencesGroup *group;
  g_autofree char *category = NULL;

  g_return_val_if_fail (BR_IS_QUESTION (question), page);

  /* Translators: a question's number and category, e.g. "Question 9 · AWS and infrastructure" */
  category = g_strdup_printf (_("Question %u · %s"), br_question_get_number (question),
                              br_guide_entry_get_title (BR_GUIDE_ENTRY (br_question_get_category (question))));
  group = _br_plan_library_add_group (card, br_guide_entry_get_title (BR_GUIDE_ENTRY (question)), category);
  adw_preferences_group_add (group, _br_plan_library_label (br_guide_entry_get_description (BR_GUIDE_ENTRY (question)), NULL));
  if (after_title != NULL)
    adw_preferences_page_add (card, ADW_PREFERENCES_GROUP (after_title));

  _br_plan_library_add_list_group (card, _("Clarifying Questions to Ask"), br_question_get_clarifying (question));
  _br_plan_library_add_list_group (card, _("Scale to Assume"), br_question_get_scale (question));
  add_worked_numbers (card, question);
  _br_plan_library_add_list_group (card, _("Components to Expect"), br_question_get_components (question));
  if (br_question_get_api (question) != NULL)
    _br_plan_library_add_list_group (card, _("Core API"), br_question_get_api (question));
  add_data_model (card, question);
  _br_plan_library_add_list_group (card, _("Deep Dives to Prepare"), br_question_get_deep_dives (question));
  return page;
}
