/* br-board-document-drafts.c — a BrBoardDocument's draft: autosave on its
 * timer, restoring the draft a crash left behind, and closing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-board"

#include "br-board-document-private.h"
#include "br-board-file.h"

#define signals _br_board_document_signals

/* Drafts taken by the documents of this process */
static GHashTable *claimed_drafts;

static gboolean
claim_draft (const char *id)
{
  if (claimed_drafts == NULL)
    claimed_drafts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (g_hash_table_contains (claimed_drafts, id))
    return FALSE;
  g_hash_table_add (claimed_drafts, g_strdup (id));
  return TRUE;
}

static void
release_draft (const char *id)
{
  if (claimed_drafts != NULL)
    g_hash_table_remove (claimed_drafts, id);
}

/* ---------------------------------------------------------------------- */
/* Autosave                                                                */

static void
clear_timeout (BrBoardDocument *self,
               guint           *id)
{
  if (*id != 0)
    br_timer_remove (self->timer, *id);
  *id = 0;
}

static void
cancel_autosave (BrBoardDocument *self)
{
  clear_timeout (self, &self->delay_id);
  clear_timeout (self, &self->deadline_id);
}

/* The draft's files are written by the main thread (a flush, closing) and
 * by autosave's worker threads, removed by the main thread: one at a time,
 * and an older write never over a newer write or a removal. Each
 * operation takes the next generation; a worker writes only if its
 * generation is still the newest when its turn comes. */
struct _BrDraftGate
{
  gatomicrefcount ref_count;
  GMutex lock;
  guint64 generation;
};

BrDraftGate *
_br_draft_gate_new (void)
{
  BrDraftGate *gate = g_new0 (BrDraftGate, 1);

  g_atomic_ref_count_init (&gate->ref_count);
  g_mutex_init (&gate->lock);
  return gate;
}

static BrDraftGate *
gate_ref (BrDraftGate *gate)
{
  g_atomic_ref_count_inc (&gate->ref_count);
  return gate;
}

void
_br_draft_gate_unref (BrDraftGate *gate)
{
  if (g_atomic_ref_count_dec (&gate->ref_count))
    {
      g_mutex_clear (&gate->lock);
      g_free (gate);
    }
}

/* Main thread: the operation's turn, made the newest */
static void
gate_enter (BrDraftGate *gate)
{
  g_mutex_lock (&gate->lock);
  gate->generation++;
}

static void
gate_leave (BrDraftGate *gate)
{
  g_mutex_unlock (&gate->lock);
}

void
_br_board_document_remove_draft (BrBoardDocument *self)
{
  g_autoptr(GError) error = NULL;

  cancel_autosave (self);
  if (self->draft != NULL)
    {
      gate_enter (self->gate);
      if (!br_board_draft_remove (self->draft, &error))
        g_debug ("Could not remove the draft: %s", error->message);
      gate_leave (self->gate);
    }
  self->draft_serial = G_MAXUINT64;
}

static void
draft_failed (BrBoardDocument *self,
              const GError    *error)
{
  g_debug ("Could not write the draft: %s", error->message);
  g_signal_emit (self, signals[DRAFT_FAILED], 0, error);
}

/* Whether the draft needs writing: not when it holds the board as it is,
 * nor when there is nothing unsaved (then it goes) */
static gboolean
draft_needed (BrBoardDocument *self)
{
  cancel_autosave (self);
  if (self->draft == NULL || self->board == NULL)
    return FALSE;

  if (!_br_board_document_compute_modified (self))
    {
      _br_board_document_remove_draft (self);
      return FALSE;
    }
  return br_board_get_serial (self->board) != self->draft_serial;
}

/* Writes the draft now, on the main thread (a flush, closing) */
static void
write_draft (BrBoardDocument *self)
{
  g_autoptr(GError) error = NULL;
  gboolean written;

  if (!draft_needed (self))
    return;
  gate_enter (self->gate);
  written = br_board_draft_write (self->draft, self->board, self->file, &error);
  gate_leave (self->gate);
  if (!written)
    {
      draft_failed (self, error);
      return;
    }
  self->draft_serial = br_board_get_serial (self->board);
}

typedef struct {
  BrDraftGate *gate;
  guint64 generation;
  BrBoardDraft *draft;
  GBytes *bytes;
  GFile *origin;
  guint64 serial;
  gboolean skipped;     /* a newer operation came first */
} DraftJob;

static void
draft_job_free (gpointer data)
{
  DraftJob *job = data;

  _br_draft_gate_unref (job->gate);
  g_object_unref (job->draft);
  g_bytes_unref (job->bytes);
  g_clear_object (&job->origin);
  g_free (job);
}

static void
draft_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  DraftJob *job = task_data;
  GError *error = NULL;
  gboolean written = TRUE;

  g_mutex_lock (&job->gate->lock);
  job->skipped = job->generation != job->gate->generation;
  if (!job->skipped)
    written = br_board_draft_write_bytes (job->draft, job->bytes, job->origin, &error);
  g_mutex_unlock (&job->gate->lock);
  if (written)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
draft_written (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(BrBoardDocument) self = user_data;
  DraftJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  _br_board_document_add_busy (self, FALSE, -1);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    draft_failed (self, error);
  else if (!job->skipped && job->draft == self->draft)
    self->draft_serial = job->serial;
}

/* Autosave: the board is serialized here, on the main thread (a board is
 * not read from two threads), and written by a worker thread */
static void
write_draft_in_background (BrBoardDocument *self)
{
  g_autoptr(GTask) task = NULL;
  DraftJob *job;

  if (!draft_needed (self))
    return;

  job = g_new0 (DraftJob, 1);
  job->gate = gate_ref (self->gate);
  job->draft = g_object_ref (self->draft);
  job->bytes = br_board_to_bytes (self->board);
  job->origin = self->file ? g_object_ref (self->file) : NULL;
  job->serial = br_board_get_serial (self->board);
  g_mutex_lock (&self->gate->lock);
  job->generation = ++self->gate->generation;
  g_mutex_unlock (&self->gate->lock);

  /* The worker thread may drop its task after draft_written() ran: the
   * document's reference is the callback's, not the task's */
  task = g_task_new (NULL, NULL, draft_written, g_object_ref (self));
  g_task_set_source_tag (task, write_draft_in_background);
  g_task_set_task_data (task, job, draft_job_free);
  _br_board_document_add_busy (self, FALSE, 1);
  g_task_run_in_thread (task, draft_thread);
}

static void
delay_elapsed (gpointer user_data)
{
  BrBoardDocument *self = user_data;

  self->delay_id = 0;
  write_draft_in_background (self);
}

static void
deadline_elapsed (gpointer user_data)
{
  BrBoardDocument *self = user_data;

  self->deadline_id = 0;
  write_draft_in_background (self);
}

/**
 * br_board_document_new_restoring:
 * @drafts_dir: (nullable): the drafts folder, %NULL for the default one
 * @out_restore: (out) (optional): what was found
 *
 * A document for the newest draft in @drafts_dir that no other document of
 * this process has taken, shown as unsaved work; or, when there is none, an
 * empty board with a new draft there. A draft that cannot be read is moved
 * aside and the next one tried.
 *
 * Returns: (transfer full): the document, with autosave on
 */
BrBoardDocument *
br_board_document_new_restoring (GFile          *drafts_dir,
                                 BrDraftRestore *out_restore)
{
  g_autoptr(GPtrArray) ids = br_board_draft_list (drafts_dir);
  BrDraftRestore restore = BR_DRAFT_RESTORE_NONE;
  BrBoardDocument *self;

  g_return_val_if_fail (drafts_dir == NULL || G_IS_FILE (drafts_dir), NULL);

  self = g_object_new (BR_TYPE_BOARD_DOCUMENT, NULL);
  for (guint i = 0; i < ids->len && self->draft == NULL; i++)
    {
      const char *id = g_ptr_array_index (ids, i);
      g_autoptr(BrBoardDraft) draft = NULL;
      g_autoptr(BrBoard) board = NULL;
      g_autoptr(GFile) origin = NULL;
      g_autoptr(GError) error = NULL;

      if (!claim_draft (id))
        continue;
      draft = br_board_draft_new (drafts_dir, id);
      board = br_board_draft_read (draft, &origin, &error);
      if (board == NULL)
        {
          release_draft (id);
          if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
            continue;
          g_message ("An autosaved board could not be restored: %s", error->message);
          restore = BR_DRAFT_RESTORE_DAMAGED;
          continue;
        }

      _br_board_document_set_board (self, board, origin, NULL, TRUE);
      /* Set after: making it the board removes the draft before */
      self->draft = g_steal_pointer (&draft);
      self->draft_serial = br_board_get_serial (board);
      restore = BR_DRAFT_RESTORE_RESTORED;
    }

  if (self->draft == NULL)
    {
      g_autoptr(BrBoard) empty = br_board_new ();

      self->draft = br_board_draft_new (drafts_dir, NULL);
      claim_draft (br_board_draft_get_id (self->draft));
      _br_board_document_set_board (self, empty, NULL, NULL, FALSE);
    }

  self->draft_restore = restore;
  if (out_restore != NULL)
    *out_restore = restore;
  return self;
}

/**
 * br_board_document_get_draft:
 *
 * Returns: (transfer none) (nullable): where the document autosaves
 */
BrBoardDraft *
br_board_document_get_draft (BrBoardDocument *self)
{
  g_return_val_if_fail (BR_IS_BOARD_DOCUMENT (self), NULL);
  return self->draft;
}

BrDraftRestore
br_board_document_get_draft_restore (BrBoardDocument *self)
{
  g_return_val_if_fail (BR_IS_BOARD_DOCUMENT (self), BR_DRAFT_RESTORE_NONE);
  return self->draft_restore;
}

/**
 * br_board_document_get_timer:
 *
 * Returns: (transfer none): the timer autosave runs on
 */
BrTimer *
br_board_document_get_timer (BrBoardDocument *self)
{
  g_return_val_if_fail (BR_IS_BOARD_DOCUMENT (self), NULL);
  return self->timer;
}

/**
 * br_board_document_set_timer:
 * @timer: (nullable): the timer for autosave, %NULL for the system's
 *
 * A pending autosave moves to @timer, as if the board had just changed.
 */
void
br_board_document_set_timer (BrBoardDocument *self,
                             BrTimer         *timer)
{
  gboolean pending;

  g_return_if_fail (BR_IS_BOARD_DOCUMENT (self));
  g_return_if_fail (timer == NULL || BR_IS_TIMER (timer));

  if (timer == NULL)
    timer = br_timer_get_system ();
  pending = self->delay_id != 0 || self->deadline_id != 0;
  cancel_autosave (self);
  g_set_object (&self->timer, timer);
  if (pending && self->draft != NULL && !self->closed)
    {
      self->delay_id = br_timer_add (self->timer, BR_BOARD_DOCUMENT_AUTOSAVE_DELAY_MS, delay_elapsed, self);
      self->deadline_id = br_timer_add (self->timer, BR_BOARD_DOCUMENT_AUTOSAVE_DEADLINE_MS, deadline_elapsed, self);
    }
}

/**
 * br_board_document_mark_discarded:
 *
 * The user chose to discard the unsaved changes (and close, or replace the
 * board): closing now leaves no draft. A change after this is kept again.
 */
void
br_board_document_mark_discarded (BrBoardDocument *self)
{
  g_return_if_fail (BR_IS_BOARD_DOCUMENT (self));
  self->discarded = TRUE;
}

/**
 * br_board_document_flush_draft:
 *
 * Writes the draft now if an autosave is pending.
 */
void
br_board_document_flush_draft (BrBoardDocument *self)
{
  g_return_if_fail (BR_IS_BOARD_DOCUMENT (self));

  if (self->delay_id != 0 || self->deadline_id != 0)
    write_draft (self);
}

/**
 * br_board_document_close:
 *
 * The document is done with: unsaved work that was not discarded is
 * written to the draft at once; saved or discarded work leaves no draft.
 * The draft is given up, so autosave stops. Called on dispose too.
 */
void
br_board_document_close (BrBoardDocument *self)
{
  g_return_if_fail (BR_IS_BOARD_DOCUMENT (self));

  if (self->closed)
    return;
  self->closed = TRUE;
  if (self->draft != NULL)
    {
      if (_br_board_document_compute_modified (self) && !self->discarded)
        {
          self->draft_serial = G_MAXUINT64;
          write_draft (self);
        }
      else
        _br_board_document_remove_draft (self);
      release_draft (br_board_draft_get_id (self->draft));
      g_clear_object (&self->draft);
    }
  cancel_autosave (self);
}

/* Schedules the draft's write after a change */
void
_br_board_document_schedule_autosave (BrBoardDocument *self)
{
  if (self->draft == NULL || self->closed)
    return;
  clear_timeout (self, &self->delay_id);
  self->delay_id = br_timer_add (self->timer, BR_BOARD_DOCUMENT_AUTOSAVE_DELAY_MS, delay_elapsed, self);
  if (self->deadline_id == 0)
    self->deadline_id = br_timer_add (self->timer, BR_BOARD_DOCUMENT_AUTOSAVE_DEADLINE_MS, deadline_elapsed, self);
}

/* @draft becomes the document's, unless another document has it */
void
_br_board_document_take_draft (BrBoardDocument *self,
                               BrBoardDraft    *draft)
{
  if (claim_draft (br_board_draft_get_id (draft)))
    g_set_object (&self->draft, draft);
  else
    g_critical ("The draft %s belongs to another document", br_board_draft_get_id (draft));
}
