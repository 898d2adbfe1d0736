/* br-practice-session-recording.c — the recording of a practice round:
 * kept beside the practice boards while the round runs, saved with the
 * attempt, dropped with it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-practice"

#include <glib/gi18n-lib.h>

#include "br-board-document.h"
#include "br-file-util.h"
#include "br-json-reader.h"
#include "br-json-write.h"
#include "br-practice-private.h"
#include "br-practice-session-private.h"
#include "br-round-clock.h"

/* While the round runs, its recording is written here (relative to the
 * history's folder) at the draft's cadence, so that a crash loses no more
 * of it than of the board; there is one session at a time */
#define IN_PROGRESS_NAME "in-progress.brrec"
/* Beside it, with each write, what the round was so far (its question,
 * start, length and the phases reached), as a practice file holding one
 * attempt: what is needed to review the round after a crash */
#define IN_PROGRESS_INFO_NAME "in-progress.json"
/* A recording left by a round that was interrupted (a crash or a kill) is
 * never overwritten: a new round moves it aside first, to this name with
 * the time it was last written, "interrupted-20261206-031500.brrec" */
#define INTERRUPTED_PREFIX "interrupted-"

static GFile *
dup_boards_file (BrPracticeSession *self,
                 const char        *name)
{
  const char *data_dir = br_practice_history_get_data_dir (self->history);

  if (data_dir == NULL)
    return NULL;
  return g_file_new_build_filename (data_dir, "boards", name, NULL);
}

static GFile *
dup_in_progress_file (BrPracticeSession *self)
{
  return dup_boards_file (self, IN_PROGRESS_NAME);
}

static GFile *
dup_info_file (BrPracticeSession *self)
{
  return dup_boards_file (self, IN_PROGRESS_INFO_NAME);
}

/* The round so far, as the attempt it would make */
static gboolean
write_info (BrPracticeSession  *self,
            GFile              *file,
            GError            **error)
{
  g_autoptr(BrRoundRecord) record = NULL;
  g_autoptr(BrAttempt) attempt = NULL;
  g_autoptr(GListStore) attempts = NULL;
  g_autoptr(GHashTable) schedules = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GBytes) bytes = NULL;
  const char *question_id = br_practice_session_get_question_id (self);

  if (self->round == NULL || question_id == NULL)
    return TRUE;
  record = br_round_get_record (self->round);
  attempt = br_attempt_new_from_record (question_id, record);
  attempts = g_list_store_new (BR_TYPE_ATTEMPT);
  g_list_store_append (attempts, attempt);
  schedules = g_hash_table_new (g_str_hash, g_str_equal);
  node = br_practice_data_to_node (G_LIST_MODEL (attempts), schedules);
  bytes = br_json_node_to_bytes (node, 2);
  return br_file_write_atomic_full (file, bytes, BR_FILE_MODE_PRIVATE, NULL, error);
}

static void
delete_in_progress (BrPracticeSession *self)
{
  g_autoptr(GFile) file = dup_in_progress_file (self);
  g_autoptr(GFile) info = dup_info_file (self);

  if (file != NULL)
    g_file_delete (file, NULL, NULL);
  if (info != NULL)
    g_file_delete (info, NULL, NULL);
}

static BrRecording *
get_recording (BrPracticeSession *self)
{
  return self->recorder != NULL ? br_recorder_get_recording (self->recorder) : self->recovered;
}

static gboolean
write_recording (BrPracticeSession  *self,
                 GFile              *file,
                 GError            **error)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;

  if (!g_file_make_directory_with_parents (parent, NULL, &local_error) &&
      !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  bytes = br_recording_to_bytes (get_recording (self));
  return br_file_write_atomic_full (file, bytes, BR_FILE_MODE_PRIVATE, NULL, error);
}

static void
write_in_progress (BrPracticeSession *self)
{
  g_autoptr(GFile) file = dup_in_progress_file (self);
  g_autoptr(GFile) info = dup_info_file (self);
  g_autoptr(GError) error = NULL;

  if (file == NULL || self->recorder == NULL)
    return;
  if (!write_recording (self, file, &error) || !write_info (self, info, &error))
    g_debug ("Could not write the round's recording: %s", error->message);
}

static void
write_due (gpointer user_data)
{
  BrPracticeSession *self = user_data;

  self->write_id = 0;
  write_in_progress (self);
}

/* A change waits at most the draft's deadline to be on disk */
static void
board_changed (BrPracticeSession *self)
{
  if (self->write_id == 0)
    self->write_id = br_timer_add (br_practice_session_get_timer (self),
                                   BR_BOARD_DOCUMENT_AUTOSAVE_DEADLINE_MS, write_due, self);
}

static void
cancel_write (BrPracticeSession *self)
{
  if (self->write_id != 0)
    br_timer_remove (self->timer, self->write_id);
  self->write_id = 0;
}

static void
let_go_of_board (BrPracticeSession *self)
{
  if (self->board == NULL)
    return;
  g_clear_signal_handler (&self->board_changed_id, self->board);
  g_clear_object (&self->board);
}

/* The in-progress file is still there when this session did not write it:
 * an earlier round was interrupted. It goes aside, never over, named for
 * when it was last written: when the round stopped. */
static void
move_interrupted_aside (BrPracticeSession *self)
{
  g_autoptr(GFile) file = dup_in_progress_file (self);
  g_autoptr(GFile) info = dup_info_file (self);
  g_autoptr(GFileInfo) file_info = NULL;
  g_autoptr(GDateTime) modified = NULL;
  g_autofree char *prefix = NULL;
  g_autoptr(GError) error = NULL;

  /* What it was: the recording says it all but the phases */
  if (info != NULL)
    g_file_delete (info, NULL, NULL);
  if (file != NULL)
    file_info = g_file_query_info (file, G_FILE_ATTRIBUTE_TIME_MODIFIED, G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS,
                                   NULL, NULL);
  if (file_info == NULL)
    return;
  if (g_file_info_has_attribute (file_info, G_FILE_ATTRIBUTE_TIME_MODIFIED))
    modified = g_file_info_get_modification_date_time (file_info);
  if (modified != NULL)
    {
      g_autoptr(GDateTime) local = g_date_time_to_local (modified);
      g_autofree char *stamp = g_date_time_format (local, "%Y%m%d-%H%M%S");

      prefix = g_strconcat (INTERRUPTED_PREFIX, stamp, NULL);
    }
  else
    prefix = g_strdup (INTERRUPTED_PREFIX "round");
  if (!br_file_move_to_free_name (file, prefix, ".brrec", NULL, &error))
    g_message ("The recording of an interrupted round could not be set aside: %s", error->message);
}

/* The round has started: record @board on its clock */
void
_br_practice_session_record_start (BrPracticeSession *self,
                                   BrBoard           *board)
{
  g_autoptr(BrClock) clock = NULL;

  _br_practice_session_record_drop (self, TRUE);
  if (self->round == NULL)
    return;
  move_interrupted_aside (self);

  clock = br_round_clock_new (self->round);
  self->recorder = br_recorder_new (board, clock);
  self->board = g_object_ref (board);
  /* After the recorder's handler: the step is in the recording by then */
  self->board_changed_id = g_signal_connect_swapped (board, "changed", G_CALLBACK (board_changed), self);
  if (br_recording_get_n_steps (br_recorder_get_recording (self->recorder)) > 0)
    board_changed (self);
}

/* The round has ended: the recording is complete, and on disk */
void
_br_practice_session_record_stop (BrPracticeSession *self)
{
  if (self->recorder == NULL || self->board == NULL)
    return;
  cancel_write (self);
  br_recorder_stop (self->recorder);
  let_go_of_board (self);
  write_in_progress (self);
}

/* The round's record is in: its phases' ends go with the recording, to
 * the millisecond on the round's clock the steps were timed on (the
 * attempt keeps whole seconds, which would put a step taken just after a
 * phase change in the phase before) */
void
_br_practice_session_record_phases (BrPracticeSession   *self,
                                    const BrRoundRecord *record)
{
  gint64 ends[BR_RECORDING_MAX_PHASES];
  gint64 at = 0;
  guint n;

  if (self->recorder == NULL || record->phases == NULL)
    return;
  n = MIN (record->phases->len, BR_RECORDING_MAX_PHASES);
  for (guint i = 0; i < n; i++)
    {
      at += MAX (g_array_index (record->phases, BrRoundRecordPhase, i).actual, 0);
      ends[i] = at / 1000;
    }
  br_recording_set_phase_ends (br_recorder_get_recording (self->recorder), ends, n);
}

/* The attempt is being saved with its board: the recording goes beside
 * the board, under the same name */
gboolean
_br_practice_session_record_save (BrPracticeSession  *self,
                                  GError            **error)
{
  g_autoptr(GFile) file = NULL;

  if (get_recording (self) == NULL || self->attempt == NULL)
    return TRUE;
  file = br_practice_history_dup_recording_file (self->history, self->attempt);
  if (file == NULL)
    return TRUE;

  _br_practice_session_record_stop (self);
  if (!write_recording (self, file, error))
    return FALSE;
  delete_in_progress (self);
  return TRUE;
}

/* The session is over: the recording goes (from the disk too, when
 * @delete_file: the attempt was saved with its own copy, or discarded) */
void
_br_practice_session_record_drop (BrPracticeSession *self,
                                  gboolean           delete_file)
{
  if (self->recorder == NULL && self->recovered == NULL)
    return;
  cancel_write (self);
  let_go_of_board (self);
  g_clear_object (&self->recorder);
  g_clear_object (&self->recovered);
  g_clear_object (&self->recovered_board);
  if (delete_file)
    delete_in_progress (self);
}

/* Both files of an interrupted round that cannot be read go aside */
static void
set_damaged_aside (GFile *file,
                   GFile *info)
{
  g_autoptr(GError) error = NULL;

  if (g_file_query_exists (file, NULL) && !br_file_move_aside (file, NULL, NULL, &error))
    g_message ("%s", error->message);
  g_clear_error (&error);
  if (g_file_query_exists (info, NULL) && !br_file_move_aside (info, NULL, NULL, &error))
    g_message ("%s", error->message);
}

/**
 * br_practice_session_load_interrupted:
 * @out_recording: (out) (transfer full): the round's recording
 * @error: return location for a #GIOError or a #BR_DOC_ERROR, with the
 *   file and where in it
 *
 * Reads what a practice round interrupted by a crash or a kill left
 * beside the practice boards: the attempt it would have made (its
 * question, start, length and the phases reached, not completed) and its
 * recording, written within the draft's two seconds. Files that cannot be
 * read are moved aside (`NAME.corrupt-STAMP`) and @error says why.
 *
 * Returns: (transfer full) (nullable): the interrupted attempt; %NULL
 *   without an error when no round was interrupted
 */
BrAttempt *
br_practice_session_load_interrupted (BrPracticeSession  *self,
                                      BrRecording       **out_recording,
                                      GError            **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) info = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(BrRecording) recording = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GError) local_error = NULL;
  BrPracticeData data;
  BrAttempt *attempt = NULL;

  g_return_val_if_fail (BR_IS_PRACTICE_SESSION (self), NULL);
  g_return_val_if_fail (out_recording != NULL && *out_recording == NULL, NULL);

  file = dup_in_progress_file (self);
  info = dup_info_file (self);
  /* This session's own round is not interrupted */
  if (file == NULL || get_recording (self) != NULL || !g_file_query_exists (file, NULL))
    return NULL;

  recording = br_recording_load_file (file, &local_error);
  if (recording != NULL)
    bytes = br_file_load_limited (info, 1024 * 1024, NULL, &local_error);
  br_practice_data_init (&data);
  if (bytes != NULL)
    {
      name = g_file_get_parse_name (info);
      if (!br_practice_data_parse (&data, bytes, &local_error))
        g_prefix_error (&local_error, "%s: ", name);
      else if (data.attempts->len != 1)
        {
          gsize length;
          const char *text = g_bytes_get_data (bytes, &length);
          guint line, column;

          br_json_locate (text, length, "$.attempts", &line, &column);
          g_set_error (&local_error, BR_DOC_ERROR, BR_DOC_ERROR_RANGE,
                       /* Translators: "…/in-progress.json: 4:15: $.attempts: holds 2 rounds, not the one interrupted round" */
                       ngettext ("%s: %u:%u: $.attempts: holds %u round, not the one interrupted round",
                                 "%s: %u:%u: $.attempts: holds %u rounds, not the one interrupted round",
                                 data.attempts->len),
                       name, line, column, data.attempts->len);
        }
      else
        attempt = g_object_ref (g_ptr_array_index (data.attempts, 0));
    }
  br_practice_data_clear (&data);

  if (attempt == NULL)
    {
      set_damaged_aside (file, info);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  br_attempt_set_completed (attempt, FALSE);
  *out_recording = g_steal_pointer (&recording);
  return attempt;
}

/**
 * br_practice_session_discard_interrupted:
 *
 * Deletes what a round interrupted by a crash or a kill left, unless it
 * is this session's own round.
 */
void
br_practice_session_discard_interrupted (BrPracticeSession *self)
{
  g_return_if_fail (BR_IS_PRACTICE_SESSION (self));

  if (get_recording (self) == NULL)
    delete_in_progress (self);
}

/**
 * br_practice_session_get_interrupted:
 *
 * Returns: whether the attempt under review is that of a round
 *   interrupted by a crash or a kill
 */
gboolean
br_practice_session_get_interrupted (BrPracticeSession *self)
{
  g_return_val_if_fail (BR_IS_PRACTICE_SESSION (self), FALSE);
  return self->recovered != NULL;
}

/**
 * br_practice_session_review_interrupted:
 * @attempt: the attempt from br_practice_session_load_interrupted()
 * @recording: its recording
 *
 * Takes up a round interrupted by a crash or a kill for its review: the
 * session drops what it had and waits for the review of @attempt
 * (%BR_PRACTICE_SESSION_REVIEW), with @recording as the round's, and
 * @attempt's design review findings those of the board @recording
 * rebuilds. Saving
 * keeps both like any attempt's and removes the interrupted round's
 * files; discarding removes them too.
 */
void
br_practice_session_review_interrupted (BrPracticeSession *self,
                                        BrAttempt         *attempt,
                                        BrRecording       *recording)
{
  BrGuideEntry *entry = NULL;
  g_autoptr(GPtrArray) findings = NULL;

  g_return_if_fail (BR_IS_PRACTICE_SESSION (self));
  g_return_if_fail (BR_IS_ATTEMPT (attempt));
  g_return_if_fail (BR_IS_RECORDING (recording));

  _br_practice_session_set_state (self, BR_PRACTICE_SESSION_IDLE, NULL, 0, NULL);
  if (self->guide != NULL)
    entry = br_guide_lookup (self->guide, br_attempt_get_question_id (attempt));
  self->recovered = g_object_ref (recording);
  self->recovered_board = br_recording_build_board (recording, br_recording_get_n_steps (recording));
  /* The design review never ran on it: it runs now, on the board the
   * attempt will keep */
  findings = _br_practice_session_review_board (self, self->recovered_board);
  br_attempt_set_findings (attempt, findings);
  _br_practice_session_set_state (self, BR_PRACTICE_SESSION_REVIEW,
                                  BR_IS_QUESTION (entry) ? BR_QUESTION (entry) : NULL,
                                  br_attempt_get_length (attempt), attempt);
}

/**
 * br_practice_session_set_board:
 * @board: the board the candidate now draws on
 *
 * While the round runs, records @board from now on instead of the board
 * the session started on (the candidate opened another board): one step
 * of the recording turns the old board into @board. Does nothing once
 * the round has ended or when nothing is recorded.
 */
void
br_practice_session_set_board (BrPracticeSession *self,
                               BrBoard           *board)
{
  g_return_if_fail (BR_IS_PRACTICE_SESSION (self));
  g_return_if_fail (BR_IS_BOARD (board));

  if (self->recorder == NULL || self->board == NULL || self->board == board)
    return;
  let_go_of_board (self);
  br_recorder_set_board (self->recorder, board);
  self->board = g_object_ref (board);
  self->board_changed_id = g_signal_connect_swapped (board, "changed", G_CALLBACK (board_changed), self);
  board_changed (self);
}

/**
 * br_practice_session_get_recording:
 *
 * Returns: (transfer none) (nullable): how the board was built during the
 *   round, while the session is on and was started on a board, or while
 *   an interrupted round is reviewed
 */
BrRecording *
br_practice_session_get_recording (BrPracticeSession *self)
{
  g_return_val_if_fail (BR_IS_PRACTICE_SESSION (self), NULL);
  return get_recording (self);
}

/**
 * br_practice_session_get_timer:
 *
 * Returns: (transfer none): the timer the recording is written on
 */
BrTimer *
br_practice_session_get_timer (BrPracticeSession *self)
{
  g_return_val_if_fail (BR_IS_PRACTICE_SESSION (self), NULL);

  if (self->timer == NULL)
    self->timer = g_object_ref (br_timer_get_system ());
  return self->timer;
}

/**
 * br_practice_session_set_timer:
 * @timer: (nullable): the timer to write the recording on, %NULL for the
 *   system's; tests give a #BrFakeTimer
 *
 * A write that is due moves to @timer.
 */
void
br_practice_session_set_timer (BrPracticeSession *self,
                               BrTimer           *timer)
{
  gboolean pending;

  g_return_if_fail (BR_IS_PRACTICE_SESSION (self));
  g_return_if_fail (timer == NULL || BR_IS_TIMER (timer));

  pending = self->write_id != 0;
  cancel_write (self);
  if (timer == NULL)
    timer = br_timer_get_system ();
  g_set_object (&self->timer, timer);
  if (pending)
    board_changed (self);
}
