/* br-plain-text.c — rows and toasts whose text is shown as it is
 *
 * Text from a file or from the user (the guide's words, a path, an error
 * message, a note) is plain text: "Caching & CDNs" must show as written.
 * libadwaita 1.2 reads the titles of rows and toasts as Pango markup by
 * default, where such a title showed as an empty row, with GTK warnings.
 * Rows made here show their title and subtitle as they are; toasts and
 * the titles of groups have no such switch in 1.2, so their text is
 * escaped.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "br-plain-text.h"

/**
 * br_toast_new_plain:
 * @title: the toast's text, shown as it is
 *
 * Returns: (transfer full): a toast
 */
AdwToast *
br_toast_new_plain (const char *title)
{
  g_autofree char *markup = g_markup_escape_text (title ? title : "", -1);

  return adw_toast_new (markup);
}

/**
 * br_action_row_new_plain:
 *
 * Returns: (transfer floating): an #AdwActionRow whose title and subtitle
 *   are shown as they are
 */
GtkWidget *
br_action_row_new_plain (void)
{
  return g_object_new (ADW_TYPE_ACTION_ROW, "use-markup", FALSE, NULL);
}

/**
 * br_expander_row_new_plain:
 *
 * Returns: (transfer floating): an #AdwExpanderRow whose title and
 *   subtitle are shown as they are
 */
GtkWidget *
br_expander_row_new_plain (void)
{
  return g_object_new (ADW_TYPE_EXPANDER_ROW, "use-markup", FALSE, NULL);
}

/**
 * br_preferences_group_set_plain:
 * @title: (nullable): the group's title, shown as it is; %NULL keeps it
 * @description: (nullable): its description, shown as it is; %NULL keeps it
 */
void
br_preferences_group_set_plain (AdwPreferencesGroup *group,
                                const char          *title,
                                const char          *description)
{
  g_return_if_fail (ADW_IS_PREFERENCES_GROUP (group));

  if (title != NULL)
    {
      g_autofree char *markup = g_markup_escape_text (title, -1);

      adw_preferences_group_set_title (group, markup);
    }
  if (description != NULL)
    {
      g_autofree char *markup = g_markup_escape_text (description, -1);

      adw_preferences_group_set_description (group, markup);
    }
}

/**
 * br_boxed_list_new:
 * @name: (nullable): what a screen reader calls the list
 * @model: the items, a row each
 * @create_row: makes an item's row
 *
 * Returns: (transfer floating): a boxed list of rows bound to @model, with
 *   no selection, as a preferences group's own list looks
 */
GtkWidget *
br_boxed_list_new (const char                 *name,
                   GListModel                 *model,
                   GtkListBoxCreateWidgetFunc  create_row,
                   gpointer                    user_data,
                   GDestroyNotify              user_data_free)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  if (name != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  gtk_list_box_bind_model (GTK_LIST_BOX (list), model, create_row, user_data, user_data_free);
  return list;
}
