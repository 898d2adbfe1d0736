/* test-window.c — the main window, its pages, menus and state (under Xvfb)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "br-application.h"
#include "br-preferences-window.h"
#include "br-progress.h"
#include "br-window.h"
#include "br-test-app.h"

static void
pages_body (BrApplication *app,
            BrWindow      *window)
{
  GSettings *settings = br_application_get_settings (app);
  const char *pages[] = { "whiteboard", "round", "plan", "round" };

  g_assert_nonnull (br_application_get_guide (app));
  g_assert_null (br_application_get_guide_error (app));
  g_assert_cmpstr (br_window_get_visible_page (window), ==, "plan");

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autofree char *last_page = NULL;

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", pages[i]));
      br_test_pump ();
      g_assert_cmpstr (br_window_get_visible_page (window), ==, pages[i]);
      last_page = g_settings_get_string (settings, "last-page");
      g_assert_cmpstr (last_page, ==, pages[i]);
    }
}

static void
last_page_body (BrApplication *app,
                BrWindow      *window)
{
  /* The page shown when the last window closed comes back */
  g_assert_cmpstr (br_window_get_visible_page (window), ==, "round");
  g_settings_reset (br_application_get_settings (app), "last-page");
}

static void
test_pages (void)
{
  br_test_run_in_app (pages_body);
  br_test_run_in_app (last_page_body);
}

static void
preferences_body (BrApplication *app,
                  BrWindow      *window)
{
  GSettings *settings = br_application_get_settings (app);
  AdwStyleManager *style_manager = adw_style_manager_get_default ();
  GtkWindow *preferences;

  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  br_test_pump ();
  preferences = br_test_find_toplevel (BR_TYPE_PREFERENCES_WINDOW);
  g_assert_nonnull (preferences);
  g_assert_true (gtk_window_get_transient_for (preferences) == GTK_WINDOW (window));

  /* It opens tall enough to show every row whole, the Guide row last,
   * even with a guide file's two-line subtitle: nothing to scroll to */
  {
    GtkWidget *guide_row = br_test_find_row (GTK_WIDGET (preferences), "Guide");
    GtkWidget *scroller;
    GtkAdjustment *vadjustment;
    graphene_rect_t bounds;

    g_assert_nonnull (guide_row);
    adw_action_row_set_subtitle (ADW_ACTION_ROW (guide_row),
                                 "Amazon System Design Interview Guide — "
                                 "/home/someone/Documents/Interview preparation/guides/my-own-study-guide-with-a-long-name.json");
    br_test_pump ();
    scroller = gtk_widget_get_ancestor (guide_row, GTK_TYPE_SCROLLED_WINDOW);
    g_assert_nonnull (scroller);
    vadjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
    g_test_message ("Preferences: content %.0f px high in %.0f px",
                    gtk_adjustment_get_upper (vadjustment), gtk_adjustment_get_page_size (vadjustment));
    g_assert_cmpfloat (gtk_adjustment_get_upper (vadjustment), <=, gtk_adjustment_get_page_size (vadjustment));
    g_assert_true (gtk_widget_compute_bounds (guide_row, scroller, &bounds));
    g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=, gtk_widget_get_height (scroller));
  }

  /* The style setting drives the style manager */
  g_settings_set_string (settings, "style-variant", "dark");
  br_test_pump ();
  g_assert_cmpint (adw_style_manager_get_color_scheme (style_manager), ==, ADW_COLOR_SCHEME_FORCE_DARK);
  g_settings_set_string (settings, "style-variant", "light");
  br_test_pump ();
  g_assert_cmpint (adw_style_manager_get_color_scheme (style_manager), ==, ADW_COLOR_SCHEME_FORCE_LIGHT);
  g_settings_reset (settings, "style-variant");
  br_test_pump ();
  g_assert_cmpint (adw_style_manager_get_color_scheme (style_manager), ==, ADW_COLOR_SCHEME_DEFAULT);

  gtk_window_close (preferences);
  br_test_pump ();
  g_assert_null (br_test_find_toplevel (BR_TYPE_PREFERENCES_WINDOW));
}

static void
test_preferences (void)
{
  br_test_run_in_app (preferences_body);
}

static void
shortcuts_and_about_body (BrApplication *app,
                          BrWindow      *window)
{
  GtkWindow *shortcuts;
  GtkWindow *about;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  br_test_pump ();
  shortcuts = br_test_find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW);
  g_assert_nonnull (shortcuts);
  gtk_window_close (shortcuts);
  br_test_pump ();
  g_assert_null (br_test_find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW));

  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  br_test_pump ();
  about = br_test_find_toplevel (ADW_TYPE_ABOUT_WINDOW);
  g_assert_nonnull (about);
  g_assert_cmpstr (adw_about_window_get_version (ADW_ABOUT_WINDOW (about)), ==, PACKAGE_VERSION);
  g_assert_cmpint (adw_about_window_get_license_type (ADW_ABOUT_WINDOW (about)), ==, GTK_LICENSE_GPL_3_0);
  gtk_window_close (about);
  br_test_pump ();
  g_assert_null (br_test_find_toplevel (ADW_TYPE_ABOUT_WINDOW));
}

static void
test_shortcuts_and_about (void)
{
  br_test_run_in_app (shortcuts_and_about_body);
}

/* Every accelerator the application sets is listed in the shortcuts window */
static void
accels_listed_body (BrApplication *app,
                    BrWindow      *window)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (APP_PATH "gtk/help-overlay.ui");
  g_autoptr(GString) listed = g_string_new (NULL);
  g_auto(GStrv) actions = gtk_application_list_action_descriptions (GTK_APPLICATION (app));
  GSList *objects = gtk_builder_get_objects (builder);

  for (GSList *l = objects; l != NULL; l = l->next)
    if (GTK_IS_SHORTCUTS_SHORTCUT (l->data))
      {
        g_autofree char *accelerator = NULL;
        g_autofree char *action_name = NULL;

        g_object_get (l->data, "accelerator", &accelerator, "action-name", &action_name, NULL);
        g_string_append_printf (listed, "[%s|%s]", accelerator ? accelerator : "", action_name ? action_name : "");
      }
  g_slist_free (objects);

  for (guint i = 0; actions[i]; i++)
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), actions[i]);
      g_autofree char *name = NULL;
      g_autofree char *by_action = NULL;
      g_autofree char *by_accel = NULL;
      g_autoptr(GVariant) target = NULL;

      g_assert_true (g_action_parse_detailed_name (actions[i], &name, &target, NULL));
      by_action = g_strdup_printf ("|%s]", name);
      by_accel = accels[0] ? g_strdup_printf ("[%s|", accels[0]) : NULL;
      g_test_message ("%s: %s", actions[i], accels[0] ? accels[0] : "(none)");
      g_assert_true (strstr (listed->str, by_action) != NULL ||
                     (by_accel != NULL && strstr (listed->str, by_accel) != NULL));
    }
}

static void
test_accels_listed (void)
{
  br_test_run_in_app (accels_listed_body);
}

static void
state_resize_body (BrApplication *app,
                   BrWindow      *window)
{
  g_settings_reset (br_application_get_settings (app), "window-maximized");
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 640);
  br_test_pump ();
}

static void
state_check_body (BrApplication *app,
                  BrWindow      *window)
{
  GSettings *settings = br_application_get_settings (app);
  int width, height;

  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 900);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 640);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));

  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 900);
  g_assert_cmpint (height, ==, 640);
}

static void
state_maximized_body (BrApplication *app,
                      BrWindow      *window)
{
  GSettings *settings = br_application_get_settings (app);

  /* Restored maximized. With no window manager under Xvfb nobody grants
   * the request, so this can only be checked where one runs. */
  if (gtk_window_is_maximized (GTK_WINDOW (window)))
    {
      int width, height;

      /* The unmaximized size is still the one remembered */
      gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
      g_assert_cmpint (width, ==, 900);
    }
  else
    g_test_message ("No window manager maximized the window; not checked");

  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
  g_settings_reset (settings, "window-maximized");
}

static void
test_window_state (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  br_test_run_in_app (state_resize_body);
  br_test_run_in_app (state_check_body);
  g_settings_set_boolean (settings, "window-maximized", TRUE);
  br_test_run_in_app (state_maximized_body);
}

static char *bad_guide_path;

static void
bad_guide_body (BrApplication *app,
                BrWindow      *window)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (bad_guide_path);
  GSettings *settings = br_application_get_settings (app);
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *setting = NULL;
  BrGuide *guide;
  GtkWindow *dialog;

  /* The built-in guide is used; the error names the file and the place */
  guide = br_application_get_guide (app);
  g_assert_nonnull (guide);
  g_assert_null (br_guide_get_file (guide));
  g_assert_nonnull (br_application_get_guide_error (app));
  g_assert_true (g_str_has_prefix (br_application_get_guide_error (app), bad_guide_path));
  g_assert_nonnull (strstr (br_application_get_guide_error (app), ":1:55: $.title: "));

  /* ...and the user is told, and can stop using the file */
  dialog = br_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "builtin");
  br_test_pump ();
  setting = g_settings_get_string (settings, "guide-file");
  g_assert_cmpstr (setting, ==, "");
  g_clear_pointer (&setting, g_free);
  g_assert_null (br_application_get_guide_error (app));

  /* Choosing a good file switches the guide and remembers it */
  bytes = g_resources_lookup_data (APP_PATH "content/guide.json", 0, &error);
  g_assert_no_error (error);
  g_file_set_contents (bad_guide_path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  g_assert_true (br_application_load_guide_file (app, file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_equal (br_guide_get_file (br_application_get_guide (app)), file));
  setting = g_settings_get_string (settings, "guide-file");
  g_assert_cmpstr (setting, ==, bad_guide_path);

  /* A bad file chosen later changes nothing */
  g_file_set_contents (bad_guide_path, "not json", -1, &error);
  g_assert_no_error (error);
  g_assert_false (br_application_load_guide_file (app, file, &error));
  g_assert_error (error, BR_DOC_ERROR, BR_DOC_ERROR_SYNTAX);
  g_assert_nonnull (br_guide_get_file (br_application_get_guide (app)));

  br_application_use_builtin_guide (app);
  g_assert_null (br_guide_get_file (br_application_get_guide (app)));
}

static void
test_bad_guide_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("br-window-XXXXXX", &error);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  g_assert_no_error (error);
  bad_guide_path = g_build_filename (dir, "guide.json", NULL);
  g_file_set_contents (bad_guide_path, "{\"format\": \"bar-raiser-guide\", \"version\": 1, \"title\": 5}", -1, &error);
  g_assert_no_error (error);
  g_settings_set_string (settings, "guide-file", bad_guide_path);

  br_test_run_in_app (bad_guide_body);

  g_settings_reset (settings, "guide-file");
  g_assert_cmpint (g_remove (bad_guide_path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
  g_clear_pointer (&bad_guide_path, g_free);
}

/* progress.json a named pipe and practice.json a link to /dev/zero: the
 * window never appeared (the app waited for a writer), or the app read
 * zeros until memory ran out. Now the window comes up (br_test_run_in_app()
 * checks it is mapped) and says both files were left alone. */
static void
data_not_files_body (BrApplication *app,
                     BrWindow      *window)
{
  GtkWindow *dialog;
  const char *body;

  g_assert_nonnull (br_application_get_progress_error (app));
  g_assert_nonnull (strstr (br_application_get_progress_error (app), "cannot be moved aside"));
  g_assert_nonnull (br_application_get_practice_error (app));
  g_assert_true (br_progress_get_read_only (br_application_get_progress (app)));

  dialog = br_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==,
                   "Your Study Progress and Practice History Could Not Be Read");
  body = adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog));
  g_assert_nonnull (strstr (body, "progress.json could not be read: it is a named pipe"));
  g_assert_nonnull (strstr (body, "practice.json could not be read: it is a named pipe, a device or a socket"));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "close");
  br_test_pump ();
}

static void
test_data_not_files (void)
{
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "bar-raiser", NULL);
  g_autofree char *progress = g_build_filename (dir, "progress.json", NULL);
  g_autofree char *practice = g_build_filename (dir, "practice.json", NULL);
  GStatBuf st;

  /* In place of what the runs before wrote */
  g_assert_no_errno (g_mkdir_with_parents (dir, 0700));
  g_unlink (progress);
  g_unlink (practice);
  g_assert_no_errno (mkfifo (progress, 0600));
  g_assert_no_errno (symlink ("/dev/zero", practice));

  br_test_run_in_app (data_not_files_body);

  /* Left as they were */
  g_assert_no_errno (g_lstat (progress, &st));
  g_assert_true (S_ISFIFO (st.st_mode));
  g_assert_no_errno (g_lstat (practice, &st));
  g_assert_true (S_ISLNK (st.st_mode));
  g_assert_no_errno (g_unlink (progress));
  g_assert_no_errno (g_unlink (practice));
}

int
main (int   argc,
      char *argv[])
{
  br_test_init (&argc, &argv);

  g_test_add_func ("/window/pages", test_pages);
  g_test_add_func ("/window/preferences", test_preferences);
  g_test_add_func ("/window/shortcuts-and-about", test_shortcuts_and_about);
  g_test_add_func ("/window/accels-listed", test_accels_listed);
  g_test_add_func ("/window/state", test_window_state);
  g_test_add_func ("/window/bad-guide-file", test_bad_guide_file);
  g_test_add_func ("/window/data-not-files", test_data_not_files);

  return g_test_run ();
}
