/* br-test-app.c — running the application in widget tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "br-test-app.h"

/**
 * br_test_init:
 *
 * gtk_test_init(), with the user's folders pointed at a fresh temporary
 * folder, so that no test reads or writes the real data (progress,
 * drafts) of whoever runs it.
 */
void
br_test_init (int    *argc,
              char ***argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *home = g_dir_make_tmp ("bar-raiser-test-XXXXXX", &error);
  g_autofree char *data = NULL;
  g_autofree char *config = NULL;
  g_autofree char *cache = NULL;

  g_assert_no_error (error);
  data = g_build_filename (home, "data", NULL);
  config = g_build_filename (home, "config", NULL);
  cache = g_build_filename (home, "cache", NULL);
  g_setenv ("XDG_DATA_HOME", data, TRUE);
  g_setenv ("XDG_CONFIG_HOME", config, TRUE);
  g_setenv ("XDG_CACHE_HOME", cache, TRUE);

  gtk_test_init (argc, argv, NULL);
}

void
br_test_pump (void)
{
  /* Let idles, layout and frames run */
  for (guint i = 0; i < 50; i++)
    {
      while (g_main_context_pending (NULL))
        g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
}

static void
run_test_activate (BrApplication *app,
                   BrAppTestFunc    func)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  /* The application's own activate handler ran first and made the window */
  br_test_pump ();
  g_assert_true (BR_IS_WINDOW (window));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));

  func (app, BR_WINDOW (window));

  /* Close what is left the way a user would, so that state is saved */
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  br_test_pump ();
}

/* Runs @func inside a real application run: startup, activate, the test,
 * quit and shutdown; then checks the application is finalized. */
void
br_test_run_in_app (BrAppTestFunc func)
{
  g_autofree char *id = NULL;
  BrApplication *app = br_application_new ();
  static guint n_apps;
  int status;

  /* One application per run, each with its own bus name */
  id = g_strdup_printf ("%s.Test%u", APP_ID, ++n_apps);
  g_application_set_application_id (G_APPLICATION (app), id);
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_signal_connect_after (app, "activate", G_CALLBACK (run_test_activate), func);

  status = g_application_run (G_APPLICATION (app), 0, NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));
  g_assert_finalize_object (app);
}

/* Finds a toplevel of @type other than the main windows */
GtkWindow *
br_test_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }
  return NULL;
}


/* The first widget of @type at or below @widget, depth first, or NULL */
GtkWidget *
br_test_find_widget (GtkWidget *widget,
                     GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = br_test_find_widget (child, type);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The first preferences row titled @title at or below @widget, or NULL */
GtkWidget *
br_test_find_row (GtkWidget  *widget,
                  const char *title)
{
  if (ADW_IS_PREFERENCES_ROW (widget) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = br_test_find_row (child, title);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Draws @widget as it is on screen, with its window's renderer: its pixels,
 * premultiplied ARGB, @width x @height; free with g_free() */
guint32 *
br_test_render (GtkWidget *widget,
                int       *width,
                int       *height)
{
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  guint32 *pixels;

  *width = gtk_widget_get_width (widget);
  *height = gtk_widget_get_height (widget);
  g_assert_cmpint (*width, >, 0);
  g_assert_cmpint (*height, >, 0);
  gdk_paintable_snapshot (paintable, snapshot, *width, *height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, *width, *height));
  pixels = g_new (guint32, *width * *height);
  gdk_texture_download (texture, (guchar *) pixels, *width * 4);
  return pixels;
}

/* An accessible property's value as text, or NULL when it is not set.
 * Needs GTK_A11Y=test, the backend that lets a test read it back: asked
 * whether the value is one it cannot be, GTK answers with the real one. */
char *
br_test_dup_accessible_property (GtkWidget             *widget,
                                 GtkAccessibleProperty  property)
{
  g_assert_cmpstr (g_getenv ("GTK_A11Y"), ==, "test");
  if (!gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), property))
    return NULL;
  return gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget), property, "\x01");
}
