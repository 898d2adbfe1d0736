/* br-board-document-io.c — opening and saving a BrBoardDocument's board
 *
 * Loading reads and parses the file in a worker thread into a new board;
 * the document takes it on the main thread, only once it is complete and
 * only if the load was not cancelled, so a failed or cancelled load leaves
 * the document exactly as it was.
 *
 * Saving serializes the board on the main thread (a board is not safe to
 * read from another thread while the user goes on editing it, and the
 * bytes are a snapshot of the state that is then "saved"), then writes
 * them atomically in a worker thread (br_file_write_atomic_full(): a
 * temporary file renamed over the old one only once it is complete), so a
 * failed save leaves the old file whole; the error names the file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-board"

#include <string.h>

#include "br-board-document-private.h"
#include "br-board-file.h"
#include "br-excalidraw.h"

/* ---------------------------------------------------------------------- */
/* Loading                                                                 */

typedef struct {
  GFile *file;
  BrBoard *board;
  BrBoardSource source;
  char *name;      /* the file's display name, or the name of an import */
  char *message;   /* what could not be shown of a drawing, or NULL */
  char *copy_name; /* opening a copy of a .brboard, named this: or NULL */
} Loaded;

static void
loaded_free (gpointer data)
{
  Loaded *loaded = data;

  g_clear_object (&loaded->file);
  g_clear_object (&loaded->board);
  g_free (loaded->name);
  g_free (loaded->message);
  g_free (loaded->copy_name);
  g_free (loaded);
}

/* Any thread: reads and parses, touching no document */
static gboolean
load_file (Loaded        *loaded,
           GCancellable  *cancellable,
           GError       **error)
{
  BrExcalidrawReport report;

  /* A copy: a .brboard only, named as asked */
  if (loaded->copy_name != NULL)
    {
      loaded->board = br_board_new_from_file (loaded->file, cancellable, error);
      loaded->source = BR_BOARD_SOURCE_NATIVE;
      loaded->name = g_strdup (loaded->copy_name);
      return loaded->board != NULL;
    }

  loaded->board = br_board_load (loaded->file, &loaded->source, &report, cancellable, error);
  if (loaded->board == NULL)
    return FALSE;

  loaded->name = _br_board_document_display_name (loaded->file);
  if (loaded->source != BR_BOARD_SOURCE_NATIVE)
    {
      /* "diagram" for diagram.png, "pricing" for pricing.excalidraw */
      char *dot = strrchr (loaded->name, '.');

      if (dot != NULL && dot != loaded->name)
        *dot = '\0';
    }
  if (loaded->source == BR_BOARD_SOURCE_DRAWING)
    loaded->message = br_excalidraw_report_to_message (&report);
  return TRUE;
}

/* Main thread: a .brboard is the board's own file; a board from an image
 * or a drawing is a new, unsaved board named after the file, so that Save
 * asks where instead of writing over it; a copy is a board with no file,
 * not modified */
static void
apply_loaded (BrBoardDocument *self,
              Loaded          *loaded)
{
  if (loaded->copy_name != NULL)
    _br_board_document_set_board (self, loaded->board, NULL, loaded->copy_name, FALSE);
  else if (loaded->source == BR_BOARD_SOURCE_NATIVE)
    _br_board_document_set_board (self, loaded->board, loaded->file, loaded->name, FALSE);
  else
    _br_board_document_set_board (self, loaded->board, NULL, loaded->name, TRUE);
}

static void
give_results (Loaded         *loaded,
              BrBoardSource  *out_source,
              char          **out_message)
{
  if (out_source != NULL)
    *out_source = loaded->source;
  if (out_message != NULL)
    *out_message = g_steal_pointer (&loaded->message);
}

/**
 * br_board_document_load:
 * @file: a .brboard file, a PNG or SVG image exported with its board, or
 *   an Excalidraw drawing
 * @out_source: (out) (optional): what kind of file it was
 * @out_message: (out) (optional) (transfer full) (nullable): what of a
 *   drawing could not be shown, or %NULL
 *
 * Loads @file with the strict loader (br_board_load()) and makes it the
 * document's board, on the calling thread; br_board_document_load_async()
 * is the same off the main thread. When @file cannot be loaded nothing
 * changes and @error says what is wrong and where.
 */
gboolean
br_board_document_load (BrBoardDocument  *self,
                        GFile            *file,
                        BrBoardSource    *out_source,
                        char            **out_message,
                        GError          **error)
{
  Loaded *loaded;
  gboolean ok;

  g_return_val_if_fail (BR_IS_BOARD_DOCUMENT (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  loaded = g_new0 (Loaded, 1);
  loaded->file = g_object_ref (file);
  ok = load_file (loaded, NULL, error);
  if (ok)
    {
      apply_loaded (self, loaded);
      give_results (loaded, out_source, out_message);
    }
  loaded_free (loaded);
  return ok;
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;

  if (load_file (task_data, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
load_done (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  BrBoardDocument *self = BR_BOARD_DOCUMENT (g_task_get_source_object (task));
  GError *error = NULL;

  _br_board_document_add_busy (self, TRUE, -1);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    g_task_return_error (task, error);
  /* Cancelled after the thread was done: still nothing changes */
  else if (!g_task_return_error_if_cancelled (task))
    {
      apply_loaded (self, g_task_get_task_data (task));
      g_task_return_boolean (task, TRUE);
    }
}

/* Runs @loaded's reading in a worker thread; load_done() applies it */
static void
start_loading (BrBoardDocument     *self,
               Loaded              *loaded,
               gpointer             source_tag,
               GCancellable        *cancellable,
               GAsyncReadyCallback  callback,
               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GTask) thread_task = NULL;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, loaded, loaded_free);

  /* The thread fills @loaded; the outer task, alive until load_done()
   * has run, owns it */
  /* The worker thread may drop its task after load_done() ran: that task
   * must not keep the document alive (no source object) */
  thread_task = g_task_new (NULL, cancellable, load_done, g_object_ref (task));
  g_task_set_source_tag (thread_task, source_tag);
  g_task_set_task_data (thread_task, loaded, NULL);
  _br_board_document_add_busy (self, TRUE, 1);
  g_task_run_in_thread (thread_task, load_thread);
}

/**
 * br_board_document_load_async:
 * @file: as for br_board_document_load()
 * @cancellable: (nullable): cancels the load
 *
 * Reads and parses @file in a worker thread, then makes it the document's
 * board; #BrBoardDocument:loading is %TRUE meanwhile. A load that fails
 * or is cancelled, at any point before it completes, changes nothing.
 */
void
br_board_document_load_async (BrBoardDocument     *self,
                              GFile               *file,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  Loaded *loaded;

  g_return_if_fail (BR_IS_BOARD_DOCUMENT (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  loaded = g_new0 (Loaded, 1);
  loaded->file = g_object_ref (file);
  start_loading (self, loaded, br_board_document_load_async, cancellable, callback, user_data);
}

/**
 * br_board_document_load_finish:
 * @out_source: (out) (optional): what kind of file it was
 * @out_message: (out) (optional) (transfer full) (nullable): what of a
 *   drawing could not be shown, or %NULL
 *
 * Returns: whether the file is now the document's board; on %FALSE,
 *   @error says why (%G_IO_ERROR_CANCELLED when cancelled)
 */
gboolean
br_board_document_load_finish (BrBoardDocument  *self,
                               GAsyncResult     *result,
                               BrBoardSource    *out_source,
                               char            **out_message,
                               GError          **error)
{
  g_return_val_if_fail (BR_IS_BOARD_DOCUMENT (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == br_board_document_load_async, FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;
  give_results (g_task_get_task_data (G_TASK (result)), out_source, out_message);
  return TRUE;
}

/**
 * br_board_document_open_copy:
 * @file: a .brboard file
 * @name: the copy's name until it is saved
 *
 * Loads @file as a new board with no file, named @name: saving it never
 * writes over @file. When it cannot be loaded nothing changes and @error
 * says what is wrong and where. br_board_document_open_copy_async() is the
 * same off the main thread.
 */
gboolean
br_board_document_open_copy (BrBoardDocument  *self,
                             GFile            *file,
                             const char       *name,
                             GError          **error)
{
  Loaded *loaded;
  gboolean ok;

  g_return_val_if_fail (BR_IS_BOARD_DOCUMENT (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  loaded = g_new0 (Loaded, 1);
  loaded->file = g_object_ref (file);
  loaded->copy_name = g_strdup (name);
  ok = load_file (loaded, NULL, error);
  if (ok)
    apply_loaded (self, loaded);
  loaded_free (loaded);
  return ok;
}

/**
 * br_board_document_open_copy_async:
 * @file: a .brboard file
 * @name: the copy's name until it is saved
 * @cancellable: (nullable): cancels the opening
 *
 * br_board_document_open_copy() with the reading and parsing in a worker
 * thread; #BrBoardDocument:loading is %TRUE meanwhile. One that fails or
 * is cancelled, at any point before it completes, changes nothing.
 */
void
br_board_document_open_copy_async (BrBoardDocument     *self,
                                   GFile               *file,
                                   const char          *name,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  Loaded *loaded;

  g_return_if_fail (BR_IS_BOARD_DOCUMENT (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (name != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  loaded = g_new0 (Loaded, 1);
  loaded->file = g_object_ref (file);
  loaded->copy_name = g_strdup (name);
  start_loading (self, loaded, br_board_document_open_copy_async, cancellable, callback, user_data);
}

/**
 * br_board_document_open_copy_finish:
 *
 * Returns: whether the copy is now the document's board; on %FALSE,
 *   @error says why (%G_IO_ERROR_CANCELLED when cancelled)
 */
gboolean
br_board_document_open_copy_finish (BrBoardDocument  *self,
                                    GAsyncResult     *result,
                                    GError          **error)
{
  g_return_val_if_fail (BR_IS_BOARD_DOCUMENT (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == br_board_document_open_copy_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* ---------------------------------------------------------------------- */
/* Saving                                                                  */

typedef struct {
  GFile *file;
  GBytes *bytes;
  BrBoard *board;   /* the board saved: the document may have another by the end */
  guint64 state;    /* its state when serialized */
  char *name;       /* the file's display name, found in the thread */
} Saving;

static void
saving_free (gpointer data)
{
  Saving *saving = data;

  g_clear_object (&saving->file);
  g_clear_pointer (&saving->bytes, g_bytes_unref);
  g_clear_object (&saving->board);
  g_free (saving->name);
  g_free (saving);
}

static Saving *
saving_new (BrBoardDocument *self,
            GFile           *file)
{
  Saving *saving = g_new0 (Saving, 1);

  saving->file = g_object_ref (file);
  saving->board = g_object_ref (self->board);
  saving->state = br_board_get_state (self->board);
  saving->bytes = br_board_to_bytes (self->board);
  return saving;
}

static gboolean
write_file (Saving        *saving,
            GCancellable  *cancellable,
            GError       **error)
{
  if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
      !br_file_write_atomic_full (saving->file, saving->bytes, BR_FILE_MODE_DOCUMENT, NULL, error))
    return FALSE;
  saving->name = _br_board_document_display_name (saving->file);
  return TRUE;
}

/* Main thread, after writing */
static void
apply_saved (BrBoardDocument *self,
             Saving          *saving,
             const GError    *error)
{
  if (error != NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        _br_board_document_set_save_error (self, error);
      return;
    }
  /* Replaced meanwhile (New, Open): the file is written, but it is not
   * this document's any more */
  if (saving->board == self->board)
    _br_board_document_saved (self, saving->file, saving->name, saving->state);
}

/**
 * br_board_document_save_as:
 * @file: where to save
 *
 * Saves the board to @file atomically on the calling thread; it becomes the
 * board's file. On failure the old file is whole, @error (which names the
 * file) says why, and #BrBoardDocument:save-error holds it.
 */
gboolean
br_board_document_save_as (BrBoardDocument  *self,
                           GFile            *file,
                           GError          **error)
{
  g_autoptr(GError) local_error = NULL;
  Saving *saving;
  gboolean ok;

  g_return_val_if_fail (BR_IS_BOARD_DOCUMENT (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  saving = saving_new (self, file);
  ok = write_file (saving, NULL, &local_error);
  apply_saved (self, saving, local_error);
  saving_free (saving);
  if (local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  return ok;
}

static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;

  if (write_file (task_data, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
save_done (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  BrBoardDocument *self = BR_BOARD_DOCUMENT (g_task_get_source_object (task));
  g_autoptr(GError) error = NULL;

  g_task_propagate_boolean (G_TASK (result), &error);
  apply_saved (self, g_task_get_task_data (task), error);
  _br_board_document_add_busy (self, FALSE, -1);
  if (error != NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * br_board_document_save_as_async:
 * @file: where to save
 * @cancellable: (nullable): cancels the save before the file is written
 *
 * As br_board_document_save_as(), with the file written in a worker
 * thread; #BrBoardDocument:busy is %TRUE meanwhile. Changes made while it
 * is written stay unsaved.
 */
void
br_board_document_save_as_async (BrBoardDocument     *self,
                                 GFile               *file,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GTask) thread_task = NULL;
  Saving *saving;

  g_return_if_fail (BR_IS_BOARD_DOCUMENT (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  saving = saving_new (self, file);
  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, br_board_document_save_as_async);
  g_task_set_task_data (task, saving, saving_free);
  /* Written is written: a cancel that comes too late does not unsave it */
  g_task_set_check_cancellable (task, FALSE);

  /* As for a load: the worker thread's last reference is not the document's */
  thread_task = g_task_new (NULL, cancellable, save_done, g_object_ref (task));
  g_task_set_source_tag (thread_task, br_board_document_save_as_async);
  g_task_set_task_data (thread_task, saving, NULL);
  g_task_set_check_cancellable (thread_task, FALSE);
  _br_board_document_add_busy (self, FALSE, 1);
  g_task_run_in_thread (thread_task, save_thread);
}

/**
 * br_board_document_save_async:
 *
 * br_board_document_save_as_async() to the board's own file, which it
 * must have.
 */
void
br_board_document_save_async (BrBoardDocument     *self,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_return_if_fail (BR_IS_BOARD_DOCUMENT (self));
  g_return_if_fail (self->file != NULL);

  br_board_document_save_as_async (self, self->file, cancellable, callback, user_data);
}

/**
 * br_board_document_save_finish:
 *
 * Returns: whether the board was saved; on %FALSE the old file is whole
 *   and @error says why
 */
gboolean
br_board_document_save_finish (BrBoardDocument  *self,
                               GAsyncResult     *result,
                               GError          **error)
{
  g_return_val_if_fail (BR_IS_BOARD_DOCUMENT (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == br_board_document_save_as_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
