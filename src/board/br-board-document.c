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
 * application owns the open documents (br_application_open_board_document());
 * a window's Whiteboard page shows one.
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
 * gives another), so tests drive them without waiting. The board is
 * serialized on the main thread and the draft written by a worker thread
 * (#BrBoardDocument:busy meanwhile); a flush and closing write it at
 * once, and an older write never lands over a newer one or a removal. The
 * draft records the file the board belongs to. Saving, a new board, opening a file and
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

GParamSpec *_br_board_document_properties[N_PROPS];
#define properties _br_board_document_properties
guint _br_board_document_signals[N_SIGNALS];
#define signals _br_board_document_signals

/* ---------------------------------------------------------------------- */
/* State                                                                   */

static void
notify (BrBoardDocument         *self,
        BrBoardDocumentProperty  prop)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

gboolean
_br_board_document_compute_modified (BrBoardDocument *self)
{
  return self->board != NULL &&
         (self->unsaved || br_board_get_state (self->board) != self->saved_state);
}

static void
update_modified (BrBoardDocument *self)
{
  gboolean modified = _br_board_document_compute_modified (self);

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

char *
_br_board_document_display_name (GFile *file)
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
    name = found = _br_board_document_display_name (file);
  if (self->file != file && (self->file == NULL || file == NULL || !g_file_equal (self->file, file)))
    {
      g_set_object (&self->file, file);
      notify (self, PROP_FILE);
    }
  set_name (self, name);
}

static void
board_changed (BrBoardDocument *self)
{
  /* Changes after "Discard" are new work, kept again */
  self->discarded = FALSE;
  update_modified (self);

  _br_board_document_schedule_autosave (self);
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
  _br_board_document_remove_draft (self);
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
    _br_board_document_remove_draft (self);
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
  g_clear_pointer (&self->gate, _br_draft_gate_unref);
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
  /** BrBoardDocument:busy: whether a file is being read or written: the board's, or its draft */
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
  self->gate = _br_draft_gate_new ();
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
  if (draft != NULL)
    _br_board_document_take_draft (self, draft);
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
  _br_board_document_remove_draft (self);
  update_modified (self);
}

