/* test-board-export-page.c — exporting from the Whiteboard page, opening
 * an exported image, and Copy as Image, in a real application run under
 * Xvfb
 *
 * The file chooser is left out: the tests give the export dialog its file
 * through br_export_dialog_export_to_file(), as the chooser's answer does.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <string.h>

#include "br-board-export.h"
#include "br-board-file.h"
#include "br-board-page.h"
#include "br-export-dialog.h"
#include "br-test-app.h"

static char *tmp_dir;

static GtkWidget *
find_widget (GtkWidget *widget,
             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_action_widget (GtkWidget  *widget,
                    const char *action_name)
{
  if (GTK_IS_ACTIONABLE (widget) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action_name) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_action_widget (child, action_name);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static BrBoardPage *
show_board_page (BrWindow *window)
{
  GtkWidget *page;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "whiteboard"));
  br_test_pump ();
  page = find_widget (GTK_WIDGET (window), BR_TYPE_BOARD_PAGE);
  g_assert_nonnull (page);
  return BR_BOARD_PAGE (page);
}

static const char *
add_box (BrBoardPage *page,
         double       x,
         const char  *label)
{
  BrItem *item = br_item_new (BR_ITEM_RECTANGLE, x, 20, 120, 60);
  const char *id;

  br_item_set_label (item, label);
  id = br_board_add_item (br_board_page_get_board (page), item);
  g_assert_nonnull (id);
  return id;
}

/* New, answering Discard: an empty board, so that quitting asks nothing */
static void
discard_board (BrBoardPage *page)
{
  GtkWindow *question;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "board.new", NULL));
  br_test_pump ();
  question = br_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (question);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (question), "discard");
  gtk_window_close (question);
  br_test_pump ();
  g_assert_cmpuint (br_board_get_n_items (br_board_page_get_board (page)), ==, 0);
}

static GFile *
tmp_file (const char *name)
{
  g_autofree char *path = g_build_filename (tmp_dir, name, NULL);

  return g_file_new_for_path (path);
}

/* Remembers the text a toast shows: its title is Pango markup */
static void
remember_toast (GPtrArray *toasts,
                AdwToast  *toast)
{
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  pango_parse_markup (adw_toast_get_title (toast), -1, 0, NULL, &text, NULL, &error);
  g_assert_no_error (error);
  g_ptr_array_add (toasts, text);
}

static BrExportDialog *
open_export_dialog (BrWindow *window)
{
  GtkWindow *dialog;

  /* Ctrl+E's action */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "board.export", NULL));
  br_test_pump ();
  dialog = br_test_find_toplevel (BR_TYPE_EXPORT_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (window));
  return BR_EXPORT_DIALOG (dialog);
}

static BrBoard *
extract_file (GFile *file)
{
  g_autoptr(GBytes) bytes = g_file_load_bytes (file, NULL, NULL, NULL);
  g_autoptr(GError) error = NULL;
  BrBoard *board;

  g_assert_nonnull (bytes);
  board = br_board_export_extract (bytes, &error);
  g_assert_no_error (error);
  return board;
}

static void
assert_same_items (BrBoard *a,
                   BrBoard *b)
{
  g_autoptr(GBytes) x = br_board_to_bytes (a);
  g_autoptr(GBytes) y = br_board_to_bytes (b);

  g_assert_true (g_bytes_equal (x, y));
}

/* Export…: the whole board, the selection, a name without an extension,
 * a name with another one, and a failure */
static void
export_body (BrApplication *app,
             BrWindow      *window)
{
  BrBoardPage *page = show_board_page (window);
  BrCanvas *canvas = br_board_page_get_canvas (page);
  g_autoptr(GPtrArray) toasts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GFile) plain = tmp_file ("Board");
  g_autoptr(GFile) png = tmp_file ("Board.png");
  g_autoptr(GFile) svg = tmp_file ("Selection.svg");
  g_autoptr(GFile) pdf = tmp_file ("Board.pdf");
  g_autoptr(GFile) nowhere = tmp_file ("no-such-folder/Board.png");
  g_autoptr(GFile) ampersand = tmp_file ("Tom & Jerry <draft>.png");
  g_autoptr(GFile) nowhere_ampersand = tmp_file ("R&D <old>/Board.png");
  g_autoptr(BrBoard) found = NULL;
  BrExportDialog *dialog;
  BrExportOptions options;
  const char *ids[2] = { NULL, NULL };
  guint format, scale;

  g_signal_connect_swapped (page, "add-toast", G_CALLBACK (remember_toast), toasts);
  add_box (page, 0, "API");
  ids[0] = add_box (page, 200, "Cache");
  br_canvas_set_selection (canvas, NULL);

  /* Nothing selected: the selection switch is off and stays off */
  dialog = open_export_dialog (window);
  g_object_set (dialog, "selection-only", TRUE, NULL);
  br_export_dialog_get_options (dialog, &options);
  g_assert_null (options.ids);
  g_object_get (dialog, "format", &format, "scale", &scale, NULL);
  g_assert_cmpuint (format, ==, BR_EXPORT_PNG);
  g_assert_cmpuint (scale, ==, 2);

  /* No extension: the format's is added */
  g_object_set (dialog, "scale", 1, "dark", TRUE, NULL);
  g_assert_true (br_export_dialog_export_to_file (dialog, plain));
  br_test_pump ();
  g_assert_cmpuint (toasts->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (toasts, 0), ==, "Exported “Board.png”");
  g_assert_false (g_file_query_exists (plain, NULL));
  found = extract_file (png);
  assert_same_items (found, br_board_page_get_board (page));
  g_clear_object (&found);
  /* Done: the dialog closed */
  g_assert_null (br_test_find_toplevel (BR_TYPE_EXPORT_DIALOG));

  /* The selection only */
  br_canvas_set_selection (canvas, ids);
  dialog = open_export_dialog (window);
  g_object_set (dialog, "selection-only", TRUE, "format", (guint) BR_EXPORT_SVG, NULL);
  br_export_dialog_get_options (dialog, &options);
  g_assert_nonnull (options.ids);
  g_assert_true (br_export_dialog_export_to_file (dialog, svg));
  br_test_pump ();
  found = extract_file (svg);
  g_assert_cmpuint (br_board_get_n_items (found), ==, 1);
  g_assert_cmpstr (br_board_get_item (found, 0)->label, ==, "Cache");
  g_clear_object (&found);

  /* A name with another known extension picks that format */
  dialog = open_export_dialog (window);
  g_assert_true (br_export_dialog_export_to_file (dialog, pdf));
  br_test_pump ();
  {
    g_autoptr(GBytes) bytes = g_file_load_bytes (pdf, NULL, NULL, NULL);

    g_assert_nonnull (bytes);
    g_assert_cmpmem (g_bytes_get_data (bytes, NULL), 5, "%PDF-", 5);
  }
  g_assert_cmpstr (g_ptr_array_index (toasts, toasts->len - 1), ==, "Exported “Board.pdf”");

  /* Names are shown as they are, "&" and "<" too */
  dialog = open_export_dialog (window);
  g_assert_true (br_export_dialog_export_to_file (dialog, ampersand));
  br_test_pump ();
  g_assert_cmpstr (g_ptr_array_index (toasts, toasts->len - 1), ==, "Exported “Tom & Jerry <draft>.png”");
  dialog = open_export_dialog (window);
  g_assert_false (br_export_dialog_export_to_file (dialog, nowhere_ampersand));
  br_test_pump ();
  g_assert_true (g_str_has_prefix (g_ptr_array_index (toasts, toasts->len - 1), "Could not export: "));
  g_assert_nonnull (strstr (g_ptr_array_index (toasts, toasts->len - 1), "R&D <old>/Board.png"));
  gtk_window_close (GTK_WINDOW (dialog));
  br_test_pump ();

  /* A failure: said in a toast; the dialog stays for another try */
  dialog = open_export_dialog (window);
  g_assert_false (br_export_dialog_export_to_file (dialog, nowhere));
  br_test_pump ();
  g_assert_true (g_str_has_prefix (g_ptr_array_index (toasts, toasts->len - 1), "Could not export: "));
  g_assert_nonnull (strstr (g_ptr_array_index (toasts, toasts->len - 1), "no-such-folder"));
  g_assert_true (br_test_find_toplevel (BR_TYPE_EXPORT_DIALOG) == GTK_WINDOW (dialog));
  gtk_window_close (GTK_WINDOW (dialog));
  br_test_pump ();

  /* An empty board cannot be exported: the Export button is off */
  discard_board (page);
  dialog = open_export_dialog (window);
  {
    GtkWidget *button = find_action_widget (GTK_WIDGET (dialog), "export.choose-file");
    AdwActionRow *format_row = ADW_ACTION_ROW (find_widget (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW));

    g_assert_nonnull (button);
    g_assert_false (gtk_widget_get_sensitive (button));
    g_assert_cmpstr (adw_action_row_get_subtitle (format_row), ==, "The board is empty: there is nothing to export");
  }
  gtk_window_close (GTK_WINDOW (dialog));
  br_test_pump ();

  g_signal_handlers_disconnect_by_data (page, toasts);
}

static void
test_export (void)
{
  br_test_run_in_app (export_body);
}

/* Opening an exported image gives back its board, as an unsaved copy */
static void
open_image_body (BrApplication *app,
                 BrWindow      *window)
{
  BrBoardPage *page = show_board_page (window);
  g_autoptr(GFile) image = tmp_file ("Diagram.png");
  g_autofree char *no_board = g_test_build_filename (G_TEST_DIST, "data", "export", "bad", "no-board.png", NULL);
  g_autoptr(GFile) no_board_file = g_file_new_for_path (no_board);
  g_autoptr(BrBoard) original = br_board_new ();
  g_autoptr(GError) error = NULL;
  BrExportOptions options;
  BrBoard *board;

  br_board_add_item (original, br_item_new (BR_ITEM_CYLINDER, 0, 0, 100, 80));
  br_board_add_item (original, br_item_new (BR_ITEM_CLOUD, 200, 0, 100, 80));
  br_export_options_init (&options);
  g_assert_true (br_board_export_to_file (original, image, &options, NULL, &error));
  g_assert_no_error (error);

  g_assert_true (br_board_page_open_file (page, image, &error));
  g_assert_no_error (error);
  assert_same_items (br_board_page_get_board (page), original);
  /* Titled after the image, but not the image: Save asks where */
  g_assert_null (br_board_page_get_file (page));
  g_assert_true (br_board_page_get_modified (page));
  g_assert_cmpstr (br_board_page_get_title (page), ==, "• Diagram");

  /* An image without a board: a clear error, and nothing changes */
  board = br_board_page_get_board (page);
  g_assert_false (br_board_page_open_file (page, no_board_file, &error));
  g_assert_error (error, BR_EXPORT_ERROR, BR_EXPORT_ERROR_NO_BOARD);
  g_assert_nonnull (strstr (error->message, "no-board.png"));
  g_assert_nonnull (strstr (error->message, "This image holds no Bar Raiser board"));
  g_assert_true (br_board_page_get_board (page) == board);

  /* New forgets the image's name */
  discard_board (page);
  g_assert_cmpstr (br_board_page_get_title (page), ==, "Untitled Board");
}

static void
test_open_image (void)
{
  br_test_run_in_app (open_image_body);
}

/* ---------------------------------------------------------------------- */
/* Copy as Image                                                           */

typedef struct {
  GBytes *bytes;
  gboolean done;
} Read;

static void
spliced (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  Read *read = user_data;
  g_autoptr(GError) error = NULL;

  g_output_stream_splice_finish (G_OUTPUT_STREAM (source), result, &error);
  g_assert_no_error (error);
  read->bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (source));
  read->done = TRUE;
}

static void
clipboard_read (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GInputStream) stream = gdk_clipboard_read_finish (GDK_CLIPBOARD (source), result, NULL, &error);
  g_autoptr(GOutputStream) memory = g_memory_output_stream_new_resizable ();

  g_assert_no_error (error);
  g_output_stream_splice_async (memory, stream,
                                G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE | G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET,
                                G_PRIORITY_DEFAULT, NULL, spliced, user_data);
}

/* The board in the clipboard's PNG image */
static BrBoard *
pasted_image_board (BrCanvas *canvas)
{
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (canvas));
  GdkContentFormats *formats = gdk_clipboard_get_formats (clipboard);
  static const char *mime_types[] = { "image/png", NULL };
  g_autoptr(GError) error = NULL;
  Read read = { NULL, FALSE };
  BrBoard *board;

  /* The image, next to the board format */
  g_assert_true (gdk_content_formats_contain_mime_type (formats, "image/png"));
  g_assert_true (gdk_content_formats_contain_mime_type (formats, "application/x-bar-raiser-board"));

  gdk_clipboard_read_async (clipboard, mime_types, G_PRIORITY_DEFAULT, NULL, clipboard_read, &read);
  for (guint i = 0; i < 1000 && !read.done; i++)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (read.done);
  g_assert_cmpmem (g_bytes_get_data (read.bytes, NULL), 4, "\x89PNG", 4);
  board = br_board_export_extract (read.bytes, &error);
  g_assert_no_error (error);
  g_bytes_unref (read.bytes);
  return board;
}

static void
copy_image_body (BrApplication *app,
                 BrWindow      *window)
{
  BrBoardPage *page = show_board_page (window);
  BrCanvas *canvas = br_board_page_get_canvas (page);
  const char *ids[2] = { NULL, NULL };
  g_autoptr(BrBoard) pasted = NULL;

  add_box (page, 0, "Queue");
  ids[0] = add_box (page, 200, "Worker");

  /* Nothing selected: the whole board, from the page's menu item */
  br_canvas_set_selection (canvas, NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "board.copy-image", NULL));
  br_test_pump ();
  pasted = pasted_image_board (canvas);
  assert_same_items (pasted, br_board_page_get_board (page));
  g_clear_object (&pasted);

  /* The selection, with Copy too */
  br_canvas_set_selection (canvas, ids);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (canvas), "canvas.copy", NULL));
  br_test_pump ();
  pasted = pasted_image_board (canvas);
  g_assert_cmpuint (br_board_get_n_items (pasted), ==, 1);
  g_assert_cmpstr (br_board_get_item (pasted, 0)->label, ==, "Worker");

  discard_board (page);
}

static void
test_copy_image (void)
{
  br_test_run_in_app (copy_image_body);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data_home = NULL;
  int status;

  tmp_dir = g_dir_make_tmp ("br-board-export-page-XXXXXX", &error);
  g_assert_no_error (error);
  data_home = g_build_filename (tmp_dir, "data", NULL);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/board-export-page/export", test_export);
  g_test_add_func ("/board-export-page/open-image", test_open_image);
  g_test_add_func ("/board-export-page/copy-image", test_copy_image);

  status = g_test_run ();
  g_free (tmp_dir);
  return status;
}
