/* br-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "bar-raiser"

#include <glib/gi18n.h>

#include "br-application.h"
#include "br-startup-probe.h"
#include "br-window-private.h"

/**
 * BrWindow:
 *
 * The main window: a view stack of the Plan, Whiteboard and Round pages
 * under a view switcher (in the header bar, or at the bottom when the
 * window is narrow). It remembers its size and the page last shown.
 */

G_DEFINE_FINAL_TYPE (BrWindow, br_window, ADW_TYPE_APPLICATION_WINDOW)

static void
restore_state (BrWindow *self)
{
  int width = g_settings_get_int (self->settings, "window-width");
  int height = g_settings_get_int (self->settings, "window-height");

  gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static void
save_state (BrWindow *self)
{
  int width, height;

  /* The default size is the unmaximized size */
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_delay (self->settings);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  g_settings_apply (self->settings);
}

static gboolean
br_window_close_request (GtkWindow *window)
{
  save_state (BR_WINDOW (window));
  return GTK_WINDOW_CLASS (br_window_parent_class)->close_request (window);
}

static void
guide_error_response (AdwMessageDialog *dialog,
                      const char       *response,
                      BrWindow         *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  if (g_strcmp0 (response, "builtin") == 0 && app != NULL)
    br_application_use_builtin_guide (BR_APPLICATION (app));
}

static gboolean
show_guide_error (gpointer user_data)
{
  BrWindow *self = user_data;
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  const char *message;
  GtkWidget *dialog;

  if (app == NULL || (message = br_application_get_guide_error (BR_APPLICATION (app))) == NULL)
    return G_SOURCE_REMOVE;

  dialog = adw_message_dialog_new (GTK_WINDOW (self),
                                   _("Your Study Guide Could Not Be Loaded"),
                                   NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("%s\n\nBar Raiser is using its built-in guide for now. Fix the file and restart, or stop using it."),
                                  message);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "builtin", _("_Stop Using the File"),
                                    "close", _("_Keep It for Next Time"),
                                    NULL);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  g_signal_connect_object (dialog, "response", G_CALLBACK (guide_error_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return G_SOURCE_REMOVE;
}

/**
 * br_window_new:
 * @app: the application, which owns the settings and the guide
 *
 * Returns: (transfer none): a new window of @app
 */
BrWindow *
br_window_new (BrApplication *app)
{
  BrWindow *self;

  g_return_val_if_fail (BR_IS_APPLICATION (app), NULL);

  self = g_object_new (BR_TYPE_WINDOW,
                       "application", app,
                       NULL);

  self->settings = g_object_ref (br_application_get_settings (app));
  restore_state (self);
  g_settings_bind (self->settings, "last-page", self->stack, "visible-child-name",
                   G_SETTINGS_BIND_DEFAULT);

  g_object_bind_property (app, "guide", self->plan_page, "guide", G_BINDING_SYNC_CREATE);
  g_object_bind_property (app, "guide", self->round_page, "guide", G_BINDING_SYNC_CREATE);

  br_startup_probe_attach (GTK_WINDOW (self));

  if (br_application_get_guide_error (app) != NULL)
    g_idle_add_full (G_PRIORITY_LOW, show_guide_error, g_object_ref (self), g_object_unref);

  return self;
}

static void
br_window_dispose (GObject *object)
{
  BrWindow *self = BR_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), BR_TYPE_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (br_window_parent_class)->dispose (object);
}

static void
br_window_class_init (BrWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = br_window_dispose;
  window_class->close_request = br_window_close_request;

  g_type_ensure (BR_TYPE_PLAN_PAGE);
  g_type_ensure (BR_TYPE_BOARD_PAGE);
  g_type_ensure (BR_TYPE_ROUND_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "br-window.ui");
  gtk_widget_class_bind_template_child (widget_class, BrWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, BrWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, BrWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, BrWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, BrWindow, plan_page);
  gtk_widget_class_bind_template_child (widget_class, BrWindow, board_page);
  gtk_widget_class_bind_template_child (widget_class, BrWindow, round_page);

  br_window_class_install_actions (widget_class);
}

static void
br_window_init (BrWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * br_window_get_visible_page:
 *
 * Returns: the name of the page shown: "plan", "whiteboard" or "round"
 */
const char *
br_window_get_visible_page (BrWindow *self)
{
  g_return_val_if_fail (BR_IS_WINDOW (self), NULL);
  return adw_view_stack_get_visible_child_name (self->stack);
}

void
br_window_add_toast (BrWindow *self,
                     AdwToast *toast)
{
  g_return_if_fail (BR_IS_WINDOW (self));
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}
