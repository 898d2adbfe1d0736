/* br-question-bank.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>
#include <string.h>

#include "br-plan-library.h"
#include "br-question-bank.h"
#include "br-plain-text.h"

/**
 * BrQuestionBank:
 *
 * The thirty practice questions, searchable by words anywhere on their
 * card (its API, data model and worked numbers included), and filterable by category and by practice status (never
 * practiced, practiced, due again for review). Each row says when the
 * question was last practiced or that it is due. Activating a question
 * emits #BrQuestionBank::question-activated; the Plan page opens its card.
 */
struct _BrQuestionBank
{
  AdwBin parent_instance;

  BrGuide *guide;
  GtkFilterListModel *filtered;
  GtkCustomFilter *filter;
  char *search;              /* casefolded words, or NULL */
  gboolean bound;            /* the list box shows the rows */
  BrCategory *category;      /* or NULL for all */
  BrPracticeHistory *practice;
  GSignalGroup *practice_signals;  /* its "changed" */
  int status;                /* a BrQuestionStatus, or -1 for any */

  GtkSearchEntry *search_entry;
  GtkDropDown *category_dropdown;
  GtkDropDown *status_dropdown;
  GtkStack *results_stack;
  GtkListBox *list_box;
};

G_DEFINE_FINAL_TYPE (BrQuestionBank, br_question_bank, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_GUIDE,
  N_PROPS
};

enum {
  QUESTION_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static gboolean
matches_words (const char *haystack,
               const char *words)
{
  g_autofree char *folded = g_utf8_casefold (haystack, -1);
  g_auto(GStrv) parts = g_strsplit (words, " ", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    if (parts[i][0] != '\0' && strstr (folded, parts[i]) == NULL)
      return FALSE;
  return TRUE;
}

static BrQuestionStatus
question_status (BrQuestionBank *self,
                 BrQuestion     *question)
{
  GDate today;

  if (self->practice == NULL)
    return BR_QUESTION_STATUS_NEW;
  br_store_local_date (NULL, &today);
  return br_practice_history_get_question_status (self->practice,
                                                  br_guide_entry_get_id (BR_GUIDE_ENTRY (question)),
                                                  &today);
}

/* The entities of a card's data model: names, keys, fields, reasons */
static void
append_data_model (GString    *text,
                   GListModel *model)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(BrDataEntity) entity = g_list_model_get_item (model, i);
      const char * const *lists[] = { br_data_entity_get_key (entity), br_data_entity_get_fields (entity) };

      g_string_append_printf (text, "\n%s\n%s", br_data_entity_get_name (entity),
                              br_data_entity_get_partition_reason (entity));
      for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
        for (guint k = 0; lists[l] != NULL && lists[l][k] != NULL; k++)
          g_string_append_printf (text, "\n%s", lists[l][k]);
    }
}

static gboolean
filter_question (gpointer item,
                 gpointer user_data)
{
  BrQuestionBank *self = user_data;
  BrQuestion *question = item;
  g_autoptr(GString) text = NULL;
  const char * const *lists[7];

  if (self->category != NULL && br_question_get_category (question) != self->category)
    return FALSE;
  if (self->status >= 0 && (int) question_status (self, question) != self->status)
    return FALSE;
  if (self->search == NULL)
    return TRUE;

  /* The whole card is searched: "cache" finds the questions that need one */
  text = g_string_new (br_guide_entry_get_title (BR_GUIDE_ENTRY (question)));
  g_string_append_printf (text, "\n%s\n%s", br_guide_entry_get_description (BR_GUIDE_ENTRY (question)),
                          br_guide_entry_get_title (BR_GUIDE_ENTRY (br_question_get_category (question))));
  lists[0] = br_question_get_clarifying (question);
  lists[1] = br_question_get_scale (question);
  lists[2] = br_question_get_components (question);
  lists[3] = br_question_get_deep_dives (question);
  lists[4] = br_question_get_api (question);
  lists[5] = br_question_get_estimate_inputs (question);
  lists[6] = br_question_get_estimate_figures (question);
  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; lists[l] != NULL && lists[l][i] != NULL; i++)
      g_string_append_printf (text, "\n%s", lists[l][i]);
  append_data_model (text, br_question_get_data_model (question));

  return matches_words (text->str, self->search);
}

static void
update_results (BrQuestionBank *self)
{
  gtk_stack_set_visible_child_name (self->results_stack,
                                    br_question_bank_get_n_shown (self) > 0 ? "list" : "empty");
}

static void
refilter (BrQuestionBank *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_results (self);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  BrQuestion *question = item;
  BrQuestionBank *self = user_data;
  GtkWidget *row = br_action_row_new_plain ();
  GtkWidget *number;
  g_autofree char *text = g_strdup_printf ("%u", br_question_get_number (question));
  const char *category = br_guide_entry_get_title (BR_GUIDE_ENTRY (br_question_get_category (question)));
  g_autofree char *subtitle = NULL;

  /* Guide text is plain text, never markup */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  switch (question_status (self, question))
    {
    case BR_QUESTION_STATUS_DUE:
      /* Translators: a question's category and its status, "Storage · Due for review" */
      subtitle = g_strdup_printf (_("%s · Due for review"), category);
      break;
    case BR_QUESTION_STATUS_PRACTICED:
      {
        BrAttempt *last = br_practice_history_get_last_attempt (self->practice,
                                                                br_guide_entry_get_id (BR_GUIDE_ENTRY (question)));
        g_autoptr(GDateTime) local = last ? g_date_time_to_local (br_attempt_get_started (last)) : NULL;
        /* Translators: the day a question was last practiced, see g_date_time_format() */
        g_autofree char *day = local ? g_date_time_format (local, _("%-d %B")) : NULL;

        /* Translators: a question's category and when it was last practiced, "Storage · Practiced 27 November" */
        subtitle = day ? g_strdup_printf (_("%s · Practiced %s"), category, day) : g_strdup (category);
      }
      break;
    case BR_QUESTION_STATUS_NEW:
    default:
      subtitle = g_strdup (category);
      break;
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), br_guide_entry_get_title (BR_GUIDE_ENTRY (question)));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  number = gtk_label_new (text);
  gtk_widget_add_css_class (number, "numeric");
  gtk_widget_add_css_class (number, "dim-label");
  gtk_label_set_width_chars (GTK_LABEL (number), 2);
  gtk_label_set_xalign (GTK_LABEL (number), 1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), number);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), br_plan_library_icon ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  return row;
}

static void
bind_rows (BrQuestionBank *self)
{
  if (self->bound)
    return;
  self->bound = TRUE;
  gtk_list_box_bind_model (self->list_box, G_LIST_MODEL (self->filtered), create_row, self, NULL);
}

static void
row_activated (GtkListBox     *list_box,
               GtkListBoxRow  *row,
               BrQuestionBank *self)
{
  /* The rows are the filtered questions, in order */
  g_autoptr(BrQuestion) question = NULL;

  if (self->filtered != NULL)
    question = g_list_model_get_item (G_LIST_MODEL (self->filtered), gtk_list_box_row_get_index (row));
  if (question != NULL)
    g_signal_emit (self, signals[QUESTION_ACTIVATED], 0, question);
}

static void
search_changed (GtkSearchEntry *entry,
                BrQuestionBank *self)
{
  br_question_bank_set_search (self, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
category_selected (GtkDropDown    *dropdown,
                   GParamSpec     *pspec,
                   BrQuestionBank *self)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  g_clear_object (&self->category);
  if (self->guide != NULL && selected > 0 && selected != GTK_INVALID_LIST_POSITION)
    self->category = g_list_model_get_item (br_guide_get_categories (self->guide), selected - 1);
  refilter (self);
}

static void
status_selected (GtkDropDown    *dropdown,
                 GParamSpec     *pspec,
                 BrQuestionBank *self)
{
  static const int statuses[] = {
    -1, BR_QUESTION_STATUS_NEW, BR_QUESTION_STATUS_PRACTICED, BR_QUESTION_STATUS_DUE,
  };
  guint selected = gtk_drop_down_get_selected (dropdown);

  self->status = selected < G_N_ELEMENTS (statuses) ? statuses[selected] : -1;
  refilter (self);
}

/* Rows show the status: remake them when the history changes */
static void
practice_changed (BrQuestionBank *self)
{
  if (self->bound)
    {
      gtk_list_box_bind_model (self->list_box, NULL, NULL, NULL, NULL);
      self->bound = FALSE;
      if (gtk_widget_get_mapped (GTK_WIDGET (self)))
        bind_rows (self);
    }
  refilter (self);
}

static void
br_question_bank_dispose (GObject *object)
{
  BrQuestionBank *self = BR_QUESTION_BANK (object);

  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), BR_TYPE_QUESTION_BANK);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->category);
  g_clear_object (&self->guide);
  if (self->practice_signals != NULL)
    g_signal_group_set_target (self->practice_signals, NULL);
  g_clear_object (&self->practice_signals);
  g_clear_object (&self->practice);
  g_clear_pointer (&self->search, g_free);

  G_OBJECT_CLASS (br_question_bank_parent_class)->dispose (object);
}

static void
br_question_bank_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  BrQuestionBank *self = BR_QUESTION_BANK (object);

  switch (prop_id)
    {
    case PROP_GUIDE:
      g_value_set_object (value, self->guide);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_question_bank_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  BrQuestionBank *self = BR_QUESTION_BANK (object);

  switch (prop_id)
    {
    case PROP_GUIDE:
      br_question_bank_set_guide (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_question_bank_class_init (BrQuestionBankClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = br_question_bank_dispose;
  object_class->get_property = br_question_bank_get_property;
  object_class->set_property = br_question_bank_set_property;

  properties[PROP_GUIDE] =
    g_param_spec_object ("guide", NULL, NULL, BR_TYPE_GUIDE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * BrQuestionBank::question-activated:
   * @question: the question the user chose
   */
  signals[QUESTION_ACTIVATED] =
    g_signal_new ("question-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, BR_TYPE_QUESTION);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "br-question-bank.ui");
  gtk_widget_class_bind_template_child (widget_class, BrQuestionBank, search_entry);
  gtk_widget_class_bind_template_child (widget_class, BrQuestionBank, category_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BrQuestionBank, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BrQuestionBank, results_stack);
  gtk_widget_class_bind_template_child (widget_class, BrQuestionBank, list_box);
  gtk_widget_class_bind_template_callback (widget_class, search_changed);
  gtk_widget_class_bind_template_callback (widget_class, status_selected);
  gtk_widget_class_bind_template_callback (widget_class, category_selected);
  gtk_widget_class_bind_template_callback (widget_class, row_activated);
}

static void
br_question_bank_init (BrQuestionBank *self)
{
  /* The template's handlers may run while it is built: the filter first */
  self->status = -1;
  self->filter = gtk_custom_filter_new (filter_question, self, NULL);
  gtk_widget_init_template (GTK_WIDGET (self));

  self->practice_signals = g_signal_group_new (BR_TYPE_PRACTICE_HISTORY);
  g_signal_group_connect_object (self->practice_signals, "changed",
                                 G_CALLBACK (practice_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "map", G_CALLBACK (bind_rows), NULL);
}

BrGuide *
br_question_bank_get_guide (BrQuestionBank *self)
{
  g_return_val_if_fail (BR_IS_QUESTION_BANK (self), NULL);
  return self->guide;
}

void
br_question_bank_set_guide (BrQuestionBank *self,
                            BrGuide        *guide)
{
  g_autoptr(GtkStringList) categories = NULL;

  g_return_if_fail (BR_IS_QUESTION_BANK (self));
  g_return_if_fail (guide == NULL || BR_IS_GUIDE (guide));

  if (!g_set_object (&self->guide, guide))
    return;

  g_clear_object (&self->category);
  g_clear_object (&self->filtered);

  categories = gtk_string_list_new (NULL);
  gtk_string_list_append (categories, _("All Categories"));
  if (guide != NULL)
    {
      GListModel *list = br_guide_get_categories (guide);

      for (guint i = 0; i < g_list_model_get_n_items (list); i++)
        {
          g_autoptr(BrGuideEntry) category = g_list_model_get_item (list, i);
          gtk_string_list_append (categories, br_guide_entry_get_title (category));
        }
      self->filtered = gtk_filter_list_model_new (g_object_ref (br_guide_get_questions (guide)),
                                                  g_object_ref (GTK_FILTER (self->filter)));
    }
  gtk_drop_down_set_model (self->category_dropdown, G_LIST_MODEL (categories));
  gtk_drop_down_set_selected (self->category_dropdown, 0);
  /* The rows are made when the bank is first shown */
  self->bound = FALSE;
  gtk_list_box_bind_model (self->list_box, NULL, NULL, NULL, NULL);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    bind_rows (self);
  update_results (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GUIDE]);
}

/**
 * br_question_bank_set_search:
 * @text: words that every question shown must contain somewhere on its
 *   card, in any case
 */
void
br_question_bank_set_search (BrQuestionBank *self,
                             const char     *text)
{
  g_autofree char *stripped = NULL;

  g_return_if_fail (BR_IS_QUESTION_BANK (self));

  /* The entry first: replacing its text passes through an empty text,
   * which it reports at once (search-changed calls this again with "");
   * the words set below are the last ones */
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), text ? text : "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text ? text : "");
  stripped = g_strstrip (g_strdup (text ? text : ""));
  g_clear_pointer (&self->search, g_free);
  if (stripped[0] != '\0')
    self->search = g_utf8_casefold (stripped, -1);
  refilter (self);
}

/**
 * br_question_bank_set_category:
 * @category_id: (nullable): a category id, or %NULL for all
 */
void
br_question_bank_set_category (BrQuestionBank *self,
                               const char     *category_id)
{
  GListModel *list;

  g_return_if_fail (BR_IS_QUESTION_BANK (self));

  if (category_id == NULL || self->guide == NULL)
    {
      gtk_drop_down_set_selected (self->category_dropdown, 0);
      return;
    }

  list = br_guide_get_categories (self->guide);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(BrGuideEntry) category = g_list_model_get_item (list, i);

      if (g_strcmp0 (br_guide_entry_get_id (category), category_id) == 0)
        gtk_drop_down_set_selected (self->category_dropdown, i + 1);
    }
}

guint
br_question_bank_get_n_shown (BrQuestionBank *self)
{
  g_return_val_if_fail (BR_IS_QUESTION_BANK (self), 0);
  return self->filtered ? g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) : 0;
}

void
br_question_bank_focus_search (BrQuestionBank *self)
{
  g_return_if_fail (BR_IS_QUESTION_BANK (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/**
 * br_question_bank_set_practice:
 * @practice: (nullable): the practice history, for each question's status
 */
void
br_question_bank_set_practice (BrQuestionBank    *self,
                               BrPracticeHistory *practice)
{
  g_return_if_fail (BR_IS_QUESTION_BANK (self));
  g_return_if_fail (practice == NULL || BR_IS_PRACTICE_HISTORY (practice));

  if (!g_set_object (&self->practice, practice))
    return;
  g_signal_group_set_target (self->practice_signals, practice);
  practice_changed (self);
}

/**
 * br_question_bank_set_status:
 * @status: a #BrQuestionStatus, or -1 for any
 */
void
br_question_bank_set_status (BrQuestionBank *self,
                             int             status)
{
  g_return_if_fail (BR_IS_QUESTION_BANK (self));
  g_return_if_fail (status >= -1 && status <= BR_QUESTION_STATUS_DUE);

  gtk_drop_down_set_selected (self->status_dropdown,
                              status == -1 ? 0
                              : status == BR_QUESTION_STATUS_NEW ? 1
                              : status == BR_QUESTION_STATUS_PRACTICED ? 2 : 3);
}
