/* br-estimate-window.c — the estimator and the reference numbers, in a
 * window of their own beside the main one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "bar-raiser"

#include <glib/gi18n.h>

#include "br-estimate-window.h"

/**
 * BrEstimateWindow:
 *
 * A window that is not modal, so that the candidate can keep it beside the
 * board while estimating: the Estimate page (#BrEstimatePanel) and the
 * Reference page (#BrReferenceView), switched at the top, or at the
 * bottom when the window is narrow. Escape closes it; Ctrl+F searches the
 * reference numbers.
 */
struct _BrEstimateWindow
{
  AdwWindow parent_instance;

  /* Template widgets */
  AdwViewSwitcherTitle *switcher_title;
  AdwToastOverlay *toast_overlay;
  AdwViewStack *stack;
  BrEstimatePanel *panel;
  BrReferenceView *reference;
};

G_DEFINE_FINAL_TYPE (BrEstimateWindow, br_estimate_window, ADW_TYPE_WINDOW)

static void
add_toast (BrEstimateWindow *self,
           AdwToast         *toast)
{
  adw_toast_overlay_add_toast (self->toast_overlay, g_object_ref (toast));
}

static void
find_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  BrEstimateWindow *self = BR_ESTIMATE_WINDOW (widget);

  br_estimate_window_show_page (self, "reference");
  br_reference_view_focus_search (self->reference);
}

static void
page_changed (BrEstimateWindow *self)
{
  const char *page = adw_view_stack_get_visible_child_name (self->stack);

  /* Where the keyboard is useful at once */
  if (g_strcmp0 (page, "reference") == 0)
    br_reference_view_focus_search (self->reference);
}

static void
br_estimate_window_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), BR_TYPE_ESTIMATE_WINDOW);

  G_OBJECT_CLASS (br_estimate_window_parent_class)->dispose (object);
}

static void
br_estimate_window_class_init (BrEstimateWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = br_estimate_window_dispose;

  g_type_ensure (BR_TYPE_ESTIMATE_PANEL);
  g_type_ensure (BR_TYPE_REFERENCE_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "br-estimate-window.ui");
  gtk_widget_class_bind_template_child (widget_class, BrEstimateWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, BrEstimateWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, BrEstimateWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, BrEstimateWindow, panel);
  gtk_widget_class_bind_template_child (widget_class, BrEstimateWindow, reference);
  gtk_widget_class_bind_template_callback (widget_class, add_toast);
  gtk_widget_class_bind_template_callback (widget_class, page_changed);

  gtk_widget_class_install_action (widget_class, "estimator.find", NULL, find_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "estimator.find", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
br_estimate_window_init (BrEstimateWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * br_estimate_window_new:
 * @estimate: the estimate to show and edit, the application's
 * @reference: (nullable): the reference numbers
 * @reference_error: (nullable): why there are none
 *
 * Returns: (transfer none): a new estimator window of @app
 */
BrEstimateWindow *
br_estimate_window_new (GtkApplication *app,
                        BrEstimate     *estimate,
                        BrReference    *reference,
                        const char     *reference_error)
{
  BrEstimateWindow *self;

  g_return_val_if_fail (GTK_IS_APPLICATION (app), NULL);
  g_return_val_if_fail (BR_IS_ESTIMATE (estimate), NULL);

  self = g_object_new (BR_TYPE_ESTIMATE_WINDOW,
                       "application", app,
                       "destroy-with-parent", TRUE,
                       NULL);
  br_estimate_panel_set_estimate (self->panel, estimate);
  br_reference_view_set_reference (self->reference, reference, reference_error);
  return self;
}

/**
 * br_estimate_window_show_page:
 * @name: "estimate" or "reference"
 */
void
br_estimate_window_show_page (BrEstimateWindow *self,
                              const char       *name)
{
  g_return_if_fail (BR_IS_ESTIMATE_WINDOW (self));
  g_return_if_fail (g_strcmp0 (name, "estimate") == 0 || g_strcmp0 (name, "reference") == 0);

  adw_view_stack_set_visible_child_name (self->stack, name);
}

const char *
br_estimate_window_get_page (BrEstimateWindow *self)
{
  g_return_val_if_fail (BR_IS_ESTIMATE_WINDOW (self), NULL);
  return adw_view_stack_get_visible_child_name (self->stack);
}

/**
 * br_estimate_window_add_toast:
 * @toast: (transfer full): what to say
 */
void
br_estimate_window_add_toast (BrEstimateWindow *self,
                              AdwToast         *toast)
{
  g_return_if_fail (BR_IS_ESTIMATE_WINDOW (self));
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

BrEstimatePanel *
br_estimate_window_get_panel (BrEstimateWindow *self)
{
  g_return_val_if_fail (BR_IS_ESTIMATE_WINDOW (self), NULL);
  return self->panel;
}

BrReferenceView *
br_estimate_window_get_reference (BrEstimateWindow *self)
{
  g_return_val_if_fail (BR_IS_ESTIMATE_WINDOW (self), NULL);
  return self->reference;
}
