/* br-board-page-files.c — how the Whiteboard page keeps work: New, Open,
 * Save, Save As and the Save/Discard/Cancel question (the autosaved drafts
 * are in br-board-page-drafts.c)
 *
 * Excalidraw: Open also takes .excalidraw drawings, imported as a new
 * unsaved board titled after the drawing (so that Save asks where to keep
 * it as a .brboard rather than overwrite the drawing), with a toast when
 * something in it could not be shown. Save As can also write a drawing,
 * chosen by its file type or a name ending in .excalidraw; that saves a
 * copy and leaves the board's own file as it was. PNG and SVG exports
 * open the same way, from the board they carry.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "bar-raiser"

#include <glib/gi18n.h>
#include <string.h>

#include "br-board-file.h"
#include "br-board-load.h"
#include "br-board-page-private.h"
#include "br-folders.h"
#include "br-excalidraw.h"

static GtkWindow *
get_parent_window (BrBoardPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
show_error (BrBoardPage  *self,
            const char   *heading,
            const GError *error)
{
  GtkWidget *dialog = adw_message_dialog_new (get_parent_window (self), heading, error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---------------------------------------------------------------------- */
/* Files                                                                   */

/**
 * br_board_page_new_board:
 *
 * Replaces the board with an empty, untitled one, without asking.
 */
void
br_board_page_new_board (BrBoardPage *self)
{
  g_return_if_fail (BR_IS_BOARD_PAGE (self));

  g_cancellable_cancel (self->load_cancellable);
  br_board_document_reset (self->document, NULL);
}

/**
 * br_board_page_new_titled_board:
 * @title: the board's name until it is saved, e.g. a practice question
 *
 * Replaces the board with an empty one named @title, without asking.
 * Save As suggests @title as the file's name.
 */
void
br_board_page_new_titled_board (BrBoardPage *self,
                                const char  *title)
{
  g_return_if_fail (BR_IS_BOARD_PAGE (self));
  g_return_if_fail (title != NULL);

  g_cancellable_cancel (self->load_cancellable);
  br_board_document_reset (self->document, title);
}

/**
 * br_board_page_mark_kept:
 *
 * Marks the board as kept elsewhere (with a practice attempt): it has no
 * unsaved changes and no draft until it is changed again. It keeps its
 * file, or none.
 */
void
br_board_page_mark_kept (BrBoardPage *self)
{
  g_return_if_fail (BR_IS_BOARD_PAGE (self));

  br_board_document_mark_kept (self->document);
}

/* What of a drawing could not be shown */
static void
report_message (BrBoardPage *self,
                const char  *message)
{
  g_autofree char *markup = NULL;

  if (message == NULL)
    return;
  markup = g_markup_escape_text (message, -1);
  _br_board_page_emit_toast (self, adw_toast_new (markup));
}

/**
 * br_board_page_open_file:
 * @file: a .brboard file, a PNG or SVG image exported with its board, or
 *   an Excalidraw drawing (.excalidraw)
 *
 * Loads @file (br_board_document_load()) and shows it, without asking,
 * before returning; the Open action loads in the background instead. A
 * board from an image or a drawing is a new, unsaved board titled after
 * the file, so that Save asks where instead of writing over it; when some
 * of a drawing's elements cannot be shown, a toast says which. When @file
 * cannot be loaded nothing changes and @error says what is wrong and
 * where.
 */
gboolean
br_board_page_open_file (BrBoardPage  *self,
                         GFile        *file,
                         GError      **error)
{
  g_autofree char *message = NULL;

  g_return_val_if_fail (BR_IS_BOARD_PAGE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  g_cancellable_cancel (self->load_cancellable);
  if (!br_board_document_load (self->document, file, NULL, &message, error))
    return FALSE;
  report_message (self, message);
  return TRUE;
}

static void
open_copy_done (GObject      *document,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (br_board_document_open_copy_finish (BR_BOARD_DOCUMENT (document), result, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * br_board_page_open_copy_async:
 * @file: a .brboard file
 * @title: the copy's name until it is saved
 *
 * Reads @file in the background (the spinner turning, the board shown
 * staying until the copy is complete), then shows it as a new board named
 * @title, without asking: saving it never writes over @file. Another Open
 * or a New meanwhile cancels it. When it cannot be loaded nothing changes.
 */
void
br_board_page_open_copy_async (BrBoardPage         *self,
                               GFile               *file,
                               const char          *title,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (BR_IS_BOARD_PAGE (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (title != NULL);

  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  self->load_cancellable = g_cancellable_new ();
  task = g_task_new (self, self->load_cancellable, callback, user_data);
  g_task_set_source_tag (task, br_board_page_open_copy_async);
  br_board_document_open_copy_async (self->document, file, title, self->load_cancellable,
                                     open_copy_done, task);
}

/**
 * br_board_page_open_copy_finish:
 *
 * Returns: whether the copy is shown; on %FALSE, @error says what is wrong
 *   and where (%G_IO_ERROR_CANCELLED when another opening replaced it)
 */
gboolean
br_board_page_open_copy_finish (BrBoardPage   *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (BR_IS_BOARD_PAGE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == br_board_page_open_copy_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * br_board_page_save_to_file:
 * @file: where to save
 *
 * Saves the board to @file atomically, before returning; it becomes the
 * board's file. The Save actions save in the background instead.
 */
gboolean
br_board_page_save_to_file (BrBoardPage  *self,
                            GFile        *file,
                            GError      **error)
{
  g_return_val_if_fail (BR_IS_BOARD_PAGE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  return br_board_document_save_as (self->document, file, error);
}

/**
 * br_board_page_export_excalidraw:
 * @file: where to write the drawing
 *
 * Saves a copy of the board as an Excalidraw drawing, atomically. The
 * board keeps its own file and its unsaved mark.
 */
gboolean
br_board_page_export_excalidraw (BrBoardPage  *self,
                                 GFile        *file,
                                 GError      **error)
{
  g_return_val_if_fail (BR_IS_BOARD_PAGE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  return br_excalidraw_save_to_file (br_board_document_get_board (self->document), file, NULL, error);
}

static GtkFileFilter *
boards_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Bar Raiser Boards"));
  gtk_file_filter_add_mime_type (filter, "application/x-bar-raiser-board");
  gtk_file_filter_add_pattern (filter, "*.brboard");
  return filter;
}

static GtkFileFilter *
drawings_filter (const char *name)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_mime_type (filter, BR_EXCALIDRAW_MIME_TYPE);
  gtk_file_filter_add_pattern (filter, "*" BR_EXCALIDRAW_SUFFIX);
  return filter;
}

/* Open reads boards, Excalidraw drawings and the board an exported PNG or
 * SVG image carries; the first filter shows them all, and is the one chosen */
/* Choosers start in the board's folder, or in Documents: never in the
 * folder the process happened to be started from */
static void
set_start_folder (BrBoardPage    *self,
                  GtkFileChooser *chooser)
{
  g_autoptr(GFile) folder = br_default_folder (br_board_document_get_file (self->document),
                                               G_USER_DIRECTORY_DOCUMENTS);

  gtk_file_chooser_set_current_folder (chooser, folder, NULL);
}

static void
add_open_filters (GtkFileChooser *chooser)
{
  g_autoptr(GtkFileFilter) supported = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) boards = boards_filter ();
  g_autoptr(GtkFileFilter) drawings = drawings_filter (_("Excalidraw Drawings"));
  g_autoptr(GtkFileFilter) images = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();
  static const char * const image_types[] = { "image/png", "image/svg+xml" };

  gtk_file_filter_set_name (supported, _("Boards, Drawings and Exported Images"));
  gtk_file_filter_add_mime_type (supported, "application/x-bar-raiser-board");
  gtk_file_filter_add_pattern (supported, "*.brboard");
  gtk_file_filter_add_mime_type (supported, BR_EXCALIDRAW_MIME_TYPE);
  gtk_file_filter_add_pattern (supported, "*" BR_EXCALIDRAW_SUFFIX);
  gtk_file_filter_set_name (images, _("Exported Images (PNG, SVG)"));
  for (guint i = 0; i < G_N_ELEMENTS (image_types); i++)
    {
      gtk_file_filter_add_mime_type (supported, image_types[i]);
      gtk_file_filter_add_mime_type (images, image_types[i]);
    }
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (chooser, supported);
  gtk_file_chooser_add_filter (chooser, boards);
  gtk_file_chooser_add_filter (chooser, drawings);
  gtk_file_chooser_add_filter (chooser, images);
  gtk_file_chooser_add_filter (chooser, all);
  gtk_file_chooser_set_filter (chooser, supported);
}

/* The file types Save As offers; the drawing's filter is kept while the
 * chooser is open to tell which one the user picked */
static void
add_save_filters (BrBoardPage    *self,
                  GtkFileChooser *chooser)
{
  g_autoptr(GtkFileFilter) boards = boards_filter ();
  g_autoptr(GtkFileFilter) drawings = drawings_filter (_("Excalidraw (.excalidraw)"));

  gtk_file_chooser_add_filter (chooser, boards);
  gtk_file_chooser_add_filter (chooser, drawings);
  gtk_file_chooser_set_filter (chooser, boards);
  g_set_object (&self->drawings_filter, drawings);
}

static void
finish_pending (BrBoardPage *self,
                gboolean     proceed)
{
  BrBoardPageDone done = self->pending_done;
  gpointer data = self->pending_data;

  self->pending_done = NULL;
  self->pending_data = NULL;
  if (done != NULL)
    done (self, proceed, data);
}

/* A name ending in .brboard or .excalidraw says which; otherwise the file
 * type chosen does */
static gboolean
chose_drawing (BrBoardPage    *self,
               GtkFileChooser *chooser,
               GFile          *file)
{
  g_autofree char *name = g_file_get_basename (file);

  if (br_excalidraw_file_is_drawing (file))
    return TRUE;
  if (name != NULL && g_str_has_suffix (name, ".brboard"))
    return FALSE;
  return gtk_file_chooser_get_filter (chooser) != NULL &&
         gtk_file_chooser_get_filter (chooser) == self->drawings_filter;
}

/* A save in the background is done: tell why it failed, and go on with
 * the question it answered, if any */
static void
save_finished (BrBoardPage  *self,
               GObject      *document,
               GAsyncResult *result,
               gboolean      for_pending)
{
  g_autoptr(GError) error = NULL;
  gboolean saved = br_board_document_save_finish (BR_BOARD_DOCUMENT (document), result, &error);

  if (!saved)
    show_error (self, _("Could Not Save the Board"), error);
  if (for_pending)
    finish_pending (self, saved);
}

static void
save_done (GObject      *document,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(BrBoardPage) self = user_data;

  save_finished (self, document, result, FALSE);
}

static void
save_done_pending (GObject      *document,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(BrBoardPage) self = user_data;

  save_finished (self, document, result, TRUE);
}

/* Saves in the background; with @for_pending, the question waiting goes
 * on once saved, or stops when it could not be */
static void
save_in_background (BrBoardPage *self,
                    GFile       *file,
                    gboolean     for_pending)
{
  br_board_document_save_as_async (self->document, file, NULL,
                                   for_pending ? save_done_pending : save_done,
                                   g_object_ref (self));
}

static void
save_as_response (GtkNativeDialog *chooser,
                  int              response,
                  BrBoardPage     *self)
{
  gboolean for_pending = self->chooser_for_pending;
  g_autoptr(GFile) file = NULL;
  gboolean saved = FALSE;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL && chose_drawing (self, GTK_FILE_CHOOSER (chooser), file))
    {
      g_autoptr(GError) error = NULL;

      saved = br_board_page_export_excalidraw (self, file, &error);
      /* Closing after a copy was kept as a drawing leaves no draft */
      if (saved && for_pending)
        br_board_document_mark_discarded (self->document);
      if (!saved)
        show_error (self, _("Could Not Save the Board"), error);
      g_clear_object (&file);
    }

  if (self->chooser == chooser)
    {
      g_clear_object (&self->chooser);
      g_clear_object (&self->drawings_filter);
      self->chooser_for_pending = FALSE;
    }
  if (file != NULL)
    save_in_background (self, file, for_pending);
  else if (for_pending)
    finish_pending (self, saved);
}

static void
run_save_as (BrBoardPage *self,
             gboolean     for_pending)
{
  GFile *file = br_board_document_get_file (self->document);
  const char *name = br_board_document_get_name (self->document);
  GtkFileChooserNative *chooser;

  if (self->chooser != NULL)
    {
      if (for_pending)
        finish_pending (self, FALSE);
      return;
    }

  chooser = gtk_file_chooser_native_new (_("Save Board"), get_parent_window (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  add_save_filters (self, GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), file, NULL);
  else
    {
      set_start_folder (self, GTK_FILE_CHOOSER (chooser));
      if (name != NULL)
        {
          /* A board with a name but no file (a practice question, an
           * imported drawing or image) suggests its name */
          g_autofree char *suggested = g_strdelimit (g_strconcat (name, ".brboard", NULL), "/\\", '-');

          gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), suggested);
        }
      else
        /* Translators: the file name a new board is saved under; keep the .brboard */
        gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("Untitled Board.brboard"));
    }
  self->chooser_for_pending = for_pending;
  g_signal_connect_object (chooser, "response", G_CALLBACK (save_as_response), self, 0);
  self->chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_show (self->chooser);
}

static void
confirm_response (AdwMessageDialog *dialog,
                  const char       *response,
                  BrBoardPage      *self)
{
  /* One answer: the dialog closing after it sends its close response
   * too, while a save for the answer may still be running */
  g_signal_handlers_disconnect_by_func (dialog, confirm_response, self);

  if (g_strcmp0 (response, "discard") == 0)
    {
      br_board_document_mark_discarded (self->document);
      finish_pending (self, TRUE);
    }
  else if (g_strcmp0 (response, "save") == 0)
    {
      GFile *file = br_board_document_get_file (self->document);

      if (file == NULL)
        run_save_as (self, TRUE);
      else
        save_in_background (self, file, TRUE);
    }
  else
    finish_pending (self, FALSE);
}

/**
 * br_board_page_confirm_discard:
 * @done: called with whether to go on, once the user has answered
 *
 * Before replacing or closing the board: when it has unsaved changes,
 * asks Save / Discard / Cancel. Save saves (through Save As when the board
 * has no file yet) and goes on once saved. @done may run before this
 * returns, when there is nothing to ask.
 */
void
br_board_page_confirm_discard (BrBoardPage     *self,
                               BrBoardPageDone  done,
                               gpointer         user_data)
{
  GtkWidget *dialog;

  g_return_if_fail (BR_IS_BOARD_PAGE (self));
  g_return_if_fail (done != NULL);

  if (!br_board_page_get_modified (self))
    {
      done (self, TRUE, user_data);
      return;
    }
  /* One question at a time */
  if (self->pending_done != NULL || self->chooser != NULL)
    {
      done (self, FALSE, user_data);
      return;
    }

  self->pending_done = done;
  self->pending_data = user_data;

  dialog = adw_message_dialog_new (get_parent_window (self), _("Save Changes?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  /* Translators: %s is the board's file name, or "Untitled Board" */
                                  _("“%s” has unsaved changes. Changes which are not saved will be lost."),
                                  br_board_document_get_title (self->document));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (confirm_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
load_done (GObject      *document,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(BrBoardPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (!br_board_document_load_finish (BR_BOARD_DOCUMENT (document), result, NULL, &message, &error))
    {
      /* Replaced by another Open, a New, or the page gone: nothing to tell */
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (self, _("Could Not Open the Board"), error);
      return;
    }
  report_message (self, message);
}

/* Reads @file in the background, the spinner turning meanwhile; the board
 * shown stays, and can be worked on, until the new one is complete */
static void
open_in_background (BrBoardPage *self,
                    GFile       *file)
{
  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  self->load_cancellable = g_cancellable_new ();
  br_board_document_load_async (self->document, file, self->load_cancellable,
                                load_done, g_object_ref (self));
}

static void
open_confirmed (BrBoardPage *self,
                gboolean     proceed,
                gpointer     user_data)
{
  g_autoptr(GFile) file = user_data;

  if (proceed)
    open_in_background (self, file);
}

/**
 * br_board_page_request_open:
 * @file: a board file
 *
 * Opens @file as the user asked: first asking about unsaved work, then
 * reading it in the background, and showing why when the file cannot be
 * opened (the board is then left as it was).
 */
void
br_board_page_request_open (BrBoardPage *self,
                            GFile       *file)
{
  g_return_if_fail (BR_IS_BOARD_PAGE (self));
  g_return_if_fail (G_IS_FILE (file));

  br_board_page_confirm_discard (self, open_confirmed, g_object_ref (file));
}

static void
open_response (GtkNativeDialog *chooser,
               int              response,
               BrBoardPage     *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  /* The chooser is done before the Save Changes? question: while it was
   * counted as open, the question was refused and nothing opened */
  if (self->chooser == chooser)
    g_clear_object (&self->chooser);
  if (file != NULL)
    br_board_page_request_open (self, file);
}

void
_br_board_page_open_activated (BrBoardPage *self)
{
  GtkFileChooserNative *chooser;

  if (self->chooser != NULL)
    return;

  chooser = gtk_file_chooser_native_new (_("Open Board"), get_parent_window (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  add_open_filters (GTK_FILE_CHOOSER (chooser));
  set_start_folder (self, GTK_FILE_CHOOSER (chooser));
  g_signal_connect_object (chooser, "response", G_CALLBACK (open_response), self, 0);
  self->chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_show (self->chooser);
}

static void
new_confirmed (BrBoardPage *self,
               gboolean     proceed,
               gpointer     user_data)
{
  if (proceed)
    br_board_page_new_board (self);
}

void
_br_board_page_new_activated (BrBoardPage *self)
{
  br_board_page_confirm_discard (self, new_confirmed, NULL);
}

void
_br_board_page_save_activated (BrBoardPage *self)
{
  GFile *file = br_board_document_get_file (self->document);

  if (file == NULL)
    run_save_as (self, FALSE);
  else
    save_in_background (self, file, FALSE);
}

void
_br_board_page_save_as_activated (BrBoardPage *self)
{
  run_save_as (self, FALSE);
}

void
_br_board_page_files_dispose (BrBoardPage *self)
{
  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  if (self->chooser != NULL)
    {
      gtk_native_dialog_destroy (self->chooser);
      g_clear_object (&self->chooser);
    }
  g_clear_object (&self->drawings_filter);
}
