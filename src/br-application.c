/* br-application.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "bar-raiser"

#include <glib/gi18n.h>

#include "br-accessible.h"
#include "br-application-private.h"
#include "br-preferences-window.h"
#include "br-ui-resources.h"
#include "br-window.h"

/**
 * BrApplication:
 *
 * Owns what outlives a window: the settings and the loaded guide. Windows
 * and pages only present them, and follow the "guide" property when the
 * user switches guides.
 */
G_DEFINE_FINAL_TYPE (BrApplication, br_application, ADW_TYPE_APPLICATION)

enum {
  PROP_0,
  PROP_GUIDE,
  PROP_GUIDE_ERROR,
  PROP_TICKER,
  PROP_PRACTICE_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

BrApplication *
br_application_new (void)
{
  return g_object_new (BR_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "resource-base-path", "/io/github/barraiser/BarRaiser",
                       "flags", G_APPLICATION_DEFAULT_FLAGS | G_APPLICATION_HANDLES_OPEN,
                       NULL);
}

static void
set_guide (BrApplication *self,
           BrGuide       *guide,
           const char    *error_message)
{
  if (g_set_object (&self->guide, guide))
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GUIDE]);
      if (self->session != NULL)
        br_practice_session_set_guide (self->session, guide);
      /* A round that has not started follows the guide's phases */
      if (self->ticker == NULL ||
          br_round_get_state (br_round_ticker_get_round (self->ticker)) == BR_ROUND_IDLE)
        {
          _br_application_new_round (self);
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TICKER]);
        }
    }

  if (g_strcmp0 (self->guide_error, error_message) != 0)
    {
      g_free (self->guide_error);
      self->guide_error = g_strdup (error_message);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GUIDE_ERROR]);
    }
}

static BrGuide *
load_builtin_guide (void)
{
  g_autoptr(GError) error = NULL;
  BrGuide *guide = br_guide_new_builtin (&error);

  /* The built-in guide is validated by the test suite; failing here means
   * the build itself is broken. */
  if (guide == NULL)
    g_error ("The built-in guide is broken: %s", error->message);
  return guide;
}

/**
 * br_application_use_builtin_guide:
 *
 * Switches to the built-in guide and forgets the user's guide file.
 */
void
br_application_use_builtin_guide (BrApplication *self)
{
  g_autoptr(BrGuide) guide = NULL;

  g_return_if_fail (BR_IS_APPLICATION (self));

  g_settings_set_string (self->settings, "guide-file", "");
  if (self->guide != NULL && br_guide_get_file (self->guide) == NULL)
    {
      set_guide (self, self->guide, NULL);
      return;
    }
  guide = load_builtin_guide ();
  set_guide (self, guide, NULL);
}

/**
 * br_application_load_guide_file:
 * @file: a guide file chosen by the user
 *
 * Loads @file and, when it is valid, makes it the guide and remembers it.
 * When it is not, nothing changes and @error says what is wrong and where.
 */
gboolean
br_application_load_guide_file (BrApplication *self,
                                GFile         *file,
                                GError       **error)
{
  g_autoptr(BrGuide) guide = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (BR_IS_APPLICATION (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  guide = br_guide_new_from_file (file, NULL, error);
  if (guide == NULL)
    return FALSE;

  path = g_file_get_path (file);
  g_settings_set_string (self->settings, "guide-file", path ? path : "");
  set_guide (self, guide, NULL);
  return TRUE;
}

/* At start-up: the --guide option, else the remembered file, else the
 * built-in guide. A file that fails is reported and the built-in guide
 * is used; the setting is kept so that a fixed file works next time. */
static void
load_initial_guide (BrApplication *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(BrGuide) guide = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  if (self->guide_option != NULL)
    file = g_object_ref (self->guide_option);
  else
    {
      path = g_settings_get_string (self->settings, "guide-file");
      if (path[0] != '\0')
        file = g_file_new_for_path (path);
    }

  if (file != NULL)
    {
      guide = br_guide_new_from_file (file, NULL, &error);
      if (guide == NULL)
        g_debug ("Using the built-in guide: %s", error->message);
    }

  if (guide == NULL)
    guide = load_builtin_guide ();

  set_guide (self, guide, error ? error->message : NULL);
}

/* The study progress: a file that cannot be read is moved aside by the
 * store, the user is told where it went, and the plan starts empty */
static void
load_progress (BrApplication *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data_dir = g_build_filename (g_get_user_data_dir (), "bar-raiser", NULL);

  self->progress = br_progress_new (data_dir);
  if (!br_progress_load (self->progress, &error))
    {
      g_debug ("Study progress: %s", error->message);
      self->progress_error = g_strdup (error->message);
    }
}

static void
apply_style (BrApplication *self)
{
  AdwStyleManager *style_manager = adw_style_manager_get_default ();

  switch (g_settings_get_enum (self->settings, "style-variant"))
    {
    case 1:
      adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_FORCE_LIGHT);
      break;
    case 2:
      adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_FORCE_DARK);
      break;
    default:
      adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_DEFAULT);
      break;
    }
}

static void
br_application_activate (GApplication *app)
{
  BrApplication *self = BR_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    window = GTK_WINDOW (br_window_new (self));
  gtk_window_present (window);
}

/* Files from the file manager or the command line open on the Whiteboard
 * page (which asks first when there is unsaved work); one board a window,
 * so only the first file is opened */
static void
br_application_open (GApplication  *app,
                     GFile        **files,
                     gint           n_files,
                     const char    *hint)
{
  g_autofree char *uri = NULL;
  GtkWindow *window;

  g_application_activate (app);
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  if (window == NULL || n_files < 1)
    return;

  if (n_files > 1)
    g_message ("Opening %s; a window shows one board at a time", g_file_peek_path (files[0]));
  uri = g_file_get_uri (files[0]);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "whiteboard");
  gtk_widget_activate_action (GTK_WIDGET (window), "board.open-uri", "s", uri);
}

static gint
br_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  BrApplication *self = BR_APPLICATION (app);
  g_autofree char *guide = NULL;
  int status;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", "bar-raiser", PACKAGE_VERSION);
      return 0;
    }

  if (g_variant_dict_lookup (options, "guide", "^ay", &guide))
    self->guide_option = g_file_new_for_commandline_arg (guide);

  /* --export, and the files to open (br-application-export.c) */
  status = _br_application_handle_command_line (self, options);
  if (status >= 0)
    return status;

  return G_APPLICATION_CLASS (br_application_parent_class)->handle_local_options (app, options);
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  GApplication *app = user_data;
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (app));

  /* Close windows the normal way, so that each saves its state */
  for (GList *l = windows; l != NULL; )
    {
      GtkWindow *window = l->data;
      l = l->next;
      gtk_window_close (window);
    }
}

static void
preferences_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  BrApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  BrPreferencesWindow *preferences;

  preferences = br_preferences_window_new (self);
  gtk_window_set_transient_for (GTK_WINDOW (preferences), parent);
  gtk_window_present (GTK_WINDOW (preferences));
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  BrApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  static const char *developers[] = { "The Bar Raiser developers", NULL };

  adw_show_about_window (parent,
                         "application-name", _("Bar Raiser"),
                         "application-icon", APP_ID,
                         "version", PACKAGE_VERSION,
                         "developer-name", _("The Bar Raiser developers"),
                         "developers", developers,
                         "comments", _("Prepare for system design interviews: a study plan, a whiteboard and a round timer, offline."),
                         "website", "https://github.com/barraiser/bar-raiser",
                         "issue-url", "https://github.com/barraiser/bar-raiser/issues",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "copyright", "© 2026 The Bar Raiser developers",
                         /* Translators: Replace "translator-credits" with your names, one name per line */
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static const GActionEntry app_actions[] = {
  { "quit", quit_activated },
  { "preferences", preferences_activated },
  { "about", about_activated },
};

static void
br_application_startup (GApplication *app)
{
  BrApplication *self = BR_APPLICATION (app);
  static const struct {
    const char *action;
    const char *accels[3];
  } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "app.preferences", { "<Control>comma", NULL } },
    { "window.close", { "<Control>w", NULL } },
    { "win.show-page('plan')", { "<Alt>1", NULL } },
    { "win.show-page('whiteboard')", { "<Alt>2", NULL } },
    { "win.show-page('round')", { "<Alt>3", NULL } },
    { "win.find-question", { "<Control>f", NULL } },
    { "app.estimate", { "<Control><Shift>e", NULL } },
    { "app.round-start-pause", { "<Control><Shift>space", NULL } },
    { "app.round-next", { "<Control><Shift>Right", NULL } },
    { "app.round-previous", { "<Control><Shift>Left", NULL } },
    { "app.round-add-minute", { "<Control><Shift>m", NULL } },
    { "app.round-reset", { "<Control><Shift>r", NULL } },
    /* The Whiteboard page's, while it is shown */
    { "board.new", { "<Control>n", NULL } },
    { "board.open", { "<Control>o", NULL } },
    { "board.save", { "<Control>s", NULL } },
    { "board.save-as", { "<Control><Shift>s", NULL } },
    { "board.panel", { "F9", NULL } },
    { "board.traffic", { "<Control>t", NULL } },
    { "board.review", { "<Control>i", NULL } },
    { "board.export", { "<Control>e", NULL } },
  };

  G_APPLICATION_CLASS (br_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self),
                                           accels[i].action, accels[i].accels);

  gtk_window_set_default_icon_name (APP_ID);
  /* Every message dialog's buttons read without their underscores */
  br_accessible_watch_dialogs ();

  self->settings = g_settings_new (APP_ID);
  g_signal_connect_object (self->settings, "changed::style-variant",
                           G_CALLBACK (apply_style), self, G_CONNECT_SWAPPED);
  apply_style (self);

  _br_application_round_startup (self);
  load_initial_guide (self);
  load_progress (self);
  _br_application_practice_startup (self);
  _br_application_estimate_startup (self);
}

static void
br_application_dispose (GObject *object)
{
  BrApplication *self = BR_APPLICATION (object);

  _br_application_boards_dispose (self);
  _br_application_round_dispose (self);
  _br_application_practice_dispose (self);
  _br_application_estimate_dispose (self);
  g_clear_object (&self->progress);
  g_clear_pointer (&self->progress_error, g_free);
  g_clear_object (&self->guide);
  g_clear_object (&self->settings);
  g_clear_object (&self->guide_option);
  g_clear_pointer (&self->guide_error, g_free);

  G_OBJECT_CLASS (br_application_parent_class)->dispose (object);
}

static void
br_application_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  BrApplication *self = BR_APPLICATION (object);

  switch (prop_id)
    {
    case PROP_GUIDE:
      g_value_set_object (value, self->guide);
      break;
    case PROP_GUIDE_ERROR:
      g_value_set_string (value, self->guide_error);
      break;
    case PROP_TICKER:
      g_value_set_object (value, self->ticker);
      break;
    case PROP_PRACTICE_SESSION:
      g_value_set_object (value, self->session);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_application_class_init (BrApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  /* The templates, styles and shortcuts window live in br-ui's resource,
   * which a static library cannot register by itself. */
  br_ui_register_resource ();

  object_class->dispose = br_application_dispose;
  object_class->get_property = br_application_get_property;

  app_class->activate = br_application_activate;
  app_class->startup = br_application_startup;
  app_class->open = br_application_open;
  app_class->handle_local_options = br_application_handle_local_options;

  /**
   * BrApplication:guide:
   *
   * The guide in use: the user's file, or the built-in one.
   */
  properties[PROP_GUIDE] =
    g_param_spec_object ("guide", NULL, NULL, BR_TYPE_GUIDE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * BrApplication:guide-error:
   *
   * Why the user's guide file could not be used at start-up, or %NULL.
   */
  properties[PROP_GUIDE_ERROR] =
    g_param_spec_string ("guide-error", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * BrApplication:ticker:
   *
   * The ticker of the practice round, and through it the round. A new
   * round replaces it when the guide changes while no round runs.
   */
  properties[PROP_TICKER] =
    g_param_spec_object ("ticker", NULL, NULL, BR_TYPE_ROUND_TICKER,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * BrApplication:practice-session:
   *
   * The practice session: idle, running or waiting for its review.
   */
  properties[PROP_PRACTICE_SESSION] =
    g_param_spec_object ("practice-session", NULL, NULL, BR_TYPE_PRACTICE_SESSION,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
br_application_init (BrApplication *self)
{
  static const GOptionEntry options[] = {
    { "guide", 'g', G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
      N_("Use the study guide in FILE for this run"), N_("FILE") },
    { "version", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
      N_("Print the version and exit"), NULL },
    { NULL }
  };

  g_application_add_main_option_entries (G_APPLICATION (self), options);
  _br_application_add_command_line_options (self);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Practice system design interviews."));
}

GSettings *
br_application_get_settings (BrApplication *self)
{
  g_return_val_if_fail (BR_IS_APPLICATION (self), NULL);
  return self->settings;
}

BrGuide *
br_application_get_guide (BrApplication *self)
{
  g_return_val_if_fail (BR_IS_APPLICATION (self), NULL);
  return self->guide;
}

/**
 * br_application_get_ticker:
 *
 * Returns: (transfer none): the ticker of the practice round
 */
BrRoundTicker *
br_application_get_ticker (BrApplication *self)
{
  g_return_val_if_fail (BR_IS_APPLICATION (self), NULL);
  return self->ticker;
}

/**
 * br_application_get_round:
 *
 * Returns: (transfer none): the practice round
 */
BrRound *
br_application_get_round (BrApplication *self)
{
  g_return_val_if_fail (BR_IS_APPLICATION (self), NULL);
  return self->ticker ? br_round_ticker_get_round (self->ticker) : NULL;
}

/**
 * br_application_get_progress:
 *
 * Returns: (transfer none): the user's study progress
 */
BrProgress *
br_application_get_progress (BrApplication *self)
{
  g_return_val_if_fail (BR_IS_APPLICATION (self), NULL);
  return self->progress;
}

/**
 * br_application_get_progress_error:
 *
 * Returns: (nullable): what happened to a progress file that could not be
 *   read at start-up, in plain words, or %NULL
 */
const char *
br_application_get_progress_error (BrApplication *self)
{
  g_return_val_if_fail (BR_IS_APPLICATION (self), NULL);
  return self->progress_error;
}

const char *
br_application_get_guide_error (BrApplication *self)
{
  g_return_val_if_fail (BR_IS_APPLICATION (self), NULL);
  return self->guide_error;
}
