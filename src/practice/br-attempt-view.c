/* br-attempt-view.c — how the Plan page and the review sheet show attempts:
 * the attempt view, its rows and the history list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "br-accessible.h"
#include "br-attempt-view.h"
#include "br-phase-summary.h"
#include "br-plan-library.h"
#include "br-review-panel.h"
#include "br-round.h"
#include "br-plain-text.h"

/**
 * br_attempt_view_format_started:
 *
 * Returns: (transfer full): when @attempt started, in local time,
 *   "Friday 27 November, 19:05"
 */
char *
br_attempt_view_format_started (BrAttempt *attempt)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (br_attempt_get_started (attempt));

  /* Translators: when a practice attempt started, see g_date_time_format() */
  return g_date_time_format (local, _("%A %-d %B %Y, %H:%M"));
}

static gint64
total_seconds (BrAttempt *attempt)
{
  gint64 total = 0;

  for (guint i = 0; i < br_attempt_get_n_phases (attempt); i++)
    total += br_attempt_get_phase (attempt, i)->actual;
  return total;
}

/**
 * br_attempt_view_format_summary:
 *
 * Returns: (transfer full): the round in a line: its length, how long it
 *   took, and how it ended
 */
char *
br_attempt_view_format_summary (BrAttempt *attempt)
{
  gint64 total = total_seconds (attempt);
  gint64 length = (gint64) br_attempt_get_length (attempt) * 60;
  g_autofree char *used = br_round_format_time (total * G_USEC_PER_SEC);
  g_autofree char *over = NULL;

  if (!br_attempt_get_completed (attempt))
    /* Translators: "Stopped after 23:10 of a 45-minute round" */
    return g_strdup_printf (_("Stopped after %s of a %u-minute round"), used, br_attempt_get_length (attempt));
  if (total > length)
    {
      over = br_round_format_time ((total - length) * G_USEC_PER_SEC);
      /* Translators: "Finished 2:14 over a 45-minute round" */
      return g_strdup_printf (_("Finished %s over a %u-minute round"), over, br_attempt_get_length (attempt));
    }
  /* Translators: "Finished in 43:50 of a 45-minute round" */
  return g_strdup_printf (_("Finished in %s of a %u-minute round"), used, br_attempt_get_length (attempt));
}

/**
 * br_attempt_view_add_phase_rows:
 *
 * Adds a row per phase of @attempt to @group: the time it took against
 * its budget.
 */
void
br_attempt_view_add_phase_rows (AdwPreferencesGroup *group,
                                BrGuide             *guide,
                                BrAttempt           *attempt)
{
  for (guint i = 0; i < br_attempt_get_n_phases (attempt); i++)
    {
      const BrAttemptPhase *phase = br_attempt_get_phase (attempt, i);
      BrGuideEntry *entry = br_guide_lookup (guide, phase->phase_id);
      GtkWidget *row = br_action_row_new_plain ();
      GtkWidget *label;
      g_autofree char *actual = br_round_format_time ((gint64) phase->actual * G_USEC_PER_SEC);
      g_autofree char *budget = br_round_format_time ((gint64) phase->budget * G_USEC_PER_SEC);
      /* Translators: a phase's time against its budget, "7:12 of 5:00" */
      g_autofree char *text = g_strdup_printf (_("%s of %s"), actual, budget);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     entry ? br_guide_entry_get_title (entry) : phase->phase_id);
      label = gtk_label_new (text);
      gtk_widget_add_css_class (label, "numeric");
      if (phase->actual > phase->budget)
        gtk_widget_add_css_class (label, "warning");
      else
        gtk_widget_add_css_class (label, "dim-label");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
      adw_preferences_group_add (group, row);
    }
}

/**
 * br_attempt_view_format_findings:
 *
 * Returns: (transfer full) (nullable): how many design-review findings
 *   @attempt kept, "3 design findings", or %NULL when it kept none
 */
char *
br_attempt_view_format_findings (BrAttempt *attempt)
{
  guint n = br_attempt_get_n_findings (attempt);

  if (n == 0)
    return NULL;
  /* Translators: how many design-review findings an attempt's board had */
  return g_strdup_printf (ngettext ("%u design finding", "%u design findings", n), n);
}

static GtkWidget *
finding_row (const BrAttemptFinding *finding)
{
  GtkWidget *row = br_action_row_new_plain ();
  GtkWidget *icon = gtk_image_new_from_icon_name (br_review_severity_icon_name (finding->severity));
  const char *severity = br_review_severity_label (finding->severity);
  g_autofree char *question = NULL;
  g_autofree char *name = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), finding->message);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  /* Translators: the bar raiser's follow-up question, quoted */
  question = g_strdup_printf (_("“%s”"), finding->question);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), question);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);

  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, severity, -1);
  gtk_widget_set_tooltip_text (icon, severity);
  if (finding->severity == BR_REVIEW_ERROR)
    gtk_widget_add_css_class (icon, "error");
  else if (finding->severity == BR_REVIEW_WARNING)
    gtk_widget_add_css_class (icon, "warning");
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

  /* Translators: what a screen reader says for a finding: "Warning: <message>" */
  name = g_strdup_printf (_("%s: %s"), severity, finding->message);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  return row;
}

/**
 * br_attempt_view_add_finding_rows:
 * @empty: what @group says when @attempt kept no findings
 *
 * Adds a row per design-review finding of @attempt to @group, worst first:
 * its severity, its message and the bar raiser's question; @group's
 * description says how many there are.
 */
void
br_attempt_view_add_finding_rows (AdwPreferencesGroup *group,
                                  BrAttempt           *attempt,
                                  const char          *empty)
{
  guint n = br_attempt_get_n_findings (attempt);
  g_autofree char *count = br_attempt_view_format_findings (attempt);

  adw_preferences_group_set_description (group, count != NULL ? count : empty);
  for (guint i = 0; i < n; i++)
    adw_preferences_group_add (group, finding_row (br_attempt_get_finding (attempt, i)));
}

static char *
format_average (BrAttempt *attempt)
{
  double average;

  if (!br_attempt_get_average_score (attempt, &average))
    return g_strdup (_("Not reviewed"));
  /* Translators: an attempt's average score, "Average 2.6 of 4" */
  return g_strdup_printf (_("Average %.1f of 4"), average);
}

/**
 * br_attempt_view_attempt_row:
 * @show_question: title the row with the question (in the history) rather
 *   than with the date (in a question's card)
 *
 * Returns: (transfer floating): a row that opens @attempt on the Plan page
 */
GtkWidget *
br_attempt_view_attempt_row (BrGuide   *guide,
                             BrAttempt *attempt,
                             gboolean   show_question)
{
  GtkWidget *row = br_action_row_new_plain ();
  g_autofree char *started = br_attempt_view_format_started (attempt);
  g_autofree char *average = format_average (attempt);
  g_autofree char *findings = br_attempt_view_format_findings (attempt);
  g_autofree char *subtitle = NULL;
  BrGuideEntry *question = br_guide_lookup (guide, br_attempt_get_question_id (attempt));

  if (show_question)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     question ? br_guide_entry_get_title (question)
                                              : br_attempt_get_question_id (attempt));
      /* Translators: a history row's subtitle, "Friday 27 November 2026, 19:05 · Average 2.6 of 4" */
      subtitle = g_strdup_printf (_("%s · %s"), started, average);
    }
  else
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), started);
      subtitle = g_strdup (average);
    }
  if (findings != NULL)
    {
      /* Translators: a history row's subtitle and its findings, "… · Average 2.6 of 4 · 3 design findings" */
      char *with_findings = g_strdup_printf (_("%s · %s"), subtitle, findings);

      g_free (subtitle);
      subtitle = with_findings;
    }
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), br_plan_library_icon ("go-next-symbolic"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "plan.show");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", br_attempt_get_id (attempt));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  return row;
}

/* The attempt view ------------------------------------------------------- */

/**
 * BrAttemptView:
 *
 * The review of a saved attempt on the Plan page: the round, buttons to
 * open a copy of its board, to replay it and to practice the question
 * again, the board phase by phase as the review sheet showed it (rebuilt
 * from the saved recording, or why there is none), the scores with their
 * anchors (a list bound to the guide's rubric), what the design review
 * found on the board when the round ended, the principles (a list bound to
 * the attempt's), and the notes (bound to the attempt's
 * #BrAttempt:notes). A template.
 */
struct _BrAttemptView
{
  AdwBin parent_instance;

  BrGuide *guide;
  BrAttempt *attempt;

  /* Template widgets */
  AdwPreferencesGroup *round_group;
  GtkButton *board_button;
  GtkButton *replay_button;
  GtkButton *practice_button;
  AdwPreferencesGroup *phases_group;
  GtkListBox *scores_list;
  AdwPreferencesGroup *findings_group;
  GtkLabel *no_principles_label;
  GtkListBox *principles_list;
  GtkLabel *notes_label;
};

G_DEFINE_FINAL_TYPE (BrAttemptView, br_attempt_view, ADW_TYPE_BIN)

static GtkWidget *
create_score_row (gpointer item,
                  gpointer user_data)
{
  BrAttemptView *self = user_data;
  BrDimension *dimension = item;
  const char * const *levels = br_dimension_get_levels (dimension);
  guint score = br_attempt_get_score (self->attempt, br_guide_entry_get_id (BR_GUIDE_ENTRY (dimension)));
  GtkWidget *row = br_action_row_new_plain ();
  g_autofree char *value = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), br_guide_entry_get_title (BR_GUIDE_ENTRY (dimension)));
  if (score >= 1 && score <= g_strv_length ((char **) levels))
    {
      /* Translators: a score, "3 of 4" */
      value = g_strdup_printf (_("%u of 4"), score);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), levels[score - 1]);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 4);
    }
  else
    value = g_strdup (_("Not scored"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_label_new (value));
  return row;
}

static GtkWidget *
create_principle_row (gpointer item,
                      gpointer user_data)
{
  BrAttemptView *self = user_data;
  const char *id = gtk_string_object_get_string (item);
  BrGuideEntry *principle = br_guide_lookup (self->guide, id);
  GtkWidget *row = br_action_row_new_plain ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), principle ? br_guide_entry_get_title (principle) : id);
  return row;
}

/* Unset or empty notes read "No notes" */
static gboolean
notes_to_label (GBinding     *binding,
                const GValue *from,
                GValue       *to,
                gpointer      user_data)
{
  const char *notes = g_value_get_string (from);

  g_value_set_string (to, notes != NULL && notes[0] != '\0' ? notes : _("No notes"));
  return TRUE;
}

/* The board phase by phase, from the attempt's recording; without one,
 * the group says why, as the replay does */
static void
setup_phases (BrAttemptView     *self,
              BrPracticeHistory *history)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BrRecording) recording = br_practice_history_load_recording (history, self->attempt, &error);
  g_autofree char *description = NULL;
  GtkWidget *summary;

  if (recording == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        description = g_strdup (_("No recording for this attempt: rounds practiced before Bar Raiser recorded the board have no replay. The attempt and its board are still here."));
      else
        /* Translators: %s says what is wrong with the file */
        description = g_strdup_printf (_("The recording cannot be read: %s"), error->message);
      adw_preferences_group_set_description (self->phases_group, description);
      return;
    }
  summary = br_phase_summary_new (recording, self->attempt, self->guide);
  adw_preferences_group_set_description (self->phases_group,
                                         br_phase_summary_get_headline (BR_PHASE_SUMMARY (summary)));
  adw_preferences_group_add (self->phases_group, summary);
}

static void
setup (BrAttemptView     *self,
       BrPracticeHistory *history)
{
  BrGuideEntry *question = br_guide_lookup (self->guide, br_attempt_get_question_id (self->attempt));
  g_autofree char *started = br_attempt_view_format_started (self->attempt);
  g_autofree char *summary = br_attempt_view_format_summary (self->attempt);
  g_autofree char *description = g_strdup_printf ("%s\n%s", started, summary);
  g_autoptr(GFile) board = br_practice_history_dup_board_file (history, self->attempt);
  g_autoptr(GtkStringList) principles = gtk_string_list_new (br_attempt_get_principles (self->attempt));
  gboolean any_principle = g_list_model_get_n_items (G_LIST_MODEL (principles)) > 0;

  br_preferences_group_set_plain (self->round_group,
                                  question ? br_guide_entry_get_title (question)
                                           : br_attempt_get_question_id (self->attempt),
                                  description);
  br_attempt_view_add_phase_rows (self->round_group, self->guide, self->attempt);

  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->board_button), "s", br_attempt_get_id (self->attempt));
  gtk_widget_set_visible (GTK_WIDGET (self->board_button), board != NULL && g_file_query_exists (board, NULL));
  /* Attempts saved before rounds were recorded say so in the replay */
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->replay_button), "s", br_attempt_get_id (self->attempt));
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->practice_button), "s",
                                    br_attempt_get_question_id (self->attempt));
  gtk_widget_set_visible (GTK_WIDGET (self->practice_button), question != NULL);
  setup_phases (self, history);

  gtk_list_box_bind_model (self->scores_list, br_guide_get_rubric (self->guide), create_score_row, self, NULL);
  br_attempt_view_add_finding_rows (self->findings_group, self->attempt,
                                    _("No design findings were kept with this attempt."));
  gtk_list_box_bind_model (self->principles_list, G_LIST_MODEL (principles), create_principle_row, self, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->principles_list), any_principle);
  gtk_widget_set_visible (GTK_WIDGET (self->no_principles_label), !any_principle);

  g_object_bind_property_full (self->attempt, "notes", self->notes_label, "label", G_BINDING_SYNC_CREATE,
                               notes_to_label, NULL, NULL, NULL);
}

static void
br_attempt_view_dispose (GObject *object)
{
  BrAttemptView *self = BR_ATTEMPT_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), BR_TYPE_ATTEMPT_VIEW);
  g_clear_object (&self->guide);
  g_clear_object (&self->attempt);

  G_OBJECT_CLASS (br_attempt_view_parent_class)->dispose (object);
}

static void
br_attempt_view_class_init (BrAttemptViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = br_attempt_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "br-attempt-view.ui");
  gtk_widget_class_bind_template_child (widget_class, BrAttemptView, round_group);
  gtk_widget_class_bind_template_child (widget_class, BrAttemptView, board_button);
  gtk_widget_class_bind_template_child (widget_class, BrAttemptView, replay_button);
  gtk_widget_class_bind_template_child (widget_class, BrAttemptView, practice_button);
  gtk_widget_class_bind_template_child (widget_class, BrAttemptView, phases_group);
  gtk_widget_class_bind_template_child (widget_class, BrAttemptView, scores_list);
  gtk_widget_class_bind_template_child (widget_class, BrAttemptView, findings_group);
  gtk_widget_class_bind_template_child (widget_class, BrAttemptView, no_principles_label);
  gtk_widget_class_bind_template_child (widget_class, BrAttemptView, principles_list);
  gtk_widget_class_bind_template_child (widget_class, BrAttemptView, notes_label);
}

static void
br_attempt_view_init (BrAttemptView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Labels with mnemonics, read without their underscores */
  br_accessible_set_button_label (self->board_button, _("_Open a Copy of the Board"), NULL);
  br_accessible_set_button_label (self->replay_button, _("_Replay"), NULL);
  br_accessible_set_button_label (self->practice_button, _("_Practice Again"), NULL);
}

/**
 * br_attempt_view_new:
 *
 * Returns: (transfer floating): the review of a saved attempt: the round,
 *   the scores with their anchors, the principles, the notes, and buttons
 *   to open a copy of its board and to practice the question again
 */
GtkWidget *
br_attempt_view_new (BrGuide           *guide,
                     BrPracticeHistory *history,
                     BrAttempt         *attempt)
{
  BrAttemptView *self;

  g_return_val_if_fail (BR_IS_GUIDE (guide), NULL);
  g_return_val_if_fail (BR_IS_PRACTICE_HISTORY (history), NULL);
  g_return_val_if_fail (BR_IS_ATTEMPT (attempt), NULL);

  self = g_object_new (BR_TYPE_ATTEMPT_VIEW, NULL);
  self->guide = g_object_ref (guide);
  self->attempt = g_object_ref (attempt);
  setup (self, history);
  return GTK_WIDGET (self);
}

/* The history --------------------------------------------------------------- */

static GtkWidget *
create_history_row (gpointer item,
                    gpointer user_data)
{
  return br_attempt_view_attempt_row (BR_GUIDE (user_data), BR_ATTEMPT (item), TRUE);
}

static void
update_history_empty (GListModel *attempts,
                      guint       position,
                      guint       removed,
                      guint       added,
                      GtkStack   *stack)
{
  gtk_stack_set_visible_child_name (stack, g_list_model_get_n_items (attempts) > 0 ? "list" : "empty");
}

/**
 * br_attempt_view_build_history:
 *
 * Returns: (transfer floating): every attempt of @history, newest first,
 *   following its changes; each row opens the attempt's review
 */
GtkWidget *
br_attempt_view_build_history (BrGuide           *guide,
                               BrPracticeHistory *history)
{
  GtkWidget *stack = gtk_stack_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GListModel *attempts = br_practice_history_get_attempts (history);
  GtkWidget *list = br_boxed_list_new (_("Practice attempts, newest first"), attempts, create_history_row,
                                       g_object_ref (guide), g_object_unref);
  GtkWidget *empty = adw_status_page_new ();
  GtkWidget *surprise = gtk_button_new ();

  br_accessible_set_button_label (GTK_BUTTON (surprise), _("_Surprise Me"), NULL);
  gtk_widget_set_valign (list, GTK_ALIGN_START);
  gtk_widget_set_margin_top (list, 24);
  gtk_widget_set_margin_bottom (list, 24);
  gtk_widget_set_margin_start (list, 12);
  gtk_widget_set_margin_end (list, 12);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 720);
  adw_clamp_set_child (ADW_CLAMP (clamp), list);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "document-open-recent-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("No Practice Yet"));
  adw_status_page_set_description (ADW_STATUS_PAGE (empty),
                                   _("Practice a question from the question bank, or let Bar Raiser pick one. Each round you review shows up here."));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (surprise), "win.surprise-me");
  gtk_widget_set_halign (surprise, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (surprise, "pill");
  gtk_widget_add_css_class (surprise, "suggested-action");
  adw_status_page_set_child (ADW_STATUS_PAGE (empty), surprise);

  gtk_stack_add_named (GTK_STACK (stack), scrolled, "list");
  gtk_stack_add_named (GTK_STACK (stack), empty, "empty");
  g_signal_connect_object (attempts, "items-changed", G_CALLBACK (update_history_empty), stack, 0);
  update_history_empty (attempts, 0, 0, 0, GTK_STACK (stack));
  return stack;
}
