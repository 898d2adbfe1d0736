/* test-board-page.c — the Whiteboard page: files, the unsaved mark, the
 * Save/Discard/Cancel question, autosaved drafts, in a real application
 * run under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <string.h>

#include "br-board-file.h"
#include "br-board-page.h"
#include "br-excalidraw.h"
#include "br-canvas.h"
#include "br-test-app.h"
#include "br-wrap-box.h"

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

static BrBoardPage *
show_board_page (BrWindow *window)
{
  GtkWidget *page;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "whiteboard"));
  br_test_pump ();
  page = find_widget (GTK_WIDGET (window), BR_TYPE_BOARD_PAGE);
  g_assert_nonnull (page);
  g_assert_true (gtk_widget_get_mapped (page));
  return BR_BOARD_PAGE (page);
}

static void
add_box (BrBoardPage *page,
         const char  *label)
{
  BrItem *item = br_item_new (BR_ITEM_RECTANGLE, 10, 20, 120, 60);

  br_item_set_label (item, label);
  g_assert_nonnull (br_board_add_item (br_board_page_get_board (page), item));
}

static GFile *
tmp_file (const char *name)
{
  g_autofree char *path = g_build_filename (tmp_dir, name, NULL);

  return g_file_new_for_path (path);
}

static AdwMessageDialog *
find_dialog (void)
{
  GtkWindow *dialog = br_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);

  return dialog ? ADW_MESSAGE_DIALOG (dialog) : NULL;
}

static void
answer (const char *response)
{
  AdwMessageDialog *dialog = find_dialog ();

  g_assert_nonnull (dialog);
  /* As a click on the button does: the response, then the dialog closes */
  adw_message_dialog_response (dialog, response);
  gtk_window_close (GTK_WINDOW (dialog));
  br_test_pump ();
  g_assert_null (find_dialog ());
}

/* Opening and saving run in the background: waits for the document to
 * be done (on its own signals, not on a time), then lets the page react */
static void
wait_document (BrBoardPage *page)
{
  BrBoardDocument *document = br_board_page_get_document (page);

  while (br_board_document_get_busy (document))
    g_main_context_iteration (NULL, TRUE);
  br_test_pump ();
}

static guint
n_drafts (void)
{
  g_autoptr(GPtrArray) ids = br_board_draft_list (NULL);

  return ids->len;
}

/* Whether a label at or below @widget shows @text */
static gboolean
shows_label (GtkWidget  *widget,
             const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    if (shows_label (child, text))
      return TRUE;
  return FALSE;
}

/* New, Save As, Save, Open, and a file that does not load */
static void
files_body (BrApplication *app,
            BrWindow      *window)
{
  BrBoardPage *page = show_board_page (window);
  GtkWidget *switcher = find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_SWITCHER_TITLE);
  g_autoptr(GFile) file = tmp_file ("Design.brboard");
  g_autoptr(GFile) bad = tmp_file ("bad.brboard");
  g_autoptr(GError) error = NULL;
  g_autoptr(BrBoard) loaded = NULL;
  const char *subtitle;
  BrBoard *board;

  g_assert_cmpstr (br_board_page_get_title (page), ==, "Untitled Board");
  g_assert_false (br_board_page_get_modified (page));
  g_assert_null (br_board_page_get_file (page));
  g_assert_cmpstr (adw_view_switcher_title_get_subtitle (ADW_VIEW_SWITCHER_TITLE (switcher)), ==, "Untitled Board");

  /* A change marks the title, in the window too */
  add_box (page, "API");
  g_assert_true (br_board_page_get_modified (page));
  g_assert_cmpstr (br_board_page_get_title (page), ==, "• Untitled Board");
  g_assert_cmpstr (adw_view_switcher_title_get_subtitle (ADW_VIEW_SWITCHER_TITLE (switcher)), ==, "• Untitled Board");

  /* Save As */
  g_assert_true (br_board_page_save_to_file (page, file, &error));
  g_assert_no_error (error);
  g_assert_false (br_board_page_get_modified (page));
  g_assert_cmpstr (br_board_page_get_title (page), ==, "Design.brboard");
  g_assert_true (g_file_equal (br_board_page_get_file (page), file));

  /* Save again, through the action */
  add_box (page, "Cache");
  g_assert_cmpstr (br_board_page_get_title (page), ==, "• Design.brboard");
  /* The page's header shows it too (bound in the template) */
  g_assert_true (shows_label (GTK_WIDGET (page), "• Design.brboard"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "board.save", NULL));
  wait_document (page);
  g_assert_false (br_board_page_get_modified (page));
  loaded = br_board_new_from_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (br_board_get_n_items (loaded), ==, 2);

  /* New: nothing to ask, an empty untitled board */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "board.new", NULL));
  br_test_pump ();
  g_assert_null (find_dialog ());
  g_assert_cmpuint (br_board_get_n_items (br_board_page_get_board (page)), ==, 0);
  g_assert_cmpstr (br_board_page_get_title (page), ==, "Untitled Board");
  g_assert_null (br_board_page_get_file (page));

  /* Open */
  g_assert_true (br_board_page_open_file (page, file, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (br_board_get_n_items (br_board_page_get_board (page)), ==, 2);
  g_assert_cmpstr (br_board_page_get_title (page), ==, "Design.brboard");
  g_assert_false (br_board_page_get_modified (page));

  /* A bad file: an error naming the file and the place; nothing changes */
  g_assert_true (g_file_set_contents (g_file_peek_path (bad),
                                      "{\n  \"format\": \"bar-raiser-board\",\n  \"version\": 1,\n  \"items\": [ { \"id\": \"a\", \"kind\": \"blob\" } ]\n}\n",
                                      -1, NULL));
  board = br_board_page_get_board (page);
  g_assert_false (br_board_page_open_file (page, bad, &error));
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "bad.brboard"));
  g_assert_nonnull (strstr (error->message, "$.items[0]"));
  g_clear_error (&error);
  g_assert_true (br_board_page_get_board (page) == board);

  /* Read in the background: the spinner turns, the board shown waits */
  br_board_page_request_open (page, bad);
  g_assert_true (br_board_document_get_loading (br_board_page_get_document (page)));
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (br_board_page_get_canvas (page))));
  {
    GtkSpinner *spinner = GTK_SPINNER (br_test_find_widget (GTK_WIDGET (page), GTK_TYPE_SPINNER));

    g_assert_true (gtk_spinner_get_spinning (spinner));
    g_assert_true (gtk_widget_get_visible (GTK_WIDGET (spinner)));
    wait_document (page);
    g_assert_false (gtk_spinner_get_spinning (spinner));
    g_assert_false (gtk_widget_get_visible (GTK_WIDGET (spinner)));
  }
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (br_board_page_get_canvas (page))));
  g_assert_nonnull (find_dialog ());
  g_assert_nonnull (strstr (adw_message_dialog_get_body (find_dialog ()), "bad.brboard"));
  answer ("close");
  g_assert_true (br_board_page_get_board (page) == board);
  g_assert_cmpstr (br_board_page_get_title (page), ==, "Design.brboard");
  g_assert_true (g_file_equal (br_board_page_get_file (page), file));

  /* Other pages show no board title, and leave Ctrl+N alone */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "plan"));
  br_test_pump ();
  subtitle = adw_view_switcher_title_get_subtitle (ADW_VIEW_SWITCHER_TITLE (switcher));
  g_assert_cmpstr (subtitle ? subtitle : "", ==, "");
  g_assert_false (g_action_group_get_action_enabled (br_board_page_get_action_group (page), "new"));
}

static void
test_files (void)
{
  br_test_run_in_app (files_body);
}

/* New over unsaved work: Cancel, Discard, Save */
static void
confirm_body (BrApplication *app,
              BrWindow      *window)
{
  BrBoardPage *page = show_board_page (window);
  g_autoptr(GFile) file = tmp_file ("Confirm.brboard");
  g_autoptr(GError) error = NULL;
  g_autoptr(BrBoard) loaded = NULL;
  BrBoard *board;

  add_box (page, "Queue");
  board = br_board_page_get_board (page);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "board.new", NULL));
  br_test_pump ();
  g_assert_cmpstr (adw_message_dialog_get_default_response (find_dialog ()), ==, "save");
  g_assert_cmpint (adw_message_dialog_get_response_appearance (find_dialog (), "discard"), ==, ADW_RESPONSE_DESTRUCTIVE);
  answer ("cancel");
  g_assert_true (br_board_page_get_board (page) == board);
  g_assert_true (br_board_page_get_modified (page));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "board.new", NULL));
  br_test_pump ();
  answer ("discard");
  g_assert_cmpuint (br_board_get_n_items (br_board_page_get_board (page)), ==, 0);
  g_assert_false (br_board_page_get_modified (page));

  /* Save, then the New goes on */
  add_box (page, "Worker");
  g_assert_true (br_board_page_save_to_file (page, file, &error));
  add_box (page, "Stream");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "board.new", NULL));
  br_test_pump ();
  answer ("save");
  wait_document (page);
  g_assert_cmpuint (br_board_get_n_items (br_board_page_get_board (page)), ==, 0);
  g_assert_null (br_board_page_get_file (page));
  loaded = br_board_new_from_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (br_board_get_n_items (loaded), ==, 2);

  /* Open over unsaved work asks too */
  add_box (page, "CDN");
  br_board_page_request_open (page, file);
  br_test_pump ();
  answer ("discard");
  wait_document (page);
  g_assert_cmpuint (br_board_get_n_items (br_board_page_get_board (page)), ==, 2);
  g_assert_false (br_board_page_get_modified (page));

  /* ...also when the file comes from the Open chooser (Ctrl+O), which
   * starts in the board's folder: the chooser used to be counted as a
   * question still open, and nothing happened */
  add_box (page, "Search");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "board.open", NULL));
  br_test_pump ();
  {
    GtkWindow *chooser = br_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
    g_autoptr(GFile) folder = NULL;
    g_autoptr(GFile) parent = g_file_get_parent (file);

    g_assert_nonnull (chooser);
    /* A loaded machine may take several frames to lay the chooser out;
     * answer it once it is on screen, as a person does */
    for (guint i = 0; i < 100 && !(gtk_widget_get_mapped (GTK_WIDGET (chooser)) &&
                                   gtk_widget_get_width (GTK_WIDGET (chooser)) > 0); i++)
      br_test_pump ();
    br_test_pump ();
    folder = gtk_file_chooser_get_current_folder (GTK_FILE_CHOOSER (chooser));
    g_assert_nonnull (folder);
    g_assert_true (g_file_equal (folder, parent));
    g_assert_true (gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), file, NULL));
    G_GNUC_BEGIN_IGNORE_DEPRECATIONS
    gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
    G_GNUC_END_IGNORE_DEPRECATIONS
  }
  br_test_pump ();
  g_assert_nonnull (find_dialog ());
  answer ("discard");
  wait_document (page);
  g_assert_cmpuint (br_board_get_n_items (br_board_page_get_board (page)), ==, 2);
  g_assert_false (br_board_page_get_modified (page));
  g_assert_true (g_file_equal (br_board_page_get_file (page), file));
}

static void
test_confirm (void)
{
  br_test_run_in_app (confirm_body);
}

/* The Save As chooser, once it is on screen as a person sees it */
static GtkFileChooser *
find_chooser (void)
{
  GtkWindow *chooser = br_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);

  g_assert_nonnull (chooser);
  for (guint i = 0; i < 100 && !(gtk_widget_get_mapped (GTK_WIDGET (chooser)) &&
                                 gtk_widget_get_width (GTK_WIDGET (chooser)) > 0); i++)
    br_test_pump ();
  br_test_pump ();
  return GTK_FILE_CHOOSER (chooser);
}

/* Picks the chooser's file type @n (Save As: 0 board, 1 Excalidraw), a
 * name in the test folder, and accepts */
static void
choose (guint       n,
        const char *name)
{
  GtkFileChooser *chooser = find_chooser ();
  g_autoptr(GListModel) filters = gtk_file_chooser_get_filters (chooser);
  g_autoptr(GtkFileFilter) filter = g_list_model_get_item (filters, n);
  g_autoptr(GFile) folder = g_file_new_for_path (tmp_dir);

  gtk_file_chooser_set_filter (chooser, filter);
  g_assert_true (gtk_file_chooser_set_current_folder (chooser, folder, NULL));
  gtk_file_chooser_set_current_name (chooser, name);
  br_test_pump ();
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  G_GNUC_END_IGNORE_DEPRECATIONS
  /* A save chooser looks at the folder in the background before it
   * answers: wait for it to go, not for a time */
  while (br_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG) != NULL)
    g_main_context_iteration (NULL, TRUE);
  br_test_pump ();
}

/* Save As: the file type picked in the chooser decides the format when
 * the name does not; a Save As for Save Changes? lets the New go on */
static void
save_as_chooser_body (BrApplication *app,
                      BrWindow      *window)
{
  BrBoardPage *page = show_board_page (window);
  g_autoptr(GFile) drawing = tmp_file ("Sketch");
  g_autoptr(GFile) board_file = tmp_file ("Chosen.brboard");
  g_autoptr(BrBoard) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  /* Excalidraw picked, a name without an extension: a drawing, a copy */
  add_box (page, "Gateway");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "board.save-as", NULL));
  br_test_pump ();
  choose (1, "Sketch");
  wait_document (page);
  g_assert_true (g_file_load_contents (drawing, NULL, &text, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (text, "\"excalidraw\""));
  g_assert_null (br_board_page_get_file (page));
  g_assert_true (br_board_page_get_modified (page));

  /* New over it asks; Save has no file yet, so Save As asks where; once
   * saved there the New goes on */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "board.new", NULL));
  br_test_pump ();
  answer ("save");
  choose (0, "Chosen.brboard");
  wait_document (page);
  g_assert_cmpuint (br_board_get_n_items (br_board_page_get_board (page)), ==, 0);
  g_assert_null (br_board_page_get_file (page));
  g_assert_false (br_board_page_get_modified (page));
  loaded = br_board_new_from_file (board_file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (br_board_get_n_items (loaded), ==, 1);
  g_assert_cmpstr (br_board_get_item (loaded, 0)->label, ==, "Gateway");
  g_assert_null (br_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG));
}

static void
test_save_as_chooser (void)
{
  br_test_run_in_app (save_as_chooser_body);
}

/* A change is kept as a draft 1 s after it (2 s at most, on the
 * document's timer, here a fake one); closing asks, and leaves no draft */
static void
autosave_body (BrApplication *app,
               BrWindow      *window)
{
  BrBoardPage *page = show_board_page (window);
  BrBoardDocument *document = br_board_page_get_document (page);
  GFile *draft = br_board_draft_get_file (br_board_page_get_draft (page));
  g_autoptr(BrFakeTimer) timer = br_fake_timer_new ();

  /* The application owns the document the page shows */
  g_assert_cmpuint (g_list_model_get_n_items (br_application_get_board_documents (app)), ==, 1);
  g_assert_true (g_list_model_get_item (br_application_get_board_documents (app), 0) == (gpointer) document);
  g_object_unref (document);

  br_board_document_set_timer (document, BR_TIMER (timer));
  g_assert_cmpuint (n_drafts (), ==, 0);
  add_box (page, "Load balancer");
  br_fake_timer_advance (timer, BR_BOARD_DOCUMENT_AUTOSAVE_DELAY_MS - 1);
  g_assert_false (g_file_query_exists (draft, NULL));
  br_fake_timer_advance (timer, 1);
  /* Written by a worker thread */
  wait_document (page);
  g_assert_true (g_file_query_exists (draft, NULL));
  g_assert_cmpuint (n_drafts (), ==, 1);

  /* Closing asks; Cancel keeps the window */
  gtk_window_close (GTK_WINDOW (window));
  br_test_pump ();
  answer ("cancel");
  g_assert_nonnull (gtk_application_get_windows (GTK_APPLICATION (app)));

  /* Discard closes it and removes the draft; the document goes with it */
  gtk_window_close (GTK_WINDOW (window));
  br_test_pump ();
  answer ("discard");
  br_test_pump ();
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));
  g_assert_cmpuint (n_drafts (), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (br_application_get_board_documents (app)), ==, 0);
  g_assert_cmpuint (br_fake_timer_get_n_pending (timer), ==, 0);
}

static void
test_autosave (void)
{
  br_test_run_in_app (autosave_body);
  g_assert_cmpuint (n_drafts (), ==, 0);
}

/* A draft left by a crash comes back, unsaved, titled after its file */
static void
restore_body (BrApplication *app,
              BrWindow      *window)
{
  BrBoardPage *page = BR_BOARD_PAGE (br_test_find_widget (GTK_WIDGET (window), BR_TYPE_BOARD_PAGE));

  /* Told on the page the app opened on, with a way to the board, until
   * the board has been seen */
  br_test_pump ();
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (page)));
  g_assert_true (br_board_page_has_restore_notice (page));
  page = show_board_page (window);
  g_assert_false (br_board_page_has_restore_notice (page));

  g_assert_cmpuint (br_board_get_n_items (br_board_page_get_board (page)), ==, 3);
  g_assert_true (br_board_page_get_modified (page));
  g_assert_cmpstr (br_board_page_get_title (page), ==, "• Crashed.brboard");
  g_assert_cmpuint (n_drafts (), ==, 1);

  /* Still unsaved: New asks, and discarding removes the draft */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "board.new", NULL));
  br_test_pump ();
  answer ("discard");
  g_assert_cmpuint (n_drafts (), ==, 0);
}

static void
replace_confirmed (BrBoardPage *page,
                   gboolean     proceed,
                   gpointer     user_data)
{
  if (proceed)
    br_board_page_new_board (page);
}

/* Replaced unseen (as a practice round asking for a fresh board does,
 * from the Plan), the restored board takes its notice with it */
static void
restore_discard_body (BrApplication *app,
                      BrWindow      *window)
{
  BrBoardPage *page = BR_BOARD_PAGE (br_test_find_widget (GTK_WIDGET (window), BR_TYPE_BOARD_PAGE));

  br_test_pump ();
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (page)));
  g_assert_true (br_board_page_has_restore_notice (page));
  br_board_page_confirm_discard (page, replace_confirmed, NULL);
  br_test_pump ();
  answer ("discard");
  g_assert_false (br_board_page_has_restore_notice (page));
  g_assert_cmpuint (br_board_get_n_items (br_board_page_get_board (page)), ==, 0);
  g_assert_cmpuint (n_drafts (), ==, 0);
}

/* The tool bar in a narrow window: every button stays in the window
 * (wrapped onto more rows); a picked stencil shows on its button; the
 * colour palette marks the current colour */
static void
toolbar_body (BrApplication *app,
              BrWindow      *window)
{
  BrBoardPage *page = show_board_page (window);
  BrCanvas *canvas = BR_CANVAS (br_test_find_widget (GTK_WIDGET (page), BR_TYPE_CANVAS));
  GtkWidget *toolbar = br_test_find_widget (GTK_WIDGET (page), BR_TYPE_WRAP_BOX);
  GtkWidget *stencils = NULL, *colors = NULL;
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  int width, min_width;

  g_assert_nonnull (toolbar);
  gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
  width = MAX (min_width, 430);
  gtk_window_set_default_size (GTK_WINDOW (window), width, 700);
  gtk_window_unmaximize (GTK_WINDOW (window));
  br_test_pump ();
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, width + 1);

  /* Every button of the tool bar is whole and inside the window */
  for (GtkWidget *group = gtk_widget_get_first_child (toolbar); group; group = gtk_widget_get_next_sibling (group))
    {
      if (GTK_IS_BUTTON (group) || GTK_IS_MENU_BUTTON (group))
        g_ptr_array_add (buttons, group);
      for (GtkWidget *b = gtk_widget_get_first_child (group); b; b = gtk_widget_get_next_sibling (b))
        if (GTK_IS_BUTTON (b) || GTK_IS_MENU_BUTTON (b))
          g_ptr_array_add (buttons, b);
    }
  g_assert_cmpuint (buttons->len, >=, 20);
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *b = g_ptr_array_index (buttons, i);
      graphene_rect_t bounds;

      if (!gtk_widget_get_visible (b))
        continue;
      g_assert_true (gtk_widget_compute_bounds (b, GTK_WIDGET (window), &bounds));
      g_assert_cmpfloat (bounds.origin.x, >=, 0);
      g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, gtk_widget_get_width (GTK_WIDGET (window)));
      g_assert_cmpfloat (bounds.size.width, >, 8);
      if (GTK_IS_MENU_BUTTON (b) && g_strcmp0 (gtk_menu_button_get_icon_name (GTK_MENU_BUTTON (b)), "br-stencils-symbolic") == 0)
        stencils = b;
      else if (GTK_IS_MENU_BUTTON (b) && g_strcmp0 (gtk_menu_button_get_icon_name (GTK_MENU_BUTTON (b)), "br-style-symbolic") == 0)
        colors = b;
    }

  /* A stencil picked from the palette: its button shows it is armed,
   * until the tool changes */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "board.stencil", "s", "cache"));
  g_assert_cmpint (br_canvas_get_tool (canvas), ==, BR_TOOL_STENCIL);
  {
    GtkWidget *armed = NULL;

    for (guint i = 0; i < buttons->len; i++)
      if (gtk_widget_has_css_class (g_ptr_array_index (buttons, i), "br-armed"))
        armed = g_ptr_array_index (buttons, i);
    g_assert_true (armed == stencils);
    g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (armed), "Cache"));
    br_canvas_set_tool (canvas, BR_TOOL_SELECT);
    g_assert_false (gtk_widget_has_css_class (armed, "br-armed"));
  }

  /* The colour palette: the current stroke colour's swatch is on */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "board.stroke-color", "u", 5));
  g_assert_nonnull (colors);
  gtk_menu_button_popup (GTK_MENU_BUTTON (colors));
  br_test_pump ();
  {
    GtkPopover *popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (colors));
    guint n_on = 0;

    g_assert_nonnull (popover);
    /* Walk the swatches of the stroke row */
    {
      g_autoptr(GPtrArray) stack = g_ptr_array_new ();

      g_ptr_array_add (stack, popover);
      while (stack->len > 0)
        {
          GtkWidget *w = g_ptr_array_steal_index (stack, stack->len - 1);

          if (gtk_widget_has_css_class (w, "br-swatch") &&
              g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (w)), "board.stroke-color") == 0 &&
              gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (w)))
            {
              g_assert_cmpuint (g_variant_get_uint32 (gtk_actionable_get_action_target_value (GTK_ACTIONABLE (w))), ==, 5);
              n_on++;
            }
          for (GtkWidget *c = gtk_widget_get_first_child (w); c; c = gtk_widget_get_next_sibling (c))
            g_ptr_array_add (stack, c);
        }
    }
    g_assert_cmpuint (n_on, ==, 1);
    gtk_popover_popdown (popover);
  }
}

static void
test_toolbar (void)
{
  br_test_run_in_app (toolbar_body);
}

static void
test_restore (void)
{
  g_autoptr(BrBoardDraft) draft = br_board_draft_new (NULL, NULL);
  g_autoptr(BrBoard) board = br_board_new ();
  g_autoptr(GFile) origin = tmp_file ("Crashed.brboard");
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettings) settings = g_settings_new ("io.github.barraiser.BarRaiser");

  /* The app opens on the Plan, not on the board an earlier test showed */
  g_settings_set_string (settings, "last-page", "plan");
  for (guint i = 0; i < 3; i++)
    br_board_add_item (board, br_item_new (BR_ITEM_ELLIPSE, i * 100.0, 0, 80, 80));
  g_assert_true (br_board_draft_write (draft, board, origin, &error));
  g_assert_no_error (error);

  br_test_run_in_app (restore_body);
  g_assert_cmpuint (n_drafts (), ==, 0);

  g_assert_true (br_board_draft_write (draft, board, origin, &error));
  g_settings_set_string (settings, "last-page", "plan");
  br_test_run_in_app (restore_discard_body);
  g_assert_cmpuint (n_drafts (), ==, 0);
}

static void
collect_toast (BrBoardPage *page,
               AdwToast    *toast,
               GPtrArray   *titles)
{
  g_ptr_array_add (titles, g_strdup (adw_toast_get_title (toast)));
}

static GFile *
good_drawing (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "excalidraw", "good", name, NULL);

  return g_file_new_for_path (path);
}

static gboolean
file_bytes_equal (GFile  *file,
                  GBytes *expected)
{
  g_autoptr(GBytes) bytes = g_file_load_bytes (file, NULL, NULL, NULL);

  return bytes != NULL && g_bytes_equal (bytes, expected);
}

/* Open imports a drawing as a new unsaved board; Save keeps it as a
 * .brboard; Save As can write a drawing; a drawing that cannot be read
 * changes nothing */
static void
excalidraw_files_body (BrApplication *app,
                       BrWindow      *window)
{
  BrBoardPage *page = show_board_page (window);
  g_autoptr(GPtrArray) toasts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GFile) drawing = good_drawing ("bound-text.excalidraw");
  g_autoptr(GFile) partial = good_drawing ("unsupported.excalidraw");
  g_autoptr(GFile) saved = tmp_file ("Imported.brboard");
  g_autoptr(GFile) copy = tmp_file ("Copy.excalidraw");
  g_autoptr(GFile) bad = tmp_file ("broken.excalidraw");
  g_autoptr(GBytes) original = g_file_load_bytes (drawing, NULL, NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(BrBoard) loaded = NULL;
  BrBoard *board;

  g_signal_connect (page, "add-toast", G_CALLBACK (collect_toast), toasts);

  /* Imported: unsaved, titled after the drawing, with no file of its own */
  g_assert_true (br_board_page_open_file (page, drawing, &error));
  g_assert_no_error (error);
  board = br_board_page_get_board (page);
  g_assert_cmpuint (br_board_get_n_items (board), ==, 5);
  g_assert_cmpstr (br_board_lookup (board, "box")->label, ==, "Order service");
  g_assert_cmpstr (br_board_lookup (board, "arrow1")->ends[1].item_id, ==, "oval");
  g_assert_null (br_board_page_get_file (page));
  g_assert_true (br_board_page_get_modified (page));
  g_assert_cmpstr (br_board_page_get_title (page), ==, "• bound-text");
  g_assert_cmpuint (toasts->len, ==, 0);

  /* Saving writes a board; the drawing is left alone */
  g_assert_true (br_board_page_save_to_file (page, saved, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (br_board_page_get_title (page), ==, "Imported.brboard");
  g_assert_false (br_board_page_get_modified (page));
  loaded = br_board_new_from_file (saved, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (br_board_get_n_items (loaded), ==, 5);
  g_assert_true (file_bytes_equal (drawing, original));

  /* A copy as a drawing: the board keeps its file and its state */
  add_box (page, "Worker");
  g_assert_true (br_board_page_export_excalidraw (page, copy, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_equal (br_board_page_get_file (page), saved));
  g_assert_true (br_board_page_get_modified (page));
  g_clear_object (&loaded);
  loaded = br_excalidraw_new_from_file (copy, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (br_board_get_n_items (loaded), ==, 6);
  g_assert_cmpstr (br_board_lookup (loaded, "box")->label, ==, "Order service");
  g_assert_cmpstr (br_board_lookup (loaded, "arrow1")->ends[0].item_id, ==, "box");
  g_assert_true (br_board_page_save_to_file (page, saved, &error));

  /* What a drawing holds that a board cannot show is told in a toast */
  g_assert_true (br_board_page_open_file (page, partial, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (toasts->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (toasts, 0), ==,
                   "2 images, 2 frames, 2 embedded web pages and 1 element of another kind could not be shown");
  g_assert_cmpstr (br_board_page_get_title (page), ==, "• unsupported");

  /* A broken drawing: an error naming the file and the place */
  g_assert_true (g_file_set_contents (g_file_peek_path (bad),
                                      "{\"type\": \"excalidraw\", \"version\": 2, \"elements\": [{\"id\": \"a\", \"type\": \"rectangle\", \"x\": \"left\"}]}",
                                      -1, NULL));
  board = br_board_page_get_board (page);
  g_assert_false (br_board_page_open_file (page, bad, &error));
  g_assert_nonnull (strstr (error->message, "broken.excalidraw"));
  g_assert_nonnull (strstr (error->message, "$.elements[0].x"));
  g_clear_error (&error);
  g_assert_true (br_board_page_get_board (page) == board);
  g_assert_cmpstr (br_board_page_get_title (page), ==, "• unsupported");

  /* Discard the import, so that closing does not ask */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "board.new", NULL));
  br_test_pump ();
  answer ("discard");
  g_signal_handlers_disconnect_by_data (page, toasts);
}

static void
test_excalidraw_files (void)
{
  br_test_run_in_app (excalidraw_files_body);
}

/* Excalidraw's clipboard text pastes as items in the middle of the view,
 * in one undo step */
static void
excalidraw_paste_body (BrApplication *app,
                       BrWindow      *window)
{
  BrBoardPage *page = show_board_page (window);
  BrCanvas *canvas = br_board_page_get_canvas (page);
  BrBoard *board = br_board_page_get_board (page);
  g_autoptr(GFile) clip = good_drawing ("clipboard.excalidraw");
  g_autoptr(GBytes) bytes = g_file_load_bytes (clip, NULL, NULL, NULL);
  g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_auto(GStrv) selection = NULL;
  const BrItem *box, *arrow;
  double cx, cy;

  add_box (page, "Existing");
  br_board_clear_history (board);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (canvas)), text);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (canvas), "canvas.paste", NULL));
  /* The clipboard is read asynchronously: wait for the paste itself, not
   * for a time (the suite's timeout bounds a paste that never comes) */
  while (br_board_get_n_items (board) < 3)
    g_main_context_iteration (NULL, TRUE);
  br_test_pump ();

  /* The rectangle, its label and the arrow bound to it: two items */
  g_assert_cmpuint (br_board_get_n_items (board), ==, 3);
  box = br_board_get_item (board, 1);
  arrow = br_board_get_item (board, 2);
  g_assert_cmpint (box->kind, ==, BR_ITEM_RECTANGLE);
  g_assert_cmpstr (box->label, ==, "Queue");
  g_assert_cmpint (arrow->kind, ==, BR_ITEM_ARROW);
  g_assert_cmpstr (arrow->ends[1].item_id, ==, box->id);
  g_assert_null (arrow->ends[0].item_id);
  selection = br_canvas_get_selection (canvas);
  g_assert_cmpuint (g_strv_length (selection), ==, 2);

  /* Centred in the view: the pasted items' box spans x 400-620, y 500-560 */
  br_canvas_widget_to_board (canvas, gtk_widget_get_width (GTK_WIDGET (canvas)) / 2.0,
                             gtk_widget_get_height (GTK_WIDGET (canvas)) / 2.0, &cx, &cy);
  g_assert_cmpfloat_with_epsilon (box->x + box->width - (cx + 110), 0, 1e-6);
  g_assert_cmpfloat_with_epsilon (box->y + box->height / 2 - cy, 0, 1e-6);

  /* One undo takes it all back */
  g_assert_true (br_board_undo (board));
  g_assert_cmpuint (br_board_get_n_items (board), ==, 1);
  g_assert_false (br_board_can_undo (board));

  /* What a pasted drawing holds that a board cannot show is told too */
  {
    g_autoptr(GFile) partial = good_drawing ("unsupported.excalidraw");
    g_autoptr(GBytes) partial_bytes = g_file_load_bytes (partial, NULL, NULL, NULL);
    g_autofree char *partial_text = g_strndup (g_bytes_get_data (partial_bytes, NULL),
                                               g_bytes_get_size (partial_bytes));
    g_autoptr(GPtrArray) toasts = g_ptr_array_new_with_free_func (g_free);

    g_signal_connect (page, "add-toast", G_CALLBACK (collect_toast), toasts);
    gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (canvas)), partial_text);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (canvas), "canvas.paste", NULL));
    while (toasts->len == 0)
      g_main_context_iteration (NULL, TRUE);
    g_assert_cmpuint (toasts->len, ==, 1);
    g_assert_cmpstr (g_ptr_array_index (toasts, 0), ==,
                     "2 images, 2 frames, 2 embedded web pages and 1 element of another kind could not be shown");
    g_signal_handlers_disconnect_by_data (page, toasts);
  }

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "board.new", NULL));
  br_test_pump ();
  answer ("discard");
}

static void
test_excalidraw_paste (void)
{
  br_test_run_in_app (excalidraw_paste_body);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data_home = NULL;
  int status;

  /* Drafts go to a private data folder, before anything reads it */
  tmp_dir = g_dir_make_tmp ("br-board-page-XXXXXX", &error);
  g_assert_no_error (error);
  data_home = g_build_filename (tmp_dir, "data", NULL);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/board-page/files", test_files);
  g_test_add_func ("/board-page/confirm", test_confirm);
  g_test_add_func ("/board-page/save-as-chooser", test_save_as_chooser);
  g_test_add_func ("/board-page/autosave", test_autosave);
  g_test_add_func ("/board-page/restore", test_restore);
  g_test_add_func ("/board-page/toolbar", test_toolbar);
  g_test_add_func ("/board-page/excalidraw-files", test_excalidraw_files);
  g_test_add_func ("/board-page/excalidraw-paste", test_excalidraw_paste);

  status = g_test_run ();
  g_free (tmp_dir);
  return status;
}
