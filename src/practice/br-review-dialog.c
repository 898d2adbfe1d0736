/* br-review-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>
#include <string.h>

#include "br-accessible.h"
#include "br-attempt-view.h"
#include "br-review-dialog.h"
#include "br-plain-text.h"

/**
 * BrReviewDialog:
 *
 * The sheet a candidate fills in when a practice round ends: how the time
 * went, a score from 1 to 4 for each rubric dimension (every level shows
 * its one-line anchor), the leadership principles the answer showed, and
 * free notes. What the candidate picks goes straight into the attempt;
 * "Save" is offered once every dimension has a score and emits
 * #BrReviewDialog::save. "Later" only closes the sheet: the attempt waits.
 * "Discard" asks first, then emits #BrReviewDialog::discard.
 */
struct _BrReviewDialog
{
  AdwWindow parent_instance;

  BrGuide *guide;
  BrAttempt *attempt;
  GHashTable *score_checks;     /* "dimension-id/N" -> GtkCheckButton */
  GHashTable *principle_checks; /* principle id -> GtkCheckButton */
  GPtrArray *dimension_rows;    /* AdwExpanderRow, in rubric order */
  GtkTextBuffer *notes;
  GtkWidget *save_button;
  GtkWidget *principles_row;
  gboolean syncing;
};

G_DEFINE_FINAL_TYPE (BrReviewDialog, br_review_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_COMPLETE,
  N_PROPS
};

enum {
  SAVE,
  DISCARD,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static BrDimension *
dimension_at (BrReviewDialog *self,
              guint           index)
{
  return g_list_model_get_item (br_guide_get_rubric (self->guide), index);
}

static void
update_dimension_row (BrReviewDialog *self,
                      guint           index)
{
  g_autoptr(BrDimension) dimension = dimension_at (self, index);
  AdwExpanderRow *row = g_ptr_array_index (self->dimension_rows, index);
  const char *id = br_guide_entry_get_id (BR_GUIDE_ENTRY (dimension));
  const char * const *levels = br_dimension_get_levels (dimension);
  guint score = br_attempt_get_score (self->attempt, id);
  g_autofree char *subtitle = NULL;

  if (score >= BR_ATTEMPT_MIN_SCORE && score <= g_strv_length ((char **) levels))
    /* Translators: a chosen score and its anchor, "3 of 4 · States functional and …" */
    subtitle = g_strdup_printf (_("%u of 4 · %s"), score, levels[score - 1]);
  else
    subtitle = g_strdup (_("Not scored yet"));
  adw_expander_row_set_subtitle (row, subtitle);
}

static void
update_complete (BrReviewDialog *self)
{
  gtk_widget_set_sensitive (self->save_button, br_review_dialog_get_complete (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPLETE]);
}

static void
update_principles_row (BrReviewDialog *self)
{
  guint n = g_strv_length ((char **) br_attempt_get_principles (self->attempt));
  g_autofree char *subtitle = NULL;

  if (n == 0)
    subtitle = g_strdup (_("None picked yet"));
  else
    subtitle = g_strdup_printf (ngettext ("%u principle picked", "%u principles picked", n), n);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self->principles_row), subtitle);
}

static void
score_toggled (GtkCheckButton *check,
               GParamSpec     *pspec,
               BrReviewDialog *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check), "br-index"));
  guint score = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check), "br-score"));
  g_autoptr(BrDimension) dimension = NULL;

  if (self->syncing || !gtk_check_button_get_active (check))
    return;

  dimension = dimension_at (self, index);
  br_attempt_set_score (self->attempt, br_guide_entry_get_id (BR_GUIDE_ENTRY (dimension)), score);
  update_dimension_row (self, index);

  /* On to the next dimension without a score */
  adw_expander_row_set_expanded (g_ptr_array_index (self->dimension_rows, index), FALSE);
  for (guint i = 1; i < self->dimension_rows->len; i++)
    {
      guint next = (index + i) % self->dimension_rows->len;
      g_autoptr(BrDimension) other = dimension_at (self, next);

      if (br_attempt_get_score (self->attempt, br_guide_entry_get_id (BR_GUIDE_ENTRY (other))) == 0)
        {
          adw_expander_row_set_expanded (g_ptr_array_index (self->dimension_rows, next), TRUE);
          break;
        }
    }
  update_complete (self);
}

static void
principle_toggled (GtkCheckButton *check,
                   GParamSpec     *pspec,
                   BrReviewDialog *self)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  GListModel *principles = br_guide_get_principles (self->guide);

  if (self->syncing)
    return;

  /* In the guide's order */
  for (guint i = 0; i < g_list_model_get_n_items (principles); i++)
    {
      g_autoptr(BrGuideEntry) principle = g_list_model_get_item (principles, i);
      const char *id = br_guide_entry_get_id (principle);
      GtkCheckButton *other = g_hash_table_lookup (self->principle_checks, id);

      if (other != NULL && gtk_check_button_get_active (other))
        g_ptr_array_add (ids, (gpointer) id);
    }
  g_ptr_array_add (ids, NULL);
  br_attempt_set_principles (self->attempt, (const char * const *) ids->pdata);
  update_principles_row (self);
}

static void
notes_changed (GtkTextBuffer  *buffer,
               BrReviewDialog *self)
{
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  if (self->syncing)
    return;
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  br_attempt_set_notes (self->attempt, text);
}

static GtkWidget *
build_dimension_row (BrReviewDialog *self,
                     BrDimension    *dimension,
                     guint           index)
{
  const char *id = br_guide_entry_get_id (BR_GUIDE_ENTRY (dimension));
  const char *title = br_guide_entry_get_title (BR_GUIDE_ENTRY (dimension));
  const char * const *levels = br_dimension_get_levels (dimension);
  GtkWidget *row = br_expander_row_new_plain ();
  GtkCheckButton *group = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  for (guint level = 0; levels[level] != NULL && level < BR_ATTEMPT_MAX_SCORE; level++)
    {
      GtkWidget *level_row = br_action_row_new_plain ();
      GtkWidget *check = gtk_check_button_new ();
      g_autofree char *level_title = g_strdup_printf ("%u", level + 1);
      /* Translators: the accessible name of a score's radio button, "Score 3 for Requirements and scoping" */
      g_autofree char *name = g_strdup_printf (_("Score %u for %s"), level + 1, title);

      gtk_check_button_set_group (GTK_CHECK_BUTTON (check), group);
      if (group == NULL)
        group = GTK_CHECK_BUTTON (check);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, levels[level],
                                      -1);
      g_object_set_data (G_OBJECT (check), "br-index", GUINT_TO_POINTER (index));
      g_object_set_data (G_OBJECT (check), "br-score", GUINT_TO_POINTER (level + 1));
      g_signal_connect (check, "notify::active", G_CALLBACK (score_toggled), self);
      g_hash_table_insert (self->score_checks, g_strdup_printf ("%s/%u", id, level + 1), check);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (level_row), level_title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (level_row), levels[level]);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (level_row), 4);
      adw_action_row_add_prefix (ADW_ACTION_ROW (level_row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (level_row), check);
      /* After the row made it labelled by its title, "3": read the name alone */
      br_accessible_set_label (check, name);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), level_row);
    }
  return row;
}

static GtkWidget *
build_principles_row (BrReviewDialog *self)
{
  GListModel *principles = br_guide_get_principles (self->guide);
  GtkWidget *row = br_expander_row_new_plain ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Principles Your Answer Showed"));
  for (guint i = 0; i < g_list_model_get_n_items (principles); i++)
    {
      g_autoptr(BrGuideEntry) principle = g_list_model_get_item (principles, i);
      GtkWidget *principle_row = br_action_row_new_plain ();
      GtkWidget *check = gtk_check_button_new ();

      /* Named by the row's title, the principle */
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      g_signal_connect (check, "notify::active", G_CALLBACK (principle_toggled), self);
      g_hash_table_insert (self->principle_checks, g_strdup (br_guide_entry_get_id (principle)), check);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (principle_row), br_guide_entry_get_title (principle));
      adw_action_row_add_prefix (ADW_ACTION_ROW (principle_row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (principle_row), check);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), principle_row);
    }
  return row;
}

static GtkWidget *
build_notes (BrReviewDialog *self)
{
  GtkWidget *view = gtk_text_view_new ();
  GtkWidget *frame = gtk_frame_new (NULL);

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 9);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 9);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 9);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 9);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_widget_set_size_request (view, -1, 120);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Notes on this attempt"), -1);
  self->notes = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  g_signal_connect (self->notes, "changed", G_CALLBACK (notes_changed), self);
  gtk_frame_set_child (GTK_FRAME (frame), view);
  gtk_widget_add_css_class (frame, "view");
  return frame;
}

static void
discard_response (AdwMessageDialog *dialog,
                  const char       *response,
                  BrReviewDialog   *self)
{
  if (g_strcmp0 (response, "discard") == 0)
    {
      g_signal_emit (self, signals[DISCARD], 0);
      gtk_window_destroy (GTK_WINDOW (self));
    }
}

static void
discard_clicked (BrReviewDialog *self)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Discard This Attempt?"),
                                              _("The round’s times, your scores and notes will not be kept. The board stays open on the Whiteboard page."));

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (discard_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * br_review_dialog_save:
 *
 * Saves the review, as the Save button does: emits #BrReviewDialog::save
 * when every dimension has a score.
 *
 * Returns: whether the review was complete
 */
gboolean
br_review_dialog_save (BrReviewDialog *self)
{
  g_return_val_if_fail (BR_IS_REVIEW_DIALOG (self), FALSE);

  if (!br_review_dialog_get_complete (self))
    return FALSE;
  g_signal_emit (self, signals[SAVE], 0);
  return TRUE;
}

static void
build (BrReviewDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *later = gtk_button_new ();
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *round_group = adw_preferences_group_new ();
  GtkWidget *rubric_group = adw_preferences_group_new ();
  GtkWidget *principles_group = adw_preferences_group_new ();
  GtkWidget *notes_group = adw_preferences_group_new ();
  GtkWidget *discard_group = adw_preferences_group_new ();
  GtkWidget *discard = gtk_button_new ();
  GListModel *rubric = br_guide_get_rubric (self->guide);
  BrGuideEntry *question = br_guide_lookup (self->guide, br_attempt_get_question_id (self->attempt));
  g_autofree char *summary = br_attempt_view_format_summary (self->attempt);

  gtk_window_set_title (GTK_WINDOW (self), _("Review Your Answer"));
  br_accessible_set_button_label (GTK_BUTTON (later), _("_Later"), NULL);
  br_accessible_set_button_label (GTK_BUTTON (discard), _("_Discard This Attempt…"), NULL);
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  gtk_widget_set_tooltip_text (later, _("Close the review; it waits on the Whiteboard page"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (later), "window.close");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), later);

  self->save_button = gtk_button_new ();
  br_accessible_set_button_label (GTK_BUTTON (self->save_button), _("_Save"), NULL);
  gtk_widget_add_css_class (self->save_button, "suggested-action");
  gtk_widget_set_tooltip_text (self->save_button, _("Save the attempt once every dimension has a score"));
  g_signal_connect_swapped (self->save_button, "clicked", G_CALLBACK (br_review_dialog_save), self);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->save_button);
  gtk_box_append (GTK_BOX (box), header);

  br_preferences_group_set_plain (ADW_PREFERENCES_GROUP (round_group),
                                  question ? br_guide_entry_get_title (question)
                                           : br_attempt_get_question_id (self->attempt),
                                  summary);
  br_attempt_view_add_phase_rows (ADW_PREFERENCES_GROUP (round_group), self->guide, self->attempt);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (round_group));

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (rubric_group), _("Score Each Dimension"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (rubric_group),
                                         _("Be honest: 1 is far below the bar, 4 is a clear hire. Each level says what it looks like."));
  for (guint i = 0; i < g_list_model_get_n_items (rubric); i++)
    {
      g_autoptr(BrDimension) dimension = g_list_model_get_item (rubric, i);
      GtkWidget *row = build_dimension_row (self, dimension, i);

      g_ptr_array_add (self->dimension_rows, row);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (rubric_group), row);
    }
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (rubric_group));

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (principles_group), _("Leadership Principles"));
  self->principles_row = build_principles_row (self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (principles_group), self->principles_row);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (principles_group));

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (notes_group), _("Notes"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (notes_group),
                                         _("What went well, what to fix next time"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (notes_group), build_notes (self));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (notes_group));

  gtk_widget_set_halign (discard, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (discard, "destructive-action");
  g_signal_connect_swapped (discard, "clicked", G_CALLBACK (discard_clicked), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (discard_group), discard);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (discard_group));

  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (box), page);
  adw_window_set_content (ADW_WINDOW (self), box);
}

/* Shows what the attempt already holds (a review reopened after "Later") */
static void
sync_from_attempt (BrReviewDialog *self)
{
  GHashTableIter iter;
  gpointer key, value;
  const char * const *principles = br_attempt_get_principles (self->attempt);
  const char *notes = br_attempt_get_notes (self->attempt);
  gboolean expanded = FALSE;

  self->syncing = TRUE;
  g_hash_table_iter_init (&iter, self->score_checks);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_autofree char *dimension = g_strdup (key);
      char *slash = strrchr (dimension, '/');
      guint score = (guint) g_ascii_strtoull (slash + 1, NULL, 10);

      *slash = '\0';
      if (br_attempt_get_score (self->attempt, dimension) == score)
        gtk_check_button_set_active (value, TRUE);
    }
  g_hash_table_iter_init (&iter, self->principle_checks);
  while (g_hash_table_iter_next (&iter, &key, &value))
    gtk_check_button_set_active (value, principles != NULL && g_strv_contains (principles, key));
  gtk_text_buffer_set_text (self->notes, notes ? notes : "", -1);
  self->syncing = FALSE;

  for (guint i = 0; i < self->dimension_rows->len; i++)
    {
      g_autoptr(BrDimension) dimension = dimension_at (self, i);

      update_dimension_row (self, i);
      if (!expanded && br_attempt_get_score (self->attempt, br_guide_entry_get_id (BR_GUIDE_ENTRY (dimension))) == 0)
        {
          adw_expander_row_set_expanded (g_ptr_array_index (self->dimension_rows, i), TRUE);
          expanded = TRUE;
        }
    }
  update_principles_row (self);
  update_complete (self);
}

static void
br_review_dialog_dispose (GObject *object)
{
  BrReviewDialog *self = BR_REVIEW_DIALOG (object);

  g_clear_object (&self->guide);
  g_clear_object (&self->attempt);
  g_clear_pointer (&self->score_checks, g_hash_table_unref);
  g_clear_pointer (&self->principle_checks, g_hash_table_unref);
  g_clear_pointer (&self->dimension_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (br_review_dialog_parent_class)->dispose (object);
}

static void
br_review_dialog_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  BrReviewDialog *self = BR_REVIEW_DIALOG (object);

  switch (prop_id)
    {
    case PROP_COMPLETE:
      g_value_set_boolean (value, br_review_dialog_get_complete (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_review_dialog_class_init (BrReviewDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = br_review_dialog_dispose;
  object_class->get_property = br_review_dialog_get_property;

  /**
   * BrReviewDialog:complete:
   *
   * Whether every rubric dimension has a score, so the review can be saved.
   */
  properties[PROP_COMPLETE] =
    g_param_spec_boolean ("complete", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Escape is "Later": the review waits, nothing is lost */
  gtk_widget_class_add_binding_action (GTK_WIDGET_CLASS (klass), GDK_KEY_Escape, 0, "window.close", NULL);

  /**
   * BrReviewDialog::save:
   *
   * The candidate saves the complete review.
   */
  signals[SAVE] =
    g_signal_new ("save", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * BrReviewDialog::discard:
   *
   * The candidate confirmed that the attempt is not to be kept.
   */
  signals[DISCARD] =
    g_signal_new ("discard", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
br_review_dialog_init (BrReviewDialog *self)
{
  self->score_checks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->principle_checks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->dimension_rows = g_ptr_array_new ();
  gtk_window_set_default_size (GTK_WINDOW (self), 560, 720);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
}

/**
 * br_review_dialog_new:
 * @guide: the guide, for the rubric and the principles
 * @attempt: the attempt to review; the sheet writes into it
 *
 * Returns: (transfer floating): a new review sheet
 */
BrReviewDialog *
br_review_dialog_new (BrGuide   *guide,
                      BrAttempt *attempt)
{
  BrReviewDialog *self;

  g_return_val_if_fail (BR_IS_GUIDE (guide), NULL);
  g_return_val_if_fail (BR_IS_ATTEMPT (attempt), NULL);

  self = g_object_new (BR_TYPE_REVIEW_DIALOG, NULL);
  self->guide = g_object_ref (guide);
  self->attempt = g_object_ref (attempt);
  build (self);
  sync_from_attempt (self);
  return self;
}

BrAttempt *
br_review_dialog_get_attempt (BrReviewDialog *self)
{
  g_return_val_if_fail (BR_IS_REVIEW_DIALOG (self), NULL);
  return self->attempt;
}

/**
 * br_review_dialog_get_complete:
 *
 * Returns: whether every rubric dimension has a score
 */
gboolean
br_review_dialog_get_complete (BrReviewDialog *self)
{
  GListModel *rubric;

  g_return_val_if_fail (BR_IS_REVIEW_DIALOG (self), FALSE);

  if (self->guide == NULL || self->attempt == NULL)
    return FALSE;
  rubric = br_guide_get_rubric (self->guide);
  for (guint i = 0; i < g_list_model_get_n_items (rubric); i++)
    {
      g_autoptr(BrGuideEntry) dimension = g_list_model_get_item (rubric, i);

      if (br_attempt_get_score (self->attempt, br_guide_entry_get_id (dimension)) == 0)
        return FALSE;
    }
  return TRUE;
}

/**
 * br_review_dialog_set_score:
 *
 * Picks @score for @dimension_id, as a click on its level would.
 */
void
br_review_dialog_set_score (BrReviewDialog *self,
                            const char     *dimension_id,
                            guint           score)
{
  g_autofree char *key = g_strdup_printf ("%s/%u", dimension_id, score);
  GtkCheckButton *check;

  g_return_if_fail (BR_IS_REVIEW_DIALOG (self));

  check = g_hash_table_lookup (self->score_checks, key);
  g_return_if_fail (check != NULL);
  gtk_check_button_set_active (check, TRUE);
}

/**
 * br_review_dialog_set_principle:
 *
 * Ticks or unticks a principle, as a click on its row would.
 */
void
br_review_dialog_set_principle (BrReviewDialog *self,
                                const char     *principle_id,
                                gboolean        shown)
{
  GtkCheckButton *check;

  g_return_if_fail (BR_IS_REVIEW_DIALOG (self));

  check = g_hash_table_lookup (self->principle_checks, principle_id);
  g_return_if_fail (check != NULL);
  gtk_check_button_set_active (check, shown);
}

/**
 * br_review_dialog_set_notes:
 *
 * Replaces the notes, as typing would.
 */
void
br_review_dialog_set_notes (BrReviewDialog *self,
                            const char     *notes)
{
  g_return_if_fail (BR_IS_REVIEW_DIALOG (self));
  gtk_text_buffer_set_text (self->notes, notes ? notes : "", -1);
}
