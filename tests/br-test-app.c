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

typedef struct {
  GdkFrameClock *clock;
  gulong handler;
  guint n_painted;
} FrameWait;

static void
on_after_paint (GdkFrameClock *clock,
                FrameWait     *wait)
{
  wait->n_painted++;
}

static void
drain (void)
{
  for (guint i = 0; i < 10000 && g_main_context_pending (NULL); i++)
    g_main_context_iteration (NULL, FALSE);
}

/* Has every shown toplevel paint one frame; returns FALSE when none is
 * shown. Waits on the frame clocks, not on a time. */
static gboolean
paint_one_frame (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  g_autoptr(GArray) waits = g_array_new (FALSE, TRUE, sizeof (FrameWait));
  gboolean done = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);
      GdkFrameClock *clock = gtk_widget_get_mapped (window) ? gtk_widget_get_frame_clock (window) : NULL;
      FrameWait wait = { 0 };
      gboolean seen = FALSE;

      if (clock == NULL)
        continue;
      gtk_widget_queue_draw (window);
      for (guint j = 0; j < waits->len; j++)
        seen |= g_array_index (waits, FrameWait, j).clock == clock;
      if (seen)
        continue;
      wait.clock = g_object_ref (clock);
      g_array_append_val (waits, wait);
    }
  if (waits->len == 0)
    return FALSE;

  /* The handlers get their FrameWait once the array no longer moves */
  for (guint j = 0; j < waits->len; j++)
    {
      FrameWait *wait = &g_array_index (waits, FrameWait, j);

      wait->handler = g_signal_connect (wait->clock, "after-paint", G_CALLBACK (on_after_paint), wait);
    }
  /* The cap only bounds a frame that never comes */
  for (guint i = 0; i < 100000 && !done; i++)
    {
      done = TRUE;
      for (guint j = 0; j < waits->len; j++)
        done &= g_array_index (waits, FrameWait, j).n_painted > 0;
      if (!done)
        g_main_context_iteration (NULL, TRUE);
    }
  g_assert_true (done);

  for (guint j = 0; j < waits->len; j++)
    {
      FrameWait *wait = &g_array_index (waits, FrameWait, j);

      g_signal_handler_disconnect (wait->clock, wait->handler);
      g_object_unref (wait->clock);
    }
  return TRUE;
}

static guint
hash_layout (GtkWidget *widget,
             guint      hash)
{
  graphene_rect_t bounds = GRAPHENE_RECT_INIT (0, 0, 0, 0);
  GtkWidget *parent = gtk_widget_get_parent (widget);

  if (parent != NULL && !gtk_widget_compute_bounds (widget, parent, &bounds))
    graphene_rect_init (&bounds, 0, 0, 0, 0);
  hash = hash * 31 + g_direct_hash (widget);
  hash = hash * 31 + (guint) gtk_widget_get_mapped (widget);
  hash = hash * 31 + (guint) bounds.origin.x;
  hash = hash * 31 + (guint) bounds.origin.y;
  hash = hash * 31 + (guint) gtk_widget_get_width (widget);
  hash = hash * 31 + (guint) gtk_widget_get_height (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    hash = hash_layout (child, hash);
  return hash;
}

/* Where every widget of every toplevel is, in one number */
static guint
hash_all_layouts (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint hash = 17;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      hash = hash_layout (window, hash);
    }
  return hash;
}

/* Lets idles, layout and painting run until things settle: runs what is
 * pending, then has the shown toplevels paint frames until one leaves
 * every widget where the frame before left it (a transition that moves or
 * sizes widgets has ended), and runs what that queued. It waits on the
 * frame clocks and on the layout, never on a time; the frame cap only
 * bounds a layout that never settles. */
void
br_test_pump (void)
{
  guint last = 0;

  drain ();
  for (guint n = 0; n < 600 && paint_one_frame (); n++)
    {
      guint hash;

      drain ();
      hash = hash_all_layouts ();
      if (n > 0 && hash == last)
        break;
      last = hash;
    }
  drain ();
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

/* The first mapped button labelled @label at or below @widget, or NULL */
GtkWidget *
br_test_find_button (GtkWidget  *widget,
                     const char *label)
{
  if (GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget) &&
      g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = br_test_find_button (child, label);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The first preferences group titled @title at or below @widget, or NULL */
GtkWidget *
br_test_find_group (GtkWidget  *widget,
                    const char *title)
{
  if (ADW_IS_PREFERENCES_GROUP (widget) &&
      g_strcmp0 (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (widget)), title) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = br_test_find_group (child, title);
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
