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
