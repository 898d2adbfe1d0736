/* br-board-document.c — one open board and how its work is kept
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-board"

#include <glib/gi18n-lib.h>

#include "br-board-document-private.h"

/**
 * BrBoardDocument:
 *
 * A board as the user works on it: the #BrBoard, the file it belongs to,
 * its title, whether it has unsaved changes, and its autosaved draft. The
 * Whiteboard page shows one; the application (a window, for now) owns it.
 *
 * Unsaved changes: the board's state (br_board_get_state()) differs from
 * the one last saved or opened, so undoing back to the saved board is
 * unmodified again; a board restored from a draft or imported from a
 * drawing or an image is unsaved until it is saved.
 *
 * Autosave: with a draft (br_board_document_new() with one, or
 * br_board_document_new_restoring()), every change schedules a draft write
 * %BR_BOARD_DOCUMENT_AUTOSAVE_DELAY_MS after the last change, and at most
 * %BR_BOARD_DOCUMENT_AUTOSAVE_DEADLINE_MS after the first one not yet
 * written, so a steady stream of edits is still kept. The timeouts run on
 * a #BrTimer (br_timer_get_system() unless br_board_document_set_timer()
 * gives another), so tests drive them without waiting. The draft records
 * the file the board belongs to. Saving, a new board, opening a file and
 * closing with the work saved or discarded remove it; closing any other
 * way (br_board_document_close(), or the last reference dropped) writes it
 * at once. A draft write that fails emits #BrBoardDocument::draft-failed.
 *
 * Restoring: br_board_document_new_restoring() takes the newest draft no
 * other document of this process has taken and shows it as an unsaved
 * board, titled after its file. The draft stays on disk until the work is
 * saved or discarded. A draft that cannot be read is moved aside, never
 * deleted.
 *
 * Files: br_board_document_load_async() and the save functions
 * (br-board-document-io.c) read and write off the main thread.
 */

G_DEFINE_FINAL_TYPE (BrBoardDocument, br_board_document, G_TYPE_OBJECT)

enum {
  DRAFT_FAILED,
  N_SIGNALS
};

GParamSpec *_br_board_document_properties[N_PROPS];
#define properties _br_board_document_properties
static guint signals[N_SIGNALS];

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
/* State                                                                   */

static void
notify (BrBoardDocument         *self,
        BrBoardDocumentProperty  prop)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static gboolean
compute_modified (BrBoardDocument *self)
{
  return self->board != NULL &&
         (self->unsaved || br_board_get_state (self->board) != self->saved_state);
}

static void
update_modified (BrBoardDocument *self)
{
  gboolean modified = compute_modified (self);

  if (modified != self->modified)
    {
      self->modified = modified;
      notify (self, PROP_MODIFIED);
    }
}

static void
update_title (BrBoardDocument *self)
{
  const char *title = self->name ? self->name : _("Untitled Board");

  if (g_strcmp0 (title, self->title) != 0)
    {
      g_free (self->title);
      self->title = g_strdup (title);
      notify (self, PROP_TITLE);
    }
}

static void
set_name (BrBoardDocument *self,
          const char      *name)
{
  if (g_strcmp0 (name, self->name) == 0)
    return;
  g_free (self->name);
  self->name = g_strdup (name);
  notify (self, PROP_NAME);
  update_title (self);
}

static char *
display_name (GFile *file)
{
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME,
                                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);

  return info ? g_strdup (g_file_info_get_display_name (info)) : g_file_get_basename (file);
}

static void
set_file (BrBoardDocument *self,
          GFile           *file,
          const char      *name)
{
  g_autofree char *found = NULL;

  if (file != NULL && name == NULL)
    name = found = display_name (file);
  if (self->file != file && (self->file == NULL || file == NULL || !g_file_equal (self->file, file)))
    {
      g_set_object (&self->file, file);
      notify (self, PROP_FILE);
    }
  set_name (self, name);
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

static void
remove_draft (BrBoardDocument *self)
{
  g_autoptr(GError) error = NULL;

  cancel_autosave (self);
  if (self->draft != NULL && !br_board_draft_remove (self->draft, &error))
    g_debug ("Could not remove the draft: %s", error->message);
  self->draft_serial = G_MAXUINT64;
}

static void
write_draft (BrBoardDocument *self)
{
  g_autoptr(GError) error = NULL;
  guint64 serial;

  cancel_autosave (self);
  if (self->draft == NULL || self->board == NULL)
    return;

  if (!compute_modified (self))
    {
      remove_draft (self);
      return;
    }

  serial = br_board_get_serial (self->board);
  if (serial == self->draft_serial)
    return;
  if (!br_board_draft_write (self->draft, self->board, self->file, &error))
    {
      g_debug ("Could not write the draft: %s", error->message);
      g_signal_emit (self, signals[DRAFT_FAILED], 0, error);
      return;
    }
  self->draft_serial = serial;
}

static void
delay_elapsed (gpointer user_data)
{
  BrBoardDocument *self = user_data;

  self->delay_id = 0;
  write_draft (self);
}

static void
deadline_elapsed (gpointer user_data)
{
  BrBoardDocument *self = user_data;

  self->deadline_id = 0;
  write_draft (self);
}

static void
board_changed (BrBoardDocument *self)
{
  /* Changes after "Discard" are new work, kept again */
  self->discarded = FALSE;
  update_modified (self);

  if (self->draft == NULL || self->closed)
    return;
  clear_timeout (self, &self->delay_id);
  self->delay_id = br_timer_add (self->timer, BR_BOARD_DOCUMENT_AUTOSAVE_DELAY_MS, delay_elapsed, self);
  if (self->deadline_id == 0)
    self->deadline_id = br_timer_add (self->timer, BR_BOARD_DOCUMENT_AUTOSAVE_DEADLINE_MS, deadline_elapsed, self);
}

/* ---------------------------------------------------------------------- */
/* For br-board-document-io.c                                              */

/* Makes @board the document's board, kept as @file (named @name, or its
 * display name when @name is %NULL) or with no file (named @name, or
 * untitled); @unsaved when it is not on disk as it is. Any draft of
 * the board before goes: the user saved or discarded it already. */
void
_br_board_document_set_board (BrBoardDocument *self,
                              BrBoard         *board,
                              GFile           *file,
                              const char      *name,
                              gboolean         unsaved)
{
  gboolean replaced = self->board != board;

  if (self->board != NULL)
    g_signal_handlers_disconnect_by_data (self->board, self);
  g_set_object (&self->board, board);
  g_signal_connect_object (board, "changed", G_CALLBACK (board_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (board, "targets-changed", G_CALLBACK (board_changed), self, G_CONNECT_SWAPPED);

  self->saved_state = br_board_get_state (board);
  self->unsaved = unsaved;
  self->discarded = FALSE;
  remove_draft (self);
  _br_board_document_set_save_error (self, NULL);

  g_object_freeze_notify (G_OBJECT (self));
  set_file (self, file, name);
  if (replaced)
    notify (self, PROP_BOARD);
  update_modified (self);
  g_object_thaw_notify (G_OBJECT (self));
}

/* The board, as it was at @state, is now in @file, named @name (%NULL:
 * found here) */
void
_br_board_document_saved (BrBoardDocument *self,
                          GFile           *file,
                          const char      *name,
                          guint64          state)
{
  g_object_freeze_notify (G_OBJECT (self));
  set_file (self, file, name);
  self->saved_state = state;
  self->unsaved = FALSE;
  _br_board_document_set_save_error (self, NULL);
  update_modified (self);
  /* Changes made while it was written are still for the draft */
  if (!self->modified)
    remove_draft (self);
  g_object_thaw_notify (G_OBJECT (self));
}

void
_br_board_document_set_save_error (BrBoardDocument *self,
                                   const GError    *error)
{
  if (error == NULL && self->save_error == NULL)
    return;
  g_clear_error (&self->save_error);
  if (error != NULL)
    self->save_error = g_error_copy (error);
  notify (self, PROP_SAVE_ERROR);
}

/* A load (@loading) or a save starts (@delta 1) or ends (-1) */
void
_br_board_document_add_busy (BrBoardDocument *self,
                             gboolean         loading,
                             int              delta)
{
  gboolean was_loading = self->n_loading > 0;
  gboolean was_busy = was_loading || self->n_saving > 0;

  if (loading)
    self->n_loading += delta;
  else
    self->n_saving += delta;
  if (was_loading != (self->n_loading > 0))
    notify (self, PROP_LOADING);
  if (was_busy != (self->n_loading > 0 || self->n_saving > 0))
    notify (self, PROP_BUSY);
}

/* ---------------------------------------------------------------------- */
/* GObject                                                                 */

static void
br_board_document_dispose (GObject *object)
{
  BrBoardDocument *self = BR_BOARD_DOCUMENT (object);

  br_board_document_close (self);
  if (self->board != NULL)
    g_signal_handlers_disconnect_by_data (self->board, self);

  G_OBJECT_CLASS (br_board_document_parent_class)->dispose (object);
}

static void
br_board_document_finalize (GObject *object)
{
  BrBoardDocument *self = BR_BOARD_DOCUMENT (object);

  g_clear_object (&self->board);
  g_clear_object (&self->file);
  g_clear_object (&self->timer);
  g_clear_error (&self->save_error);
  g_free (self->name);
  g_free (self->title);

  G_OBJECT_CLASS (br_board_document_parent_class)->finalize (object);
}

static void
br_board_document_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  BrBoardDocument *self = BR_BOARD_DOCUMENT (object);

  switch ((BrBoardDocumentProperty) prop_id)
    {
    case PROP_BOARD:
      g_value_set_object (value, self->board);
      break;
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_MODIFIED:
      g_value_set_boolean (value, self->modified);
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, br_board_document_get_loading (self));
      break;
    case PROP_BUSY:
      g_value_set_boolean (value, br_board_document_get_busy (self));
      break;
    case PROP_SAVE_ERROR:
      g_value_set_boxed (value, self->save_error);
      break;
    case PROP_0:
    case N_PROPS:
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_board_document_class_init (BrBoardDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = br_board_document_dispose;
  object_class->finalize = br_board_document_finalize;
  object_class->get_property = br_board_document_get_property;

  /** BrBoardDocument:board: the board; a new object after a reset or a load */
  properties[PROP_BOARD] = g_param_spec_object ("board", NULL, NULL, BR_TYPE_BOARD, flags);
  /** BrBoardDocument:file: where the board is kept, %NULL while it has no file */
  properties[PROP_FILE] = g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE, flags);
  /** BrBoardDocument:name: the file's display name, or the name of a board with no file (a practice question, an imported drawing), or %NULL */
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  /** BrBoardDocument:title: the name, or "Untitled Board" */
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  /** BrBoardDocument:modified: whether there are changes not saved to the file */
  properties[PROP_MODIFIED] = g_param_spec_boolean ("modified", NULL, NULL, FALSE, flags);
  /** BrBoardDocument:loading: whether a file is being read */
  properties[PROP_LOADING] = g_param_spec_boolean ("loading", NULL, NULL, FALSE, flags);
  /** BrBoardDocument:busy: whether a file is being read or written */
  properties[PROP_BUSY] = g_param_spec_boolean ("busy", NULL, NULL, FALSE, flags);
  /** BrBoardDocument:save-error: why the last save failed, until one succeeds */
  properties[PROP_SAVE_ERROR] = g_param_spec_boxed ("save-error", NULL, NULL, G_TYPE_ERROR, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * BrBoardDocument::draft-failed:
   * @error: why
   *
   * An autosave could not write the draft; the work is only in memory.
   */
  signals[DRAFT_FAILED] =
    g_signal_new ("draft-failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_ERROR | G_SIGNAL_TYPE_STATIC_SCOPE);
}

static void
br_board_document_init (BrBoardDocument *self)
{
  self->timer = g_object_ref (br_timer_get_system ());
  self->draft_serial = G_MAXUINT64;
  update_title (self);
}

/* ---------------------------------------------------------------------- */
/* Public                                                                  */

/**
 * br_board_document_new:
 * @draft: (nullable): where to autosave, or %NULL for no autosave
 *
 * Returns: (transfer full): a document with an empty, untitled board
 */
BrBoardDocument *
br_board_document_new (BrBoardDraft *draft)
{
  BrBoardDocument *self;
  g_autoptr(BrBoard) board = br_board_new ();

  g_return_val_if_fail (draft == NULL || BR_IS_BOARD_DRAFT (draft), NULL);

  self = g_object_new (BR_TYPE_BOARD_DOCUMENT, NULL);
  _br_board_document_set_board (self, board, NULL, NULL, FALSE);
  /* Set after: making a board the document's removes the draft before */
  if (draft != NULL && claim_draft (br_board_draft_get_id (draft)))
    self->draft = g_object_ref (draft);
  else if (draft != NULL)
    g_critical ("The draft %s belongs to another document", br_board_draft_get_id (draft));
  return self;
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
 * br_board_document_get_board:
 *
 * Returns: (transfer none): the board
 */
BrBoard *
br_board_document_get_board (BrBoardDocument *self)
{
  g_return_val_if_fail (BR_IS_BOARD_DOCUMENT (self), NULL);
  return self->board;
}

/**
 * br_board_document_get_file:
 *
 * Returns: (transfer none) (nullable): the board's file, %NULL while it has none
 */
GFile *
br_board_document_get_file (BrBoardDocument *self)
{
  g_return_val_if_fail (BR_IS_BOARD_DOCUMENT (self), NULL);
  return self->file;
}

/**
 * br_board_document_get_name:
 *
 * Returns: (nullable): the file's display name, or the name of a board
 *   with no file, or %NULL for an untitled board
 */
const char *
br_board_document_get_name (BrBoardDocument *self)
{
  g_return_val_if_fail (BR_IS_BOARD_DOCUMENT (self), NULL);
  return self->name;
}

/**
 * br_board_document_get_title:
 *
 * Returns: the name, or "Untitled Board"
 */
const char *
br_board_document_get_title (BrBoardDocument *self)
{
  g_return_val_if_fail (BR_IS_BOARD_DOCUMENT (self), NULL);
  return self->title;
}

gboolean
br_board_document_get_modified (BrBoardDocument *self)
{
  g_return_val_if_fail (BR_IS_BOARD_DOCUMENT (self), FALSE);
  return self->modified;
}

gboolean
br_board_document_get_loading (BrBoardDocument *self)
{
  g_return_val_if_fail (BR_IS_BOARD_DOCUMENT (self), FALSE);
  return self->n_loading > 0;
}

gboolean
br_board_document_get_busy (BrBoardDocument *self)
{
  g_return_val_if_fail (BR_IS_BOARD_DOCUMENT (self), FALSE);
  return self->n_loading > 0 || self->n_saving > 0;
}

/**
 * br_board_document_get_save_error:
 *
 * Returns: (nullable): why the last save failed, or %NULL when it did not
 */
const GError *
br_board_document_get_save_error (BrBoardDocument *self)
{
  g_return_val_if_fail (BR_IS_BOARD_DOCUMENT (self), NULL);
  return self->save_error;
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
 * br_board_document_reset:
 * @name: (nullable): the board's name until it is saved (a practice
 *   question), or %NULL for "Untitled Board"
 *
 * Replaces the board with an empty one with no file, without asking.
 */
void
br_board_document_reset (BrBoardDocument *self,
                         const char      *name)
{
  g_autoptr(BrBoard) board = br_board_new ();

  g_return_if_fail (BR_IS_BOARD_DOCUMENT (self));

  _br_board_document_set_board (self, board, NULL, name, FALSE);
}

/**
 * br_board_document_mark_kept:
 *
 * Marks the board as kept elsewhere (with a practice attempt): no unsaved
 * changes and no draft until it is changed again. It keeps its file, or
 * none.
 */
void
br_board_document_mark_kept (BrBoardDocument *self)
{
  g_return_if_fail (BR_IS_BOARD_DOCUMENT (self));

  self->saved_state = br_board_get_state (self->board);
  self->unsaved = FALSE;
  remove_draft (self);
  update_modified (self);
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
      if (compute_modified (self) && !self->discarded)
        {
          self->draft_serial = G_MAXUINT64;
          write_draft (self);
        }
      else
        remove_draft (self);
      release_draft (br_board_draft_get_id (self->draft));
      g_clear_object (&self->draft);
    }
  cancel_autosave (self);
}
