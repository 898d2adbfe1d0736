/* br-preferences-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "br-accessible.h"
#include "br-preferences-window.h"

/**
 * BrPreferencesWindow:
 *
 * Preferences, each bound to its GSettings key: the style, the sound at
 * the end of a phase, and which study guide to use.
 */
struct _BrPreferencesWindow
{
  AdwPreferencesWindow parent_instance;

  BrApplication *app;
  GSettings *settings;
  GtkFileChooserNative *chooser;

  AdwComboRow *style_row;
  GtkSwitch *sound_switch;
  AdwActionRow *guide_row;
};

G_DEFINE_FINAL_TYPE (BrPreferencesWindow, br_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_APPLICATION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
style_to_selected (GValue   *value,
                   GVariant *variant,
                   gpointer  user_data)
{
  const char *nick = g_variant_get_string (variant, NULL);
  guint selected = 0;

  if (g_str_equal (nick, "light"))
    selected = 1;
  else if (g_str_equal (nick, "dark"))
    selected = 2;
  g_value_set_uint (value, selected);
  return TRUE;
}

static GVariant *
selected_to_style (const GValue       *value,
                   const GVariantType *expected_type,
                   gpointer            user_data)
{
  static const char * const nicks[] = { "follow", "light", "dark" };
  guint selected = g_value_get_uint (value);

  return g_variant_new_string (nicks[selected < G_N_ELEMENTS (nicks) ? selected : 0]);
}

static void
update_guide_row (BrPreferencesWindow *self)
{
  BrGuide *guide = br_application_get_guide (self->app);
  GFile *file = guide ? br_guide_get_file (guide) : NULL;
  g_autofree char *subtitle = NULL;

  if (file != NULL)
    {
      g_autofree char *name = g_file_get_parse_name (file);
      /* Translators: the guide's title, then the file it was loaded from */
      subtitle = g_strdup_printf (_("%s — %s"), br_guide_get_title (guide), name);
    }
  else
    subtitle = g_strdup (_("The built-in guide"));

  adw_action_row_set_subtitle (self->guide_row, subtitle);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "prefs.use-builtin-guide", file != NULL);
}

static void
chooser_response (GtkNativeDialog     *chooser,
                  int                  response,
                  BrPreferencesWindow *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);

  if (file == NULL)
    return;

  if (!br_application_load_guide_file (self->app, file, &error))
    {
      GtkWidget *dialog;

      dialog = adw_message_dialog_new (GTK_WINDOW (self), _("This Guide Cannot Be Used"), NULL);
      adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                      _("%s\n\nThe guide in use has not changed."),
                                      error->message);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
    }
  else
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self),
                                      adw_toast_new (_("Study guide loaded")));
}

static void
choose_guide_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  BrPreferencesWindow *self = BR_PREFERENCES_WINDOW (widget);
  g_autoptr(GtkFileFilter) json = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  if (self->chooser != NULL)
    return;

  gtk_file_filter_set_name (json, _("Study guides (JSON)"));
  gtk_file_filter_add_mime_type (json, "application/json");
  gtk_file_filter_add_suffix (json, "json");
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");

  self->chooser = gtk_file_chooser_native_new (_("Choose a Study Guide"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), json);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), all);
  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
use_builtin_guide_activated (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  BrPreferencesWindow *self = BR_PREFERENCES_WINDOW (widget);

  br_application_use_builtin_guide (self->app);
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self),
                                    adw_toast_new (_("Using the built-in guide")));
}

static void
br_preferences_window_constructed (GObject *object)
{
  BrPreferencesWindow *self = BR_PREFERENCES_WINDOW (object);

  G_OBJECT_CLASS (br_preferences_window_parent_class)->constructed (object);

  self->settings = g_object_ref (br_application_get_settings (self->app));
  g_settings_bind_with_mapping (self->settings, "style-variant",
                                self->style_row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                style_to_selected, selected_to_style, NULL, NULL);

  g_settings_bind (self->settings, "phase-sound", self->sound_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);

  g_signal_connect_object (self->app, "notify::guide",
                           G_CALLBACK (update_guide_row), self, G_CONNECT_SWAPPED);
  update_guide_row (self);
}

static void
br_preferences_window_dispose (GObject *object)
{
  BrPreferencesWindow *self = BR_PREFERENCES_WINDOW (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), BR_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);
  g_clear_object (&self->app);

  G_OBJECT_CLASS (br_preferences_window_parent_class)->dispose (object);
}

static void
br_preferences_window_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  BrPreferencesWindow *self = BR_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_APPLICATION:
      self->app = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_preferences_window_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  BrPreferencesWindow *self = BR_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_APPLICATION:
      g_value_set_object (value, self->app);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_preferences_window_class_init (BrPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = br_preferences_window_constructed;
  object_class->dispose = br_preferences_window_dispose;
  object_class->get_property = br_preferences_window_get_property;
  object_class->set_property = br_preferences_window_set_property;

  properties[PROP_APPLICATION] =
    g_param_spec_object ("br-application", NULL, NULL, BR_TYPE_APPLICATION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "br-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, BrPreferencesWindow, style_row);
  gtk_widget_class_bind_template_child (widget_class, BrPreferencesWindow, guide_row);
  gtk_widget_class_bind_template_child (widget_class, BrPreferencesWindow, sound_switch);

  gtk_widget_class_install_action (widget_class, "prefs.choose-guide", NULL, choose_guide_activated);
  gtk_widget_class_install_action (widget_class, "prefs.use-builtin-guide", NULL, use_builtin_guide_activated);
}

static void
br_preferences_window_init (BrPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Open… and Built-in: "Open…", not "_Open… Open…" */
  br_accessible_fix_mnemonic_buttons (GTK_WIDGET (self->guide_row));
}

BrPreferencesWindow *
br_preferences_window_new (BrApplication *app)
{
  return g_object_new (BR_TYPE_PREFERENCES_WINDOW,
                       "br-application", app,
                       NULL);
}
