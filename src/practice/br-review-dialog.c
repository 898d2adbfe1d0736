/* br-review-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>
#include <string.h>

#include "br-accessible.h"
#include "br-attempt-view.h"
#include "br-phase-summary.h"
#include "br-replay-view.h"
#include "br-review-dialog.h"
#include "br-plain-text.h"

/**
 * BrReviewDialog:
 *
 * The sheet a candidate fills in when a practice round ends: how the time
 * went, a score from 1 to 4 for each rubric dimension (every level shows
 * its one-line anchor), the leadership principles the answer showed, and
 * free notes; above them, when the round was recorded, the board at the
 * end of each phase with its figures (#BrPhaseSummary) and a button that
 * opens the replay, and what the design review found on the board as the
 * round ended (kept with the attempt), each finding with its severity and
 * the bar raiser's question, as a bar raiser would probe it. What the candidate picks goes straight into the session's
 * attempt; "Save" is offered once every dimension has a score
 * (#BrPracticeSession:complete) and emits #BrReviewDialog::save. "Later"
 * only closes the sheet: the attempt waits. "Discard" asks first, then
 * emits #BrReviewDialog::discard.
 *
 * The sheet is a template. The rubric's rows are bound to the guide's
 * rubric; each dimension's levels are radio buttons on a stateful action
 * "review.score-N" (N the dimension's index, the state its score), each
 * principle a check button on "review.principle-N"; the notes are bound to
 * the attempt's #BrAttempt:notes. Nothing is copied back by hand.
 */
struct _BrReviewDialog
{
  AdwWindow parent_instance;

  BrPracticeSession *session;
  BrGuide *guide;
  BrAttempt *attempt;
  BrRecording *recording;
  GSimpleActionGroup *actions;

  /* Template widgets */
  GtkButton *later_button;
  GtkButton *save_button;
  GtkButton *discard_button;
  AdwPreferencesGroup *round_group;
  AdwPreferencesGroup *phases_group;
  GtkButton *replay_button;
  AdwPreferencesGroup *findings_group;
  GtkListBox *rubric_list;
  AdwExpanderRow *principles_row;
  GtkTextView *notes_view;
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

/* "score-3" -> 3 */
static guint
action_index (GSimpleAction *action)
{
  const char *name = g_action_get_name (G_ACTION (action));
  const char *dash = strrchr (name, '-');

  return (guint) g_ascii_strtoull (dash + 1, NULL, 10);
}

static AdwExpanderRow *
dimension_row (BrReviewDialog *self,
               guint           index)
{
  return ADW_EXPANDER_ROW (gtk_list_box_get_row_at_index (self->rubric_list, index));
}

static void
update_dimension_row (BrReviewDialog *self,
                      BrDimension    *dimension,
                      AdwExpanderRow *row)
{
  const char * const *levels = br_dimension_get_levels (dimension);
  guint score = br_attempt_get_score (self->attempt, br_guide_entry_get_id (BR_GUIDE_ENTRY (dimension)));
  g_autofree char *subtitle = NULL;

  if (score >= BR_ATTEMPT_MIN_SCORE && score <= g_strv_length ((char **) levels))
    /* Translators: a chosen score and its anchor, "3 of 4 · States functional and …" */
    subtitle = g_strdup_printf (_("%u of 4 · %s"), score, levels[score - 1]);
  else
    subtitle = g_strdup (_("Not scored yet"));
  adw_expander_row_set_subtitle (row, subtitle);
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
  adw_expander_row_set_subtitle (self->principles_row, subtitle);
}

/* Opens the first dimension without a score, from @from on, closing the others */
static void
expand_unscored (BrReviewDialog *self,
                 guint           from)
{
  GListModel *rubric = br_guide_get_rubric (self->guide);
  guint n = g_list_model_get_n_items (rubric);

  for (guint i = 0; i < n; i++)
    {
      guint index = (from + i) % n;
      g_autoptr(BrGuideEntry) dimension = g_list_model_get_item (rubric, index);

      if (br_attempt_get_score (self->attempt, br_guide_entry_get_id (dimension)) == 0)
        {
          adw_expander_row_set_expanded (dimension_row (self, index), TRUE);
          return;
        }
    }
}

static void
score_changed (GSimpleAction  *action,
               GVariant       *value,
               BrReviewDialog *self)
{
  guint index = action_index (action);
  g_autoptr(BrDimension) dimension = g_list_model_get_item (br_guide_get_rubric (self->guide), index);

  if (dimension == NULL)
    return;
  g_simple_action_set_state (action, value);
  br_attempt_set_score (self->attempt, br_guide_entry_get_id (BR_GUIDE_ENTRY (dimension)),
                        g_variant_get_uint32 (value));
  update_dimension_row (self, dimension, dimension_row (self, index));

  /* On to the next dimension without a score */
  adw_expander_row_set_expanded (dimension_row (self, index), FALSE);
  expand_unscored (self, index + 1);
}

static void
principle_changed (GSimpleAction  *action,
                   GVariant       *value,
                   BrReviewDialog *self)
{
  g_autoptr(BrGuideEntry) principle = g_list_model_get_item (br_guide_get_principles (self->guide),
                                                             action_index (action));

  if (principle == NULL)
    return;
  g_simple_action_set_state (action, value);
  br_practice_session_set_principle (self->session, br_guide_entry_get_id (principle),
                                     g_variant_get_boolean (value));
  update_principles_row (self);
}

static guint
index_in_rubric (BrReviewDialog *self,
                 gpointer        dimension)
{
  GListModel *rubric = br_guide_get_rubric (self->guide);

  for (guint i = 0; i < g_list_model_get_n_items (rubric); i++)
    {
      g_autoptr(GObject) other = g_list_model_get_item (rubric, i);

      if (other == dimension)
        return i;
    }
  return G_MAXUINT;
}

static GtkWidget *
create_dimension_row (gpointer item,
                      gpointer user_data)
{
  BrReviewDialog *self = user_data;
  BrDimension *dimension = item;
  const char *id = br_guide_entry_get_id (BR_GUIDE_ENTRY (dimension));
  const char *title = br_guide_entry_get_title (BR_GUIDE_ENTRY (dimension));
  const char * const *levels = br_dimension_get_levels (dimension);
  guint index = 0;
  g_autofree char *action_name = NULL;
  g_autoptr(GSimpleAction) action = NULL;
  GtkWidget *row = br_expander_row_new_plain ();
  GtkCheckButton *group = NULL;

  index = index_in_rubric (self, dimension);
  action_name = g_strdup_printf ("score-%u", index);
  action = g_simple_action_new_stateful (action_name, G_VARIANT_TYPE_UINT32,
                                         g_variant_new_uint32 (br_attempt_get_score (self->attempt, id)));
  g_signal_connect (action, "change-state", G_CALLBACK (score_changed), self);
  g_action_map_add_action (G_ACTION_MAP (self->actions), G_ACTION (action));
  g_free (action_name);
  action_name = g_strdup_printf ("review.score-%u", index);

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
      gtk_actionable_set_action_name (GTK_ACTIONABLE (check), action_name);
      gtk_actionable_set_action_target (GTK_ACTIONABLE (check), "u", level + 1);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, levels[level],
                                      -1);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (level_row), level_title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (level_row), levels[level]);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (level_row), 4);
      adw_action_row_add_prefix (ADW_ACTION_ROW (level_row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (level_row), check);
      /* After the row made it labelled by its title, "3": read the name alone */
      br_accessible_set_label (check, name);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), level_row);
    }
  update_dimension_row (self, dimension, ADW_EXPANDER_ROW (row));
  return row;
}

static void
add_principle_rows (BrReviewDialog *self)
{
  GListModel *principles = br_guide_get_principles (self->guide);
  const char * const *shown = br_attempt_get_principles (self->attempt);

  for (guint i = 0; i < g_list_model_get_n_items (principles); i++)
    {
      g_autoptr(BrGuideEntry) principle = g_list_model_get_item (principles, i);
      g_autofree char *name = g_strdup_printf ("principle-%u", i);
      g_autofree char *detailed = g_strdup_printf ("review.principle-%u", i);
      gboolean on = shown != NULL && g_strv_contains (shown, br_guide_entry_get_id (principle));
      g_autoptr(GSimpleAction) action = g_simple_action_new_stateful (name, NULL, g_variant_new_boolean (on));
      GtkWidget *principle_row = br_action_row_new_plain ();
      GtkWidget *check = gtk_check_button_new ();

      g_signal_connect (action, "change-state", G_CALLBACK (principle_changed), self);
      g_action_map_add_action (G_ACTION_MAP (self->actions), G_ACTION (action));

      /* Named by the row's title, the principle */
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (check), detailed);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (principle_row), br_guide_entry_get_title (principle));
      adw_action_row_add_prefix (ADW_ACTION_ROW (principle_row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (principle_row), check);
      adw_expander_row_add_row (self->principles_row, principle_row);
    }
  update_principles_row (self);
}

/* The attempt's notes may be unset; the buffer's text never is */
static gboolean
notes_to_text (GBinding     *binding,
               const GValue *from,
               GValue       *to,
               gpointer      user_data)
{
  const char *notes = g_value_get_string (from);

  g_value_set_string (to, notes != NULL ? notes : "");
  return TRUE;
}

static void
discard_response (AdwMessageDialog *dialog,
                  const char       *response,
                  BrReviewDialog   *self)
{
  if (g_strcmp0 (response, "discard") == 0)
    {
      /* Discarding closes the sheet, maybe from a handler: it stays alive
       * to the end of this, and this dialog lets go of it first (GTK 4.8
       * would otherwise let go of a sheet already freed as it closes) */
      g_autoptr(BrReviewDialog) hold = g_object_ref (self);

      gtk_window_set_transient_for (GTK_WINDOW (dialog), NULL);
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
save_clicked (BrReviewDialog *self)
{
  br_review_dialog_save (self);
}

static void
notify_complete (BrReviewDialog *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPLETE]);
}

static void
replay_clicked (BrReviewDialog *self)
{
  if (self->recording != NULL)
    br_replay_view_present (GTK_WINDOW (self), self->recording, NULL, self->attempt, self->guide);
}

/* The board phase by phase, when the round was recorded */
static void
setup_phases (BrReviewDialog *self)
{
  BrRecording *recording = br_practice_session_get_recording (self->session);
  GtkWidget *summary;

  gtk_widget_set_visible (GTK_WIDGET (self->phases_group), recording != NULL);
  if (recording == NULL)
    return;
  self->recording = g_object_ref (recording);
  summary = br_phase_summary_new (recording, self->attempt, self->guide);
  adw_preferences_group_set_description (self->phases_group,
                                         br_phase_summary_get_headline (BR_PHASE_SUMMARY (summary)));
  adw_preferences_group_add (self->phases_group, summary);
}

/* Fills the template from the session's attempt */
static void
setup (BrReviewDialog *self)
{
  BrGuideEntry *question = br_guide_lookup (self->guide, br_attempt_get_question_id (self->attempt));
  g_autofree char *summary = br_attempt_view_format_summary (self->attempt);

  /* After a crash or a kill the sheet says why the round stopped, and
   * which board the attempt keeps */
  if (br_practice_session_get_interrupted (self->session))
    {
      g_autofree char *stopped = g_steal_pointer (&summary);

      summary = g_strdup_printf ("%s\n%s", stopped,
                                 _("The round was interrupted: Bar Raiser closed before it ended. "
                                   "Saving keeps the board as the round’s recording rebuilds it."));
      gtk_window_set_title (GTK_WINDOW (self), _("Review the Interrupted Round"));
    }

  br_preferences_group_set_plain (self->round_group,
                                  question ? br_guide_entry_get_title (question)
                                           : br_attempt_get_question_id (self->attempt),
                                  summary);
  br_attempt_view_add_phase_rows (self->round_group, self->guide, self->attempt);
  setup_phases (self);
  br_attempt_view_add_finding_rows (self->findings_group, self->attempt,
                                    _("The design review found nothing to probe on the board as the round ended."));

  gtk_list_box_bind_model (self->rubric_list, br_guide_get_rubric (self->guide),
                           create_dimension_row, self, NULL);
  expand_unscored (self, 0);
  add_principle_rows (self);

  g_object_bind_property_full (self->attempt, "notes",
                               gtk_text_view_get_buffer (self->notes_view), "text",
                               G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL,
                               notes_to_text, NULL, NULL, NULL);
  g_object_bind_property (self->session, "complete", self->save_button, "sensitive", G_BINDING_SYNC_CREATE);
  g_signal_connect_object (self->session, "notify::complete", G_CALLBACK (notify_complete),
                           self, G_CONNECT_SWAPPED);
}

static void
br_review_dialog_dispose (GObject *object)
{
  BrReviewDialog *self = BR_REVIEW_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), BR_TYPE_REVIEW_DIALOG);
  g_clear_object (&self->session);
  g_clear_object (&self->guide);
  g_clear_object (&self->attempt);
  g_clear_object (&self->recording);
  g_clear_object (&self->actions);

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
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

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
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

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

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "br-review-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, BrReviewDialog, later_button);
  gtk_widget_class_bind_template_child (widget_class, BrReviewDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, BrReviewDialog, discard_button);
  gtk_widget_class_bind_template_child (widget_class, BrReviewDialog, round_group);
  gtk_widget_class_bind_template_child (widget_class, BrReviewDialog, phases_group);
  gtk_widget_class_bind_template_child (widget_class, BrReviewDialog, replay_button);
  gtk_widget_class_bind_template_child (widget_class, BrReviewDialog, findings_group);
  gtk_widget_class_bind_template_child (widget_class, BrReviewDialog, rubric_list);
  gtk_widget_class_bind_template_child (widget_class, BrReviewDialog, principles_row);
  gtk_widget_class_bind_template_child (widget_class, BrReviewDialog, notes_view);
  gtk_widget_class_bind_template_callback (widget_class, save_clicked);
  gtk_widget_class_bind_template_callback (widget_class, discard_clicked);
  gtk_widget_class_bind_template_callback (widget_class, replay_clicked);
}

static void
br_review_dialog_init (BrReviewDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Labels with mnemonics, read without their underscores */
  br_accessible_set_button_label (self->later_button, _("_Later"), NULL);
  br_accessible_set_button_label (self->save_button, _("_Save"), NULL);
  br_accessible_set_button_label (self->replay_button, _("_Replay"), NULL);
  br_accessible_set_button_label (self->discard_button, _("_Discard This Attempt…"), NULL);

  self->actions = g_simple_action_group_new ();
  gtk_widget_insert_action_group (GTK_WIDGET (self), "review", G_ACTION_GROUP (self->actions));
}

/**
 * br_review_dialog_new:
 * @session: a session waiting for its review
 *
 * Returns: (transfer floating): a new review sheet; it writes into the
 *   session's attempt
 */
BrReviewDialog *
br_review_dialog_new (BrPracticeSession *session)
{
  BrReviewDialog *self;

  g_return_val_if_fail (BR_IS_PRACTICE_SESSION (session), NULL);
  g_return_val_if_fail (br_practice_session_get_attempt (session) != NULL, NULL);
  g_return_val_if_fail (br_practice_session_get_guide (session) != NULL, NULL);

  self = g_object_new (BR_TYPE_REVIEW_DIALOG, NULL);
  self->session = g_object_ref (session);
  self->guide = g_object_ref (br_practice_session_get_guide (session));
  self->attempt = g_object_ref (br_practice_session_get_attempt (session));
  setup (self);
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
  g_return_val_if_fail (BR_IS_REVIEW_DIALOG (self), FALSE);
  return self->session != NULL && br_practice_session_get_complete (self->session);
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
  g_autofree char *name = NULL;

  g_return_if_fail (BR_IS_REVIEW_DIALOG (self));
  g_return_if_fail (BR_IS_DIMENSION (br_guide_lookup (self->guide, dimension_id)));

  name = g_strdup_printf ("score-%u", index_in_rubric (self, br_guide_lookup (self->guide, dimension_id)));
  g_action_group_activate_action (G_ACTION_GROUP (self->actions), name, g_variant_new_uint32 (score));
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
  GListModel *principles;

  g_return_if_fail (BR_IS_REVIEW_DIALOG (self));

  principles = br_guide_get_principles (self->guide);
  for (guint i = 0; i < g_list_model_get_n_items (principles); i++)
    {
      g_autoptr(BrGuideEntry) principle = g_list_model_get_item (principles, i);
      g_autofree char *name = NULL;

      if (!g_str_equal (br_guide_entry_get_id (principle), principle_id))
        continue;
      name = g_strdup_printf ("principle-%u", i);
      g_action_group_change_action_state (G_ACTION_GROUP (self->actions), name, g_variant_new_boolean (shown));
      return;
    }
  g_return_if_reached ();
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
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view), notes ? notes : "", -1);
}
