/* br-reference-view.c — the reference numbers, searchable, each copied
 * with one click
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "bar-raiser"

#include <glib/gi18n.h>

#include "br-reference-rows.h"
#include "br-reference-view.h"

/**
 * BrReferenceView:
 *
 * One group of rows a section (latency, per instance by component,
 * availability, time, powers of two and ten). Each row shows a figure,
 * what it means and where it comes from; activating the row, or its Copy
 * button, puts the figure on the clipboard; its link button opens the
 * source. The search entry keeps the rows that have every word typed.
 *
 * Emits "add-toast" when something is copied.
 */
struct _BrReferenceView
{
  AdwBin parent_instance;

  GListModel *rows;                  /* of BrReferenceRow */
  GPtrArray *widgets;                /* of AdwActionRow, as @rows */
  AdwPreferencesGroup *groups[BR_REFERENCE_N_SECTIONS];

  /* Template widgets */
  GtkSearchEntry *search_entry;
  GtkStack *stack;
  GtkBox *sections;
  AdwStatusPage *error_page;
};

enum {
  SIGNAL_ADD_TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (BrReferenceView, br_reference_view, ADW_TYPE_BIN)

static void
copy_row (BrReferenceView *self,
          BrReferenceRow  *row)
{
  g_autofree char *title = NULL;
  AdwToast *toast;

  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), br_reference_row_get_figure (row));
  /* Translators: a toast after a figure is copied, e.g. "Copied 250 µs" */
  title = g_strdup_printf (_("Copied %s"), br_reference_row_get_figure (row));
  toast = adw_toast_new (title);
  adw_toast_set_timeout (toast, 2);
  g_signal_emit (self, signals[SIGNAL_ADD_TOAST], 0, toast);
  g_object_unref (toast);
}

/* The reference row shown by @widget, a row of the list or a button in
 * it: self->widgets[i] shows self->rows' item i */
static BrReferenceRow *
dup_row_of (BrReferenceView *self,
            GtkWidget       *widget)
{
  guint i;

  if (!ADW_IS_ACTION_ROW (widget))
    widget = gtk_widget_get_ancestor (widget, ADW_TYPE_ACTION_ROW);
  if (widget == NULL || self->rows == NULL || !g_ptr_array_find (self->widgets, widget, &i))
    return NULL;
  return g_list_model_get_item (self->rows, i);
}

static void
row_activated (AdwActionRow    *widget,
               BrReferenceView *self)
{
  g_autoptr(BrReferenceRow) row = dup_row_of (self, GTK_WIDGET (widget));

  if (row != NULL)
    copy_row (self, row);
}

static void
copy_clicked (GtkButton       *button,
              BrReferenceView *self)
{
  g_autoptr(BrReferenceRow) row = dup_row_of (self, GTK_WIDGET (button));

  if (row != NULL)
    copy_row (self, row);
}

static void
link_clicked (GtkButton       *button,
              BrReferenceView *self)
{
  g_autoptr(BrReferenceRow) row = dup_row_of (self, GTK_WIDGET (button));
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autofree char *url = NULL;

  if (row != NULL)
    g_object_get (row, "url", &url, NULL);
  if (url != NULL)
    gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, url, GDK_CURRENT_TIME);
}

static GtkWidget *
make_row (BrReferenceView *self,
          BrReferenceRow  *row)
{
  AdwActionRow *widget = ADW_ACTION_ROW (adw_action_row_new ());
  g_auto(GStrv) groups = g_strsplit (br_reference_row_get_figure (row), ",", -1);
  /* A long number may break after its commas: ",\u200b" */
  g_autofree char *shown = g_strjoinv (",\xe2\x80\x8b", groups);
  GtkWidget *figure = gtk_label_new (shown);
  GtkWidget *copy = gtk_button_new_from_icon_name ("edit-copy-symbolic");
  g_autofree char *title = g_markup_escape_text (br_reference_row_get_title (row), -1);
  g_autofree char *detail = g_markup_escape_text (br_reference_row_get_detail (row), -1);
  g_autofree char *copy_name = NULL;
  g_autofree char *url = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (widget), title);
  adw_action_row_set_subtitle (widget, detail);
  adw_action_row_set_subtitle_lines (widget, 0);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (widget), TRUE);
  g_signal_connect_object (widget, "activated", G_CALLBACK (row_activated), self, 0);

  /* Short figures keep to one line; long ones (2⁶⁴) wrap rather than
   * squeeze the text beside them in a narrow window */
  gtk_label_set_xalign (GTK_LABEL (figure), 1);
  gtk_label_set_justify (GTK_LABEL (figure), GTK_JUSTIFY_RIGHT);
  gtk_label_set_wrap (GTK_LABEL (figure), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (figure), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_width_chars (GTK_LABEL (figure), MIN ((int) g_utf8_strlen (br_reference_row_get_figure (row), -1), 10));
  gtk_label_set_max_width_chars (GTK_LABEL (figure), 14);
  gtk_widget_set_valign (figure, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (figure, "br-figure");
  gtk_widget_add_css_class (figure, "numeric");
  adw_action_row_add_suffix (widget, figure);

  gtk_widget_set_valign (copy, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (copy, "flat");
  /* Translators: the tooltip of a figure's Copy button, e.g. "Copy 250 µs" */
  copy_name = g_strdup_printf (_("Copy %s"), br_reference_row_get_figure (row));
  gtk_widget_set_tooltip_text (copy, copy_name);
  g_free (copy_name);
  /* Translators: what a screen reader says for a figure's Copy button, e.g. "Copy L1 cache reference, 0.5 ns" */
  copy_name = g_strdup_printf (_("Copy %s, %s"), br_reference_row_get_title (row), br_reference_row_get_figure (row));
  gtk_accessible_update_property (GTK_ACCESSIBLE (copy), GTK_ACCESSIBLE_PROPERTY_LABEL, copy_name, -1);
  g_signal_connect_object (copy, "clicked", G_CALLBACK (copy_clicked), self, 0);
  adw_action_row_add_suffix (widget, copy);

  g_object_get (row, "url", &url, NULL);
  if (url != NULL)
    {
      GtkWidget *link = gtk_button_new_from_icon_name ("adw-external-link-symbolic");
      g_autofree char *source = NULL;
      g_autofree char *open_source = NULL;

      g_object_get (row, "source", &source, NULL);
      gtk_widget_set_valign (link, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (link, "flat");
      /* Translators: the tooltip of a figure's link button; %s is the title of its source */
      open_source = g_strdup_printf (_("Open “%s”"), source);
      gtk_widget_set_tooltip_text (link, open_source);
      gtk_accessible_update_property (GTK_ACCESSIBLE (link), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Open the Source"), -1);
      g_signal_connect_object (link, "clicked", G_CALLBACK (link_clicked), self, 0);
      adw_action_row_add_suffix (widget, link);
    }
  return GTK_WIDGET (widget);
}

static void
clear (BrReferenceView *self)
{
  for (guint i = 0; i < BR_REFERENCE_N_SECTIONS; i++)
    if (self->groups[i] != NULL)
      {
        gtk_box_remove (self->sections, GTK_WIDGET (self->groups[i]));
        self->groups[i] = NULL;
      }
  g_ptr_array_set_size (self->widgets, 0);
  g_clear_object (&self->rows);
}

static void
search_changed (BrReferenceView *self)
{
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  gboolean shown[BR_REFERENCE_N_SECTIONS] = { FALSE };
  guint n_shown = 0;

  if (self->rows == NULL)
    return;

  for (guint i = 0; i < self->widgets->len; i++)
    {
      GtkWidget *widget = g_ptr_array_index (self->widgets, i);
      g_autoptr(BrReferenceRow) row = g_list_model_get_item (self->rows, i);
      gboolean match = br_reference_row_matches (row, search);

      gtk_widget_set_visible (widget, match);
      if (match)
        {
          shown[br_reference_row_get_section (row)] = TRUE;
          n_shown++;
        }
    }
  for (guint i = 0; i < BR_REFERENCE_N_SECTIONS; i++)
    gtk_widget_set_visible (GTK_WIDGET (self->groups[i]), shown[i]);
  gtk_stack_set_visible_child_name (self->stack, n_shown > 0 ? "list" : "empty");
}

/**
 * br_reference_view_set_reference:
 * @reference: (nullable): the reference numbers
 * @error: (nullable): why there are none, shown instead
 */
void
br_reference_view_set_reference (BrReferenceView *self,
                                 BrReference     *reference,
                                 const char      *error)
{
  g_return_if_fail (BR_IS_REFERENCE_VIEW (self));

  clear (self);
  if (reference == NULL)
    {
      adw_status_page_set_description (self->error_page, error);
      gtk_stack_set_visible_child_name (self->stack, "error");
      gtk_widget_set_sensitive (GTK_WIDGET (self->search_entry), FALSE);
      return;
    }

  gtk_widget_set_sensitive (GTK_WIDGET (self->search_entry), TRUE);
  for (guint i = 0; i < BR_REFERENCE_N_SECTIONS; i++)
    {
      self->groups[i] = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
      adw_preferences_group_set_title (self->groups[i], br_reference_section_title ((BrReferenceSection) i));
      gtk_box_append (self->sections, GTK_WIDGET (self->groups[i]));
    }

  self->rows = br_reference_build_rows (reference);
  for (guint i = 0; i < g_list_model_get_n_items (self->rows); i++)
    {
      g_autoptr(BrReferenceRow) row = g_list_model_get_item (self->rows, i);
      GtkWidget *widget = make_row (self, row);

      adw_preferences_group_add (self->groups[br_reference_row_get_section (row)], widget);
      g_ptr_array_add (self->widgets, widget);
    }
  search_changed (self);
}

static void
br_reference_view_dispose (GObject *object)
{
  BrReferenceView *self = BR_REFERENCE_VIEW (object);

  g_clear_pointer (&self->widgets, g_ptr_array_unref);
  g_clear_object (&self->rows);
  gtk_widget_dispose_template (GTK_WIDGET (self), BR_TYPE_REFERENCE_VIEW);

  G_OBJECT_CLASS (br_reference_view_parent_class)->dispose (object);
}

static void
br_reference_view_class_init (BrReferenceViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = br_reference_view_dispose;

  /**
   * BrReferenceView::add-toast:
   * @toast: what to say, such as "Copied 250 µs"
   */
  signals[SIGNAL_ADD_TOAST] =
    g_signal_new ("add-toast",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "br-reference-view.ui");
  gtk_widget_class_bind_template_child (widget_class, BrReferenceView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, BrReferenceView, stack);
  gtk_widget_class_bind_template_child (widget_class, BrReferenceView, sections);
  gtk_widget_class_bind_template_child (widget_class, BrReferenceView, error_page);
  gtk_widget_class_bind_template_callback (widget_class, search_changed);
}

static void
br_reference_view_init (BrReferenceView *self)
{
  /* The rows are children of the groups; this only points at them */
  self->widgets = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

BrReferenceView *
br_reference_view_new (void)
{
  return g_object_new (BR_TYPE_REFERENCE_VIEW, NULL);
}

void
br_reference_view_focus_search (BrReferenceView *self)
{
  g_return_if_fail (BR_IS_REFERENCE_VIEW (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/**
 * br_reference_view_set_search:
 *
 * Types @search into the search entry, as a person would.
 */
void
br_reference_view_set_search (BrReferenceView *self,
                              const char      *search)
{
  g_return_if_fail (BR_IS_REFERENCE_VIEW (self));
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), search);
  /* Do not wait for the entry's delay */
  search_changed (self);
}

/**
 * br_reference_view_count_shown:
 *
 * Returns: how many figures the search leaves on show
 */
guint
br_reference_view_count_shown (BrReferenceView *self)
{
  guint n = 0;

  g_return_val_if_fail (BR_IS_REFERENCE_VIEW (self), 0);

  for (guint i = 0; i < self->widgets->len; i++)
    n += gtk_widget_get_visible (g_ptr_array_index (self->widgets, i));
  return n;
}

/**
 * br_reference_view_copy_row:
 * @title: the title of a row on show
 *
 * Activates the row titled @title, as a click or Enter on it would.
 *
 * Returns: whether there is such a row on show
 */
gboolean
br_reference_view_copy_row (BrReferenceView *self,
                            const char      *title)
{
  g_return_val_if_fail (BR_IS_REFERENCE_VIEW (self), FALSE);

  for (guint i = 0; i < self->widgets->len; i++)
    {
      GtkWidget *widget = g_ptr_array_index (self->widgets, i);
      g_autoptr(BrReferenceRow) row = g_list_model_get_item (self->rows, i);

      if (gtk_widget_get_visible (widget) && g_str_equal (br_reference_row_get_title (row), title))
        {
          adw_action_row_activate (ADW_ACTION_ROW (widget));
          return TRUE;
        }
    }
  return FALSE;
}
