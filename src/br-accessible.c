/* br-accessible.c — names a screen reader reads right under GTK 4.8
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "br-accessible.h"

/*
 * GTK 4.8 names a widget by joining two things: its accessible label, and
 * the accessible labels of the widgets it is labelled by. Several common
 * widgets get both, and a screen reader then says the name twice or with
 * its underscore:
 *
 * - a button whose label has a mnemonic ("_Start"): GTK sets the raw label,
 *   underscore and all, as its accessible label, and its label widget
 *   becomes the button's mnemonic label, so Orca reads "_Start Start";
 * - the same button given an accessible label of our own: "Start the next
 *   study item Start";
 * - the activatable widget of an AdwActionRow, labelled by the row's title,
 *   given a label of its own: "Score 1 for Scale 1".
 *
 * So a widget that has its own accessible label keeps only that label: the
 * labelled-by relation is dropped. (GTK 4.10 and later read the label
 * alone; there this is harmless.) tests/test-accessible-names.c walks the
 * whole window for either fault.
 */

/* "_Start" -> "Start", "Save __as" -> "Save _as", as GtkLabel shows them */
static char *
strip_mnemonic (const char *label)
{
  GString *text = g_string_sized_new (strlen (label));

  for (const char *p = label; *p != '\0'; p++)
    {
      if (*p == '_')
        {
          if (p[1] == '_')
            p++;
          else
            continue;
        }
      g_string_append_c (text, *p);
    }
  return g_string_free (text, FALSE);
}

/**
 * br_accessible_set_label:
 * @widget: a widget
 * @label: what a screen reader calls it
 *
 * Gives @widget the accessible label @label, and only that: the widgets it
 * was labelled by (a mnemonic label, an AdwActionRow's title) are no longer
 * read after it. Call it again after anything that labels @widget again,
 * such as a new button label with a mnemonic.
 */
void
br_accessible_set_label (GtkWidget  *widget,
                         const char *label)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (label != NULL);

  gtk_accessible_reset_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

/**
 * br_accessible_set_button_label:
 * @button: a button that uses underlines
 * @label: its label with a mnemonic, e.g. "_Start"
 * @accessible: (nullable): what a screen reader calls it; %NULL for the
 *   label without its underscore
 *
 * Sets @button's label and its accessible label together. Use it every
 * time the label changes (Start, Pause, Resume): GTK resets the accessible
 * label to the raw label on each change.
 */
void
br_accessible_set_button_label (GtkButton  *button,
                                const char *label,
                                const char *accessible)
{
  g_autofree char *plain = NULL;

  g_return_if_fail (GTK_IS_BUTTON (button));
  g_return_if_fail (label != NULL);

  gtk_button_set_use_underline (button, TRUE);
  gtk_button_set_label (button, label);
  if (accessible == NULL)
    accessible = plain = strip_mnemonic (label);
  br_accessible_set_label (GTK_WIDGET (button), accessible);
}

/**
 * br_accessible_fix_mnemonic_buttons:
 * @widget: a widget
 *
 * Gives every button at or below @widget whose label has a mnemonic the
 * label without its underscore as its only accessible name. For buttons
 * made by others, such as an AdwMessageDialog's responses; a button with
 * an accessible label of its own should use br_accessible_set_label().
 */
void
br_accessible_fix_mnemonic_buttons (GtkWidget *widget)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (GTK_IS_BUTTON (widget) && gtk_button_get_use_underline (GTK_BUTTON (widget)) &&
      gtk_button_get_label (GTK_BUTTON (widget)) != NULL)
    {
      g_autofree char *plain = strip_mnemonic (gtk_button_get_label (GTK_BUTTON (widget)));

      br_accessible_set_label (widget, plain);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    br_accessible_fix_mnemonic_buttons (child);
}

static void
children_changed (GListModel *children,
                  guint       position,
                  guint       removed,
                  guint       added,
                  gpointer    user_data)
{
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(GtkWidget) child = g_list_model_get_item (children, i);

      br_accessible_fix_mnemonic_buttons (child);
    }
}

/**
 * br_accessible_watch_children:
 * @parent: a widget whose children others make, e.g. an AdwToastOverlay
 *
 * From now on, every child added to @parent gets clean accessible names
 * for its buttons with mnemonics, as br_accessible_fix_mnemonic_buttons()
 * gives them: a toast's button ("_View") is read "View", not "_View View".
 *
 * Returns: (transfer full): the watch; it lasts until it is unreffed,
 *   which must happen before @parent is disposed
 */
GListModel *
br_accessible_watch_children (GtkWidget *parent)
{
  GListModel *children;

  g_return_val_if_fail (GTK_IS_WIDGET (parent), NULL);

  children = gtk_widget_observe_children (parent);
  g_signal_connect (children, "items-changed", G_CALLBACK (children_changed), NULL);
  return children;
}

static void
dialog_mapped (GtkWidget *dialog)
{
  br_accessible_fix_mnemonic_buttons (dialog);
}

static void
toplevels_changed (GListModel *toplevels,
                   guint       position,
                   guint       removed,
                   guint       added,
                   gpointer    user_data)
{
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      /* A window joins the list as it is made, before its responses are
       * added: fix them when it is shown */
      if (ADW_IS_MESSAGE_DIALOG (window) &&
          g_signal_handler_find (window, G_SIGNAL_MATCH_FUNC, 0, 0, NULL, dialog_mapped, NULL) == 0)
        g_signal_connect (window, "map", G_CALLBACK (dialog_mapped), NULL);
    }
}

/**
 * br_accessible_watch_dialogs:
 *
 * From now on, the response buttons of every AdwMessageDialog, whoever
 * made it, get clean accessible names when the dialog is shown:
 * libadwaita gives them mnemonic labels, which GTK 4.8 reads as
 * "_Cancel Cancel".
 */
void
br_accessible_watch_dialogs (void)
{
  static gboolean watching;

  if (watching)
    return;
  watching = TRUE;
  g_signal_connect (gtk_window_get_toplevels (), "items-changed", G_CALLBACK (toplevels_changed), NULL);
}
