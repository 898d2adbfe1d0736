/* br-window-actions.c — the win.* actions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "br-window-private.h"

static void
show_page_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  BrWindow *self = BR_WINDOW (widget);
  const char *name = g_variant_get_string (parameter, NULL);

  if (adw_view_stack_get_child_by_name (self->stack, name) == NULL)
    {
      g_warning ("No page named “%s”", name);
      return;
    }
  adw_view_stack_set_visible_child_name (self->stack, name);
}

static void
find_question_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  BrWindow *self = BR_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->stack, "plan");
  br_plan_page_show (self->plan_page, "questions");
}

void
br_window_class_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_activated);
  gtk_widget_class_install_action (widget_class, "win.find-question", NULL, find_question_activated);
}
