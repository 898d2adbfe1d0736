/* br-phase-summary.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-practice"

#include <glib/gi18n.h>

#include "br-accessible.h"
#include "br-board-preview.h"
#include "br-phase-summary.h"
#include "br-reference.h"
#include "br-replay-summary.h"
#include "br-review.h"

/**
 * BrPhaseSummary:
 *
 * How the board grew during a practice round, phase by phase: for each
 * phase a thumbnail of the board as it stood at the phase's end (rebuilt
 * from the recording), the shapes and arrows the phase added, its idle
 * stretches of two minutes or more (br-replay-summary), and the design
 * review's findings on the board at that point, listed under the phase.
 * A headline says when the first component appeared. Phases the round
 * never reached (it was stopped before) are left out.
 */

#define THUMBNAIL_WIDTH  128
#define THUMBNAIL_HEIGHT 80

typedef struct {
  BrBoard *board;
  char *figures;
  int n_findings;    /* -1 without the reference numbers */
} PhaseEntry;

struct _BrPhaseSummary
{
  AdwBin parent_instance;

  GtkListBox *list;  /* the template's, the bin's child */
  char *headline;
  GArray *entries;   /* PhaseEntry */
};

G_DEFINE_FINAL_TYPE (BrPhaseSummary, br_phase_summary, ADW_TYPE_BIN)

static void
phase_entry_clear (PhaseEntry *entry)
{
  g_clear_object (&entry->board);
  g_clear_pointer (&entry->figures, g_free);
}

static char *
format_time (gint64 ms)
{
  gint64 seconds = MAX (ms, 0) / 1000;

  return g_strdup_printf ("%u:%02u", (guint) (seconds / 60), (guint) (seconds % 60));
}

static char *
format_figures (const BrReplayPhase *phase,
                int                  n_findings)
{
  g_autofree char *components = g_strdup_printf (ngettext ("%u component", "%u components",
                                                           phase->components_added),
                                                 phase->components_added);
  g_autofree char *arrows = g_strdup_printf (ngettext ("%u arrow", "%u arrows", phase->arrows_added),
                                             phase->arrows_added);
  GString *text = g_string_new (NULL);

  /* Translators: what a phase of a practice round added to the board,
   * "Added 3 components and 4 arrows" */
  g_string_append_printf (text, _("Added %s and %s"), components, arrows);
  if (phase->n_long_idle > 0)
    {
      g_autofree char *length = format_time (phase->long_idle);

      g_string_append (text, " · ");
      /* Translators: %u stretches without a change of two minutes or
       * more, %s how long they took in all, "2 idle stretches (6:40)" */
      g_string_append_printf (text, ngettext ("%u idle stretch (%s)", "%u idle stretches (%s)",
                                              phase->n_long_idle),
                              phase->n_long_idle, length);
    }
  if (n_findings >= 0)
    {
      g_string_append (text, " · ");
      if (n_findings == 0)
        g_string_append (text, _("no design findings"));
      else
        g_string_append_printf (text, ngettext ("%d design finding", "%d design findings", n_findings),
                                n_findings);
    }
  return g_string_free (text, FALSE);
}

static GtkWidget *
phase_row (BrPhaseSummary *self,
           const char     *name,
           PhaseEntry     *entry,
           BrReview       *review,
           const BrRect   *extent)
{
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *thumbnail = br_board_preview_new (entry->board);
  g_autofree char *description = NULL;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), entry->figures);

  gtk_widget_set_size_request (thumbnail, THUMBNAIL_WIDTH, THUMBNAIL_HEIGHT);
  gtk_widget_set_valign (thumbnail, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_top (thumbnail, 6);
  gtk_widget_set_margin_bottom (thumbnail, 6);
  gtk_widget_add_css_class (thumbnail, "card");
  br_board_preview_set_extent (BR_BOARD_PREVIEW (thumbnail), extent);
  /* Translators: the thumbnail of the board, "The board at the end of Deep Dive" */
  description = g_strdup_printf (_("The board at the end of %s"), name);
  br_accessible_set_label (thumbnail, description);
  adw_expander_row_add_prefix (ADW_EXPANDER_ROW (row), thumbnail);

  for (guint i = 0; review != NULL && i < br_review_get_n_findings (review); i++)
    {
      const BrReviewFinding *finding = br_review_get_finding (review, i);
      GtkWidget *child = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (child), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (child), finding->message);
      if (finding->question != NULL)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (child), finding->question);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), child);
    }
  adw_expander_row_set_enable_expansion (ADW_EXPANDER_ROW (row), entry->n_findings > 0);
  return row;
}

static void
build (BrPhaseSummary *self,
       BrRecording    *recording,
       BrAttempt      *attempt,
       BrGuide        *guide)
{
  g_autoptr(GArray) phases = br_replay_phases_from_attempt (attempt, recording);
  g_autoptr(BrReference) reference = br_reference_new_builtin (NULL);
  g_autoptr(BrBoard) last = br_recording_build_board (recording, br_recording_get_n_steps (recording));
  gint64 first = br_replay_first_component_time (recording);
  BrRect extent;
  gboolean any = br_board_preview_measure (last, &extent);

  if (first >= 0)
    {
      g_autofree char *time = format_time (first);

      /* Translators: %s is a time from the start of the round, "4:12" */
      self->headline = g_strdup_printf (_("The first component appeared at %s."), time);
    }
  else
    self->headline = g_strdup (_("No component was drawn during the round."));

  br_replay_summarize (recording, phases);
  for (guint i = 0; i < phases->len; i++)
    {
      const BrReplayPhase *phase = &g_array_index (phases, BrReplayPhase, i);
      BrGuideEntry *phase_entry = guide != NULL ? br_guide_lookup (guide, phase->phase_id) : NULL;
      const char *name = phase_entry != NULL ? br_guide_entry_get_title (phase_entry) : phase->phase_id;
      g_autoptr(BrReview) review = NULL;
      PhaseEntry entry = { 0, };
      GtkWidget *row;

      /* A phase the round never reached (it was stopped before) */
      if (phase->end <= phase->start)
        continue;

      entry.board = br_recording_build_board (recording, phase->n_steps);
      /* The findings as they stood then: the review is a function of the board */
      review = reference != NULL ? br_review_new (entry.board, reference, 1.0, NULL) : NULL;
      entry.n_findings = review != NULL ? (int) br_review_get_n_findings (review) : -1;
      entry.figures = format_figures (phase, entry.n_findings);
      g_array_append_val (self->entries, entry);
      row = phase_row (self, name, &g_array_index (self->entries, PhaseEntry, self->entries->len - 1),
                       review, any ? &extent : NULL);
      gtk_list_box_append (self->list, row);
    }
}

static void
br_phase_summary_finalize (GObject *object)
{
  BrPhaseSummary *self = BR_PHASE_SUMMARY (object);

  g_clear_pointer (&self->entries, g_array_unref);
  g_clear_pointer (&self->headline, g_free);

  G_OBJECT_CLASS (br_phase_summary_parent_class)->finalize (object);
}

static void
br_phase_summary_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), BR_TYPE_PHASE_SUMMARY);

  G_OBJECT_CLASS (br_phase_summary_parent_class)->dispose (object);
}

static void
br_phase_summary_class_init (BrPhaseSummaryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = br_phase_summary_dispose;
  object_class->finalize = br_phase_summary_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "br-phase-summary.ui");
}

static void
br_phase_summary_init (BrPhaseSummary *self)
{
  self->entries = g_array_new (FALSE, TRUE, sizeof (PhaseEntry));
  g_array_set_clear_func (self->entries, (GDestroyNotify) phase_entry_clear);
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Not a bound template child: AdwBin's dispose unparents its child */
  self->list = GTK_LIST_BOX (adw_bin_get_child (ADW_BIN (self)));
}

/**
 * br_phase_summary_new:
 * @recording: the round's recording
 * @attempt: the attempt, whose phases divide the recording
 * @guide: (nullable): where the phases' names come from
 *
 * Returns: (transfer floating): the summary
 */
GtkWidget *
br_phase_summary_new (BrRecording *recording,
                      BrAttempt   *attempt,
                      BrGuide     *guide)
{
  BrPhaseSummary *self;

  g_return_val_if_fail (BR_IS_RECORDING (recording), NULL);
  g_return_val_if_fail (BR_IS_ATTEMPT (attempt), NULL);
  g_return_val_if_fail (guide == NULL || BR_IS_GUIDE (guide), NULL);

  self = g_object_new (BR_TYPE_PHASE_SUMMARY, NULL);
  build (self, recording, attempt, guide);
  return GTK_WIDGET (self);
}

/**
 * br_phase_summary_get_headline:
 *
 * Returns: when the first component appeared, in a sentence
 */
const char *
br_phase_summary_get_headline (BrPhaseSummary *self)
{
  g_return_val_if_fail (BR_IS_PHASE_SUMMARY (self), NULL);
  return self->headline;
}

/**
 * br_phase_summary_get_n_phases:
 *
 * Returns: how many phases the summary shows: those the round reached
 */
guint
br_phase_summary_get_n_phases (BrPhaseSummary *self)
{
  g_return_val_if_fail (BR_IS_PHASE_SUMMARY (self), 0);
  return self->entries->len;
}

/**
 * br_phase_summary_get_board:
 *
 * Returns: (transfer none): the board as it stood at the end of @phase
 */
BrBoard *
br_phase_summary_get_board (BrPhaseSummary *self,
                            guint           phase)
{
  g_return_val_if_fail (BR_IS_PHASE_SUMMARY (self), NULL);
  g_return_val_if_fail (phase < self->entries->len, NULL);
  return g_array_index (self->entries, PhaseEntry, phase).board;
}

/**
 * br_phase_summary_get_figures:
 *
 * Returns: what @phase added, its idle stretches and its findings, as
 *   the row says them
 */
const char *
br_phase_summary_get_figures (BrPhaseSummary *self,
                              guint           phase)
{
  g_return_val_if_fail (BR_IS_PHASE_SUMMARY (self), NULL);
  g_return_val_if_fail (phase < self->entries->len, NULL);
  return g_array_index (self->entries, PhaseEntry, phase).figures;
}

/**
 * br_phase_summary_get_n_findings:
 *
 * Returns: how many findings the design review had on the board at the
 *   end of @phase, -1 when the reference numbers could not be loaded
 */
int
br_phase_summary_get_n_findings (BrPhaseSummary *self,
                                 guint           phase)
{
  g_return_val_if_fail (BR_IS_PHASE_SUMMARY (self), -1);
  g_return_val_if_fail (phase < self->entries->len, -1);
  return g_array_index (self->entries, PhaseEntry, phase).n_findings;
}
